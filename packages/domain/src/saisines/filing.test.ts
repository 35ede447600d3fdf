import { describe, expect, test } from "vitest";
import { assignmentRefusal, isAssignableStatus } from "./assignment.ts";
import {
  filingChannel,
  mayNameRequester,
  RECEPTION_CHANNEL_MISSING,
  registerSaisineInput,
} from "./filing.ts";
import { communeCode, SAISINE_REFERENCE_PATTERN, saisineReference } from "./reference.ts";
import type { SaisineChannel, SaisineStatus } from "./vocabulary.ts";

describe("filingChannel", () => {
  test.each<
    [
      string,
      { side: "commune" | "operator"; viaToken: boolean },
      SaisineChannel,
      SaisineChannel | null,
    ]
  >([
    [
      "a commune agent always files on the portal",
      { side: "commune", viaToken: false },
      "telephone",
      "portail",
    ],
    [
      "the call centre names the channel",
      { side: "operator", viaToken: false },
      "courrier",
      "courrier",
    ],
    [
      "the call centre cannot claim the portal",
      { side: "operator", viaToken: false },
      "portail",
      null,
    ],
    ["nor the API", { side: "operator", viaToken: false }, "api", null],
    [
      "another tool files as « api » by default",
      { side: "commune", viaToken: true },
      "portail",
      "api",
    ],
    [
      "the telephony tool keeps its channel",
      { side: "operator", viaToken: true },
      "telephone",
      "telephone",
    ],
  ])("%s", (_label, caller, requested, expected) => {
    const result = filingChannel(caller, requested);
    expect(result).toEqual(
      expected ? { ok: true, channel: expected } : { ok: false, error: RECEPTION_CHANNEL_MISSING },
    );
  });

  test("registering for a commune asks for the commune and the channel, in French", () => {
    const result = registerSaisineInput.safeParse({
      orgId: "",
      type: "demande",
      subDomain: "C",
      nature: "ordinaire",
      criticality: "bloquant",
      title: "Imprimante en panne",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(messages).toEqual({
      orgId: "Choisissez la commune.",
      channel: RECEPTION_CHANNEL_MISSING,
    });
  });
});

describe("assignmentRefusal", () => {
  test.each<[SaisineStatus, RegExp | null]>([
    ["nouvelle", null],
    ["qualifiee", null],
    ["en-cours", null],
    ["en-attente-commune", null],
    ["en-attente-tiers", null],
    ["resolue", /BEG-2026-000003 est résolue\s: elle attend la réponse de la commune/],
    ["close", /BEG-2026-000003 est close\s: elle ne s'attribue plus/],
    ["refusee", /est close/],
    ["decision-attendue", /avant la décision des responsables/],
  ])("%s → %s", (status, refusal) => {
    const reason = assignmentRefusal({ status, reference: "BEG-2026-000003" });
    if (refusal) expect(reason).toMatch(refusal);
    else expect(reason).toBeNull();
    expect(isAssignableStatus(status)).toBe(refusal === null);
  });
});

describe("saisineReference", () => {
  test.each([
    ["begles", 2026, 3, "BEG-2026-000003"],
    ["le-bouscat", 2026, 123456, "LEB-2026-123456"],
    ["eu", 2027, 1, "EUX-2027-000001"], // too short a slug is padded
    ["saint-aubin-de-medoc", 2025, 42, "SAI-2025-000042"],
  ])("%s, %i, n° %i → %s", (slug, year, n, reference) => {
    expect(saisineReference(slug, year, n)).toBe(reference);
    expect(SAISINE_REFERENCE_PATTERN.test(reference)).toBe(true);
  });

  test("the code takes letters only", () => expect(communeCode("l'île-d'yeu")).toBe("LLE"));
  test.each(["BEG-2026-3", "beg-2026-000003", "BEG 2026 000003"])("%s is not a reference", (text) =>
    expect(SAISINE_REFERENCE_PATTERN.test(text)).toBe(false),
  );
});

describe("mayNameRequester", () => {
  test.each([
    [{ side: "operator", viaToken: false }, true],
    [{ side: "operator", viaToken: true }, true],
    [{ side: "commune", viaToken: false }, false],
    [{ side: "commune", viaToken: true }, false],
  ] as const)("%j → %s", (caller, expected) => {
    expect(mayNameRequester(caller)).toBe(expected);
  });
});

import { describe, expect, test } from "vitest";
import { correctMinutesInput } from "./inputs.ts";
import { minutesCorrectionRefusal } from "./rules.ts";

const MEETING = "0190a3b4-0000-7000-8000-000000000003";

describe("correcting a held meeting's minutes", () => {
  const held = { status: "tenue" as const, day: "2025-12-04" };

  test.each([
    ["held, no report sent", held, [], null],
    ["held, the next year's report sent", held, [2026], null],
    [
      "held on 31 December, that year's report sent",
      { ...held, day: "2025-12-31" },
      [2025],
      /rapport annuel 2025 a été envoyé/,
    ],
    ["held on 1 January, last year's report sent", { ...held, day: "2026-01-01" }, [2025], null],
    ["cancelled", { ...held, status: "annulee" as const }, [], /annulée/],
    ["still planned", { ...held, status: "planifiee" as const }, [], /pas encore de compte rendu/],
  ] as const)("%s", (_, meeting, sent, expected) => {
    const refusal = minutesCorrectionRefusal(meeting, sent);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toMatch(expected);
  });

  test("the corrected minutes and a reason are required", () => {
    const ok = correctMinutesInput.safeParse({
      meetingId: MEETING,
      minutes: "Le comité arrête les priorités : PRA, site internet, téléphonie.",
      reason: "Oubli de la téléphonie dans la première version.",
    });
    expect(ok.success && ok.data.decisions).toEqual([]);
    const noReason = correctMinutesInput.safeParse({
      meetingId: MEETING,
      minutes: "Le comité arrête les priorités.",
      reason: "  ",
    });
    expect(noReason.error?.issues.map((i) => i.message)).toEqual([
      "Indiquez le motif de la correction.",
    ]);
    const short = correctMinutesInput.safeParse({
      meetingId: MEETING,
      minutes: "Court",
      reason: "x",
    });
    expect(short.error?.issues[0]?.message).toBe(
      "Consignez le compte rendu (10 caractères au moins).",
    );
  });
});

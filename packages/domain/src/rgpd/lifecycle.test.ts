import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import {
  changedSinceOpinion,
  dpiaAssessment,
  dpoSide,
  giveOpinionInput,
  inForceBlockers,
  type ProcessingFacts,
  processingActions,
} from "./lifecycle.ts";
import { type ProcessingContent, processingContentSchema } from "./processing.ts";
import { schoolRegistrations } from "./test-fixtures.ts";

const content = (change: Partial<ProcessingContent> = {}): ProcessingContent => ({
  ...processingContentSchema.parse(schoolRegistrations()),
  ...change,
});
const plain = { label: "État civil", sensitive: false, article9Condition: "" as const };
const health = { label: "Santé", sensitive: true, article9Condition: "health-care" as const };
const dpia = (criteria: ProcessingContent["dpia"]["criteria"], more = {}) => ({
  criteria,
  reference: "",
  doneOn: null,
  cnilConsultationRequired: false,
  cnilConsultedOn: null,
  ...more,
});

describe("dpiaAssessment — the CNIL's nine criteria, two or more", () => {
  test.each([
    [[], [plain], false, 0],
    [["large-scale"], [plain], false, 1],
    // Sensitive data count by themselves: one more criterion and the assessment is due.
    [["large-scale"], [health], true, 2],
    [[], [health], false, 1],
    [["vulnerable-persons", "evaluation-scoring"], [plain], true, 2],
    // Ticking « sensitive data » and recording a sensitive category is one criterion, not two.
    [["sensitive-data"], [health], false, 1],
  ] as const)("%j with %j → required %s (%i criteria)", (criteria, categories, required, n) => {
    const result = dpiaAssessment({ dpia: dpia([...criteria]), dataCategories: [...categories] });
    expect(result.required).toBe(required);
    expect(result.criteria).toHaveLength(n);
    expect(result.reason).toMatch(required ? /obligatoire avant la mise en œuvre/ : /pas/);
  });
});

test.each([
  [{ kind: "commune" }, true, "operator"],
  [{ kind: "commune" }, null, "operator"], // an annex that predates the RGPD amendment
  [{ kind: "commune" }, false, "commune"],
  [{ kind: "operator" }, false, "operator"],
] as const)("dpoSide(%j, shared %s) → %s", (org, shared, side) =>
  expect(dpoSide(org, shared)).toBe(side),
);

describe("inForceBlockers — no favourable opinion, no implementation", () => {
  const facts = (change: Partial<ProcessingFacts> = {}): ProcessingFacts => ({
    status: "draft",
    revision: 2,
    content: content(),
    opinions: [{ revision: 2, outcome: "favourable" }],
    ...change,
  });
  test.each([
    ["a favourable opinion on this version", {}, []],
    [
      "favourable with reservations",
      { opinions: [{ revision: 2, outcome: "favourable-with-reservations" }] },
      [],
    ],
    ["no opinion", { opinions: [] }, [/n'a pas rendu d'avis/]],
    // The opinion was on an earlier version: the change has not been seen by the DPO.
    [
      "an opinion on an earlier version",
      { opinions: [{ revision: 1, outcome: "favourable" }] },
      [/n'a pas rendu d'avis/],
    ],
    [
      "an unfavourable opinion",
      { opinions: [{ revision: 2, outcome: "unfavourable" }] },
      [/défavorable/],
    ],
    [
      "still awaiting it",
      { status: "awaiting-opinion", opinions: [{ revision: 2, outcome: null }] },
      [/attendu/],
    ],
    ["already in force", { status: "in-force" }, [/brouillon/]],
    [
      "a required assessment not done",
      { content: content({ dataCategories: [health], dpia: dpia(["large-scale"]) }) },
      [/analyse d'impact est obligatoire/],
    ],
    [
      "a required assessment done",
      {
        content: content({
          dataCategories: [health],
          dpia: dpia(["large-scale"], { reference: "AIPD-2025-02", doneOn: "2025-01-10" }),
        }),
      },
      [],
    ],
    [
      "a CNIL consultation pending",
      { content: content({ dpia: dpia([], { cnilConsultationRequired: true }) }) },
      [/CNIL doit être consultée/],
    ],
    [
      "a digital project without its security diagnosis",
      { content: content({ securityDiagnosis: { doneOn: null, reference: "" } }) },
      [/diagnostic d'architecture et de sécurité/],
    ],
    // An old processing is inventoried as it runs (V-k): no prior opinion stops its record.
    [
      "a legacy processing without opinion",
      { content: content({ path: "legacy" }), opinions: [] },
      [],
    ],
    [
      "one found outside the processes",
      { content: content({ path: "outside-process" }), opinions: [] },
      [],
    ],
  ] as const)("%s", (_name, change, expected) => {
    const blockers = inForceBlockers(facts(change as Partial<ProcessingFacts>));
    expect(blockers).toHaveLength(expected.length);
    for (const [i, message] of expected.entries()) expect(blockers[i]).toMatch(message);
  });
});

describe("processingActions", () => {
  const both = { manage: true, opinion: true };
  test.each([
    [
      "a new draft",
      { status: "draft", revision: 1, opinions: [] },
      both,
      ["edit", "request-opinion", "put-in-force"],
    ],
    [
      "awaiting the DPO",
      { status: "awaiting-opinion", revision: 1, opinions: [{ revision: 1, outcome: null }] },
      both,
      ["give-opinion"],
    ],
    [
      "awaiting, seen by a register keeper",
      { status: "awaiting-opinion", revision: 1, opinions: [{ revision: 1, outcome: null }] },
      { manage: true, opinion: false },
      [],
    ],
    [
      "in force, unchanged",
      { status: "in-force", revision: 3, opinions: [{ revision: 3, outcome: "favourable" }] },
      both,
      ["edit", "end"],
    ],
    [
      "in force, changed since",
      { status: "in-force", revision: 4, opinions: [{ revision: 3, outcome: "favourable" }] },
      both,
      ["edit", "request-opinion", "end"],
    ],
    ["ended", { status: "ended", revision: 4, opinions: [] }, both, []],
    [
      "a reader",
      { status: "draft", revision: 1, opinions: [] },
      { manage: false, opinion: false },
      [],
    ],
  ] as const)("%s", (_name, facts, may, actions) => {
    expect(processingActions(facts as Parameters<typeof processingActions>[0], may)).toEqual(
      actions,
    );
  });

  test("changedSinceOpinion looks at the last favourable opinion only", () => {
    expect(
      changedSinceOpinion({
        revision: 4,
        opinions: [
          { revision: 3, outcome: "favourable" },
          { revision: 4, outcome: "unfavourable" },
        ],
      }),
    ).toBe(true);
    expect(changedSinceOpinion({ revision: 4, opinions: [] })).toBe(false);
  });
});

describe("giveOpinionInput", () => {
  const id = "7b0c8a5e-2f3d-4e1a-9b6c-1d2e3f4a5b6c";
  test.each([
    [
      { outcome: "favourable-with-reservations", reservations: [] },
      "reservations",
      /au moins une réserve/,
    ],
    [
      { outcome: "favourable", reservations: ["Chiffrer les sauvegardes"] },
      "reservations",
      /Seul un avis favorable avec réserves/,
    ],
    [{ outcome: "unfavourable", text: "Non." }, "text", /motivé/],
    [{ outcome: "" }, "outcome", /Choisissez le sens de l'avis/],
  ])("%j is refused on %s", (opinion, field, message) => {
    const parsed = giveOpinionInput.safeParse({
      processingId: id,
      reservations: [],
      text: "",
      ...opinion,
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrorsOf(parsed.error)[field]?.join(" ")).toMatch(message);
  });
  test("reservations listed are kept", () => {
    const parsed = giveOpinionInput.parse({
      processingId: id,
      outcome: "favourable-with-reservations",
      reservations: ["Limiter l'accès aux agents du service scolaire"],
    });
    expect(parsed.reservations).toEqual(["Limiter l'accès aux agents du service scolaire"]);
  });
});

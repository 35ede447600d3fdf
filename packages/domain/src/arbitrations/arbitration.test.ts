import { describe, expect, test } from "vitest";
import {
  ARBITRATION_SEATS,
  type ArbitrationRecord,
  appendArbitration,
  arbitrationRecordSchema,
  isFinalArbitration,
  nextArbitrationLevel,
} from "./arbitration.ts";

const both = [
  { name: "Claire Moreau", function: "Directrice générale des services", side: "commune" as const },
  {
    name: "Marc Dubois",
    function: "Adjoint au DG des territoires, pôle territorial Sud",
    side: "operator" as const,
  },
];
const record = (
  level: 1 | 2 | 3,
  outcome: ArbitrationRecord["outcome"],
  heldOn: string,
  kind: ArbitrationRecord["kind"] = "programmation",
): ArbitrationRecord => ({
  level,
  kind,
  heldOn,
  participants: both,
  outcome,
  decision:
    outcome === "desaccord"
      ? "Pas de compromis sur le calendrier."
      : "Migration décalée à septembre 2026.",
});

describe("ARBITRATION_SEATS — who sits at each level (000 art. 4)", () => {
  test.each([
    [
      1,
      "Niveau 1 — autorités hiérarchiques",
      "Adjoint au directeur général des territoires en charge du pôle territorial",
    ],
    [2, "Niveau 2 — directeurs généraux", "Directeur général des services de la Métropole"],
    [3, "Niveau 3 — le Maire et le Président", "Président de la Métropole"],
  ] as const)("level %i", (level, label, operator) => {
    expect(ARBITRATION_SEATS[level].label).toBe(label);
    expect(ARBITRATION_SEATS[level].operator).toContain(operator);
  });
});

describe("arbitrationRecordSchema", () => {
  test("a level-1 compromise is recorded", () => {
    expect(arbitrationRecordSchema.parse(record(1, "accord", "2026-03-10"))).toEqual(
      record(1, "accord", "2026-03-10"),
    );
  });

  test.each([
    [
      { participants: [both[0]] },
      "participants",
      "Un arbitrage réunit les deux parties : indiquez au moins un participant du service commun.",
    ],
    [
      { participants: [both[1]] },
      "participants",
      "Un arbitrage réunit les deux parties : indiquez au moins un participant de la commune.",
    ],
    [{ level: 4 }, "level", "Niveau d'arbitrage attendu : 1, 2 ou 3."],
    [
      { outcome: "instruction-du-maire" },
      "outcome",
      "L'instruction du Maire ne tranche qu'en dernière instance (niveau 3) et sur le fond.",
    ],
    [
      { level: 3, outcome: "instruction-du-maire" },
      "outcome",
      "L'instruction du Maire ne tranche qu'en dernière instance (niveau 3) et sur le fond.",
    ],
    [{ decision: "ok" }, "decision", "Consignez la décision (10 caractères au moins)."],
    [
      { heldOn: "14/05/2026" },
      "heldOn",
      "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01).",
    ],
  ])("%j → %s", (change, path, message) => {
    const result = arbitrationRecordSchema.safeParse({
      ...record(1, "accord", "2026-03-10"),
      ...change,
    });
    expect(
      result.error?.issues.map((issue) => [issue.path.join("."), issue.message]),
    ).toContainEqual([path, message]);
  });

  test("on substance, at level 3, the Mayor's instruction is accepted", () => {
    expect(
      arbitrationRecordSchema.safeParse(record(3, "instruction-du-maire", "2026-06-01", "fond"))
        .success,
    ).toBe(true);
  });
});

describe("isFinalArbitration and nextArbitrationLevel", () => {
  test.each([
    [1, "accord", true],
    [1, "desaccord", false],
    [2, "desaccord", false],
    [3, "desaccord", true],
    [3, "instruction-du-maire", true],
  ] as const)("level %i, %s → final: %s", (level, outcome, expected) => {
    expect(isFinalArbitration({ level, outcome })).toBe(expected);
  });

  test.each<[string, Array<Pick<ArbitrationRecord, "level" | "outcome">>, number | RegExp]>([
    ["no meeting yet", [], 1],
    ["level 1 without agreement", [{ level: 1, outcome: "desaccord" }], 2],
    [
      "level 2 without agreement",
      [
        { level: 1, outcome: "desaccord" },
        { level: 2, outcome: "desaccord" },
      ],
      3,
    ],
    ["settled at level 1", [{ level: 1, outcome: "accord" }], /^L'arbitrage a déjà abouti/],
    [
      "past level 3",
      [
        { level: 1, outcome: "desaccord" },
        { level: 2, outcome: "desaccord" },
        { level: 3, outcome: "desaccord" },
      ],
      /^L'arbitrage a atteint son dernier niveau \(le Maire et le Président\)/,
    ],
  ])("%s", (_label, history, expected) => {
    const next = nextArbitrationLevel(history);
    if (typeof expected === "number") expect(next).toEqual({ ok: true, level: expected });
    else expect(!next.ok && next.error).toMatch(expected);
  });
});

describe("appendArbitration", () => {
  const level1 = record(1, "desaccord", "2026-03-10");
  test("escalates one level at a time", () => {
    const step = appendArbitration([level1], record(2, "accord", "2026-04-02"));
    expect(step.ok && step.history.map((r) => r.level)).toEqual([1, 2]);
  });
  test.each([
    [
      [level1],
      record(3, "accord", "2026-04-02"),
      "Cet arbitrage relève du niveau 2 (directeurs généraux), pas du niveau 3.",
    ],
    [
      [],
      record(2, "accord", "2026-04-02"),
      "Cet arbitrage relève du niveau 1 (autorités hiérarchiques), pas du niveau 2.",
    ],
    [
      [level1],
      record(2, "accord", "2026-03-09"),
      "Le niveau 2 ne peut pas se tenir avant le niveau 1 (mardi 10 mars 2026).",
    ],
    [
      [record(1, "accord", "2026-03-10")],
      record(2, "accord", "2026-04-02"),
      "L'arbitrage a déjà abouti : il ne peut pas être porté au niveau supérieur.",
    ],
  ])("%#: refused", (history, next, message) => {
    expect(appendArbitration(history, next)).toEqual({ ok: false, error: message });
  });
});

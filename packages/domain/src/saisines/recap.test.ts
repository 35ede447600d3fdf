import { describe, expect, test } from "vitest";
import type { ArbitrationRecord } from "../arbitrations/arbitration.ts";
import type { ExceptionalDecision } from "./exceptional.ts";
import { type RecapSaisine, yearlyRecap } from "./recap.ts";

const BEGLES = "org-begles";
const PESSAC = "org-pessac";
const managers = {
  communeManager: { name: "Claire Moreau", function: "DGS" },
  sharedServiceManager: { name: "Marc Dubois", function: "DG du service commun" },
};
const decision = (outcome: "acceptee" | "declinee", decidedOn: string): ExceptionalDecision => ({
  outcome,
  decidedOn,
  reasons: "Motifs consignés au compte rendu.",
  ...(outcome === "acceptee" ? { adaptedMeans: "Renfort d'un technicien." } : {}),
  ...managers,
});
const participants = [
  { name: "Claire Moreau", function: "DGS", side: "commune" as const },
  { name: "Marc Dubois", function: "Adjoint au DG des territoires", side: "operator" as const },
];
const level = (
  n: 1 | 2 | 3,
  outcome: ArbitrationRecord["outcome"],
  heldOn: string,
  kind: ArbitrationRecord["kind"] = "programmation",
): ArbitrationRecord => ({
  level: n,
  kind,
  heldOn,
  participants,
  outcome,
  decision: `Niveau ${n} : ${outcome}.`,
});

const saisines: RecapSaisine[] = [
  {
    id: "s1",
    orgId: BEGLES,
    title: "Bureau de vote",
    nature: "exceptionnelle",
    createdAt: new Date("2026-03-02T09:00:00+01:00"),
    exceptionalDecision: decision("acceptee", "2026-03-04"),
  },
  {
    id: "s2",
    orgId: PESSAC,
    title: "Site du festival",
    nature: "exceptionnelle",
    createdAt: new Date("2026-06-10T09:00:00+02:00"),
    exceptionalDecision: decision("declinee", "2026-06-20"),
  },
  // Filed at 23:30 UTC on 31 December 2026: already 00:30 on 1 January 2027 in Paris …
  {
    id: "s3",
    orgId: BEGLES,
    title: "Réveillon",
    nature: "exceptionnelle",
    createdAt: new Date("2026-12-31T23:30:00Z"),
    exceptionalDecision: null,
  },
  // … and one filed late December, decided in January: pending in 2026, decided in 2027.
  {
    id: "s4",
    orgId: PESSAC,
    title: "Vœux du maire",
    nature: "exceptionnelle",
    createdAt: new Date("2026-12-28T10:00:00+01:00"),
    exceptionalDecision: decision("acceptee", "2027-01-05"),
  },
  // Requalified ordinary: not exceptional any more.
  {
    id: "s5",
    orgId: BEGLES,
    title: "Poste en panne",
    nature: "ordinaire",
    createdAt: new Date("2026-04-01T09:00:00+02:00"),
  },
  {
    id: "s6",
    orgId: BEGLES,
    title: "Migration PABX",
    nature: "ordinaire",
    createdAt: new Date("2025-11-03T09:00:00+01:00"),
    arbitrations: [
      level(1, "desaccord", "2025-12-15"),
      level(2, "desaccord", "2026-01-20"),
      level(3, "instruction-du-maire", "2026-02-09", "fond"),
    ],
  },
  {
    id: "s7",
    orgId: PESSAC,
    title: "Priorité du site web",
    nature: "ordinaire",
    createdAt: new Date("2026-09-01T09:00:00+02:00"),
    arbitrations: [level(1, "desaccord", "2026-11-11"), level(2, "accord", "2027-01-12")],
  },
  {
    id: "s8",
    orgId: PESSAC,
    title: "Copieurs",
    nature: "ordinaire",
    createdAt: new Date("2025-05-01T09:00:00+02:00"),
    arbitrations: [level(1, "accord", "2025-05-20")],
  },
];

describe("yearlyRecap — exceptional requests, disputes and solutions of the year", () => {
  const recap2026 = yearlyRecap(saisines, 2026);

  test("exceptional saisines filed or decided in 2026, by filing date", () => {
    expect(
      recap2026.exceptional.map((e) => [e.saisineId, e.filedOn, e.outcome, e.decidedOn]),
    ).toEqual([
      ["s1", "2026-03-02", "acceptee", "2026-03-04"],
      ["s2", "2026-06-10", "declinee", "2026-06-20"],
      ["s4", "2026-12-28", "en-attente", null],
    ]);
    expect(recap2026.exceptional[0]).toMatchObject({
      reasons: "Motifs consignés au compte rendu.",
      adaptedMeans: "Renfort d'un technicien.",
    });
  });

  test("disputes with a level held in 2026, as they stood on 31 December", () => {
    expect(
      recap2026.disputes.map((d) => [
        d.saisineId,
        d.highestLevel,
        d.settled,
        d.solution,
        d.settledOn,
      ]),
    ).toEqual([
      ["s6", 3, true, "Niveau 3 : instruction-du-maire.", "2026-02-09"],
      ["s7", 1, false, null, null],
    ]);
    expect(recap2026.disputes[0]?.levels).toHaveLength(3);
    expect(recap2026.disputes[0]?.kind).toBe("fond");
  });

  test("totals", () => {
    expect(recap2026.totals).toEqual({
      exceptional: 3,
      accepted: 1,
      declined: 1,
      pending: 1,
      disputes: 2,
      settled: 1,
      unsettled: 1,
      byHighestLevel: { 1: 1, 2: 0, 3: 1 },
    });
  });

  test("2027 sees the January decisions and the Paris New Year's Eve filing", () => {
    const recap2027 = yearlyRecap(saisines, 2027);
    expect(recap2027.exceptional.map((e) => [e.saisineId, e.outcome])).toEqual([
      ["s4", "acceptee"],
      ["s3", "en-attente"],
    ]);
    expect(
      recap2027.disputes.map((d) => [d.saisineId, d.highestLevel, d.settled, d.settledOn]),
    ).toEqual([["s7", 2, true, "2027-01-12"]]);
  });

  test("2025 saw the start of s6 and the copier dispute, settled at level 1", () => {
    const recap2025 = yearlyRecap(saisines, 2025);
    expect(recap2025.disputes.map((d) => [d.saisineId, d.highestLevel, d.settled])).toEqual([
      ["s8", 1, true],
      ["s6", 1, false],
    ]);
    expect(recap2025.exceptional).toEqual([]);
  });

  test("an empty year, and an impossible one", () => {
    expect(yearlyRecap([], 2026).totals.exceptional).toBe(0);
    expect(() => yearlyRecap(saisines, 26)).toThrow(
      "Année invalide (26) : une année entre 2000 et 2100 est attendue.",
    );
  });
});

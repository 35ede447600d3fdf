import { describe, expect, test } from "vitest";
import { seedFactsAnnex } from "../seed-facts/seed-facts.fixture.ts";
import {
  bodyOfAnnexName,
  type Cadence,
  cadenceLabel,
  cadenceOfFrequency,
  conventionBodies,
  dueHeldPhrase,
  dueHeldSentence,
  engagementBodies,
  type MeetingBody,
} from "./bodies.ts";

describe("cadenceOfFrequency: the annexes' words", () => {
  test.each<[string | null, Cadence]>([
    ["annuel à bi-annuel", { kind: "per-year", count: 1 }],
    ["bi-annuel", { kind: "per-year", count: 2 }],
    ["semestriel", { kind: "per-year", count: 2 }],
    ["annuel", { kind: "per-year", count: 1 }],
    ["trimestriel", { kind: "every-months", months: 3 }],
    ["tous les mois", { kind: "every-months", months: 1 }],
    ["mensuel", { kind: "every-months", months: 1 }],
    ["formel toutes les deux semaines", { kind: "every-days", days: 14 }],
    ["hebdomadaire", { kind: "every-days", days: 7 }],
    ["conformément au rythme actuel", { kind: "none" }],
    [null, { kind: "none" }],
  ])("%s", (frequency, cadence) => {
    expect(cadenceOfFrequency(frequency)).toEqual(cadence);
  });
});

describe("bodyOfAnnexName", () => {
  test.each<[string, MeetingBody]>([
    ["Comité de suivi du contrat d'engagement", "comite-suivi"],
    ["Revues des contrats d'engagements", "comite-suivi"],
    ["Comité numérique stratégique communal", "comite-strategique"],
    ["Comité numérique communal", "comite-strategique"],
    ["Point d'avancement opérationnel", "point-operationnel"],
    ["Réunion thématique numérique", "point-operationnel"],
    ["Commission de pilotage élargie", "commission-pilotage"],
    ["Groupe de travail intercommunal", "groupe-intercommunal"],
    ["Conférence territoriale", "autre-instance"],
  ])("%s → %s", (name, body) => expect(bodyOfAnnexName(name)).toBe(body));
});

describe("engagementBodies: the contract's bodies and the annex's", () => {
  const summary = (slug: string) =>
    engagementBodies(seedFactsAnnex(slug)).map((b) => [b.body, b.subDomain, b.cadence]);

  test("Bègles: launch, follow-up, mayors, strategic yearly, operational points per sub-domain", () => {
    const bodies = summary("begles");
    expect(bodies.slice(0, 4)).toEqual([
      ["reunion-lancement", null, { kind: "once" }],
      ["comite-suivi", null, { kind: "follow-up" }],
      ["reunion-maires", null, { kind: "per-year", count: 2 }],
      ["comite-strategique", null, { kind: "per-year", count: 1 }],
    ]);
    // One point per mutualised sub-domain, as often as its most frequent indicator is reviewed.
    expect(bodies.slice(4)).toEqual([
      ["point-operationnel", "A", { kind: "per-year", count: 1 }],
      ["point-operationnel", "B", { kind: "every-months", months: 3 }],
      ["point-operationnel", "C", { kind: "every-months", months: 3 }],
      ["point-operationnel", "D", { kind: "every-months", months: 3 }],
    ]);
  });

  test("Mérignac: the operational point every two weeks, one body for all sub-domains", () => {
    expect(summary("merignac")).toContainEqual([
      "point-operationnel",
      null,
      { kind: "every-days", days: 14 },
    ]);
  });

  test("Blanquefort: its own names, the follow-up reviews keep the contract's rhythm", () => {
    const bodies = engagementBodies(seedFactsAnnex("blanquefort"));
    const followUp = bodies.find((b) => b.body === "comite-suivi");
    expect(followUp?.label).toBe("Revues des contrats d'engagements");
    expect(followUp?.cadence).toEqual({ kind: "follow-up" });
    expect(bodies.find((b) => b.body === "comite-strategique")?.cadence).toEqual({
      kind: "per-year",
      count: 2,
    });
  });

  test("Redon's bodies meet for all members and set no rhythm", () => {
    expect(conventionBodies().map((b) => [b.label, b.intercommunal, b.cadence.kind])).toEqual([
      ["Commission de pilotage élargie", true, "none"],
      ["Groupe de travail intercommunal", true, "none"],
    ]);
  });
});

describe("words", () => {
  test.each<[MeetingBody, number, number, string]>([
    ["comite-suivi", 3, 4, "3 comités de suivi tenus sur 4 dus en 2025"],
    ["comite-suivi", 1, 1, "1 comité de suivi tenu sur 1 dû en 2025"],
    ["comite-suivi", 0, 1, "Aucun comité de suivi tenu sur 1 dû en 2025"],
    [
      "point-operationnel",
      0,
      4,
      "Aucun point d'avancement opérationnel tenu sur les 4 dus en 2025",
    ],
    ["point-operationnel", 1, 4, "1 point d'avancement opérationnel tenu sur 4 dus en 2025"],
    ["point-operationnel", 3, 4, "3 points d'avancement opérationnels tenus sur 4 dus en 2025"],
    ["reunion-maires", 0, 2, "Aucune réunion avec les maires tenue sur les 2 dues en 2025"],
    ["reunion-maires", 0, 1, "Aucune réunion avec les maires tenue sur 1 due en 2025"],
    ["reunion-maires", 1, 2, "1 réunion avec les maires tenue sur 2 dues en 2025"],
    ["reunion-maires", 2, 2, "2 réunions avec les maires tenues sur 2 dues en 2025"],
    ["comite-strategique", 0, 1, "Aucun comité stratégique tenu sur 1 dû en 2025"],
  ])("%s %i/%i", (body, held, due, sentence) => {
    expect(dueHeldSentence(body, held, due, 2025)).toBe(sentence);
  });

  test.each<[MeetingBody, number, number, string]>([
    ["comite-suivi", 0, 4, "aucun comité de suivi tenu sur les 4 dus"],
    ["reunion-maires", 0, 1, "aucune réunion avec les maires tenue sur 1 due"],
    ["comite-suivi", 3, 4, "3 comités de suivi tenus sur 4 dus"],
  ])("inside a sentence: %s %i/%i", (body, held, due, phrase) => {
    expect(dueHeldPhrase(body, held, due)).toBe(phrase);
  });

  test.each<[Cadence, string]>([
    [{ kind: "follow-up" }, "Mensuelle la première année, puis au moins trimestrielle"],
    [{ kind: "per-year", count: 2 }, "Au moins 2 fois par an"],
    [{ kind: "every-months", months: 3 }, "Tous les trimestres"],
    [{ kind: "every-days", days: 14 }, "Toutes les deux semaines"],
    [{ kind: "none" }, "Fréquence non fixée"],
  ])("%j", (cadence, label) => expect(cadenceLabel(cadence)).toBe(label));
});

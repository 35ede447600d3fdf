import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "../errors/field-errors.ts";
import { entryRefusal, indicatorEntryInput } from "./entries.ts";

const ORG = "5d7a1c52-55c1-4a5b-9a53-2f6a1f0e5b11";
const link = { kind: "link", url: "https://ged.bordeaux-metropole.fr/pra/test-2025.pdf" };
const entry = (indicator: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  orgId: ORG,
  indicator,
  period: "2025",
  measuredOn: "2025-11-20",
  evidence: link,
  value,
  ...extra,
});
const errors = (input: unknown) => {
  const result = indicatorEntryInput.safeParse(input);
  return result.success ? null : fieldErrorsOf(result.error);
};

describe("indicatorEntryInput — each indicator its value, its range, its evidence", () => {
  test.each<[string, unknown]>([
    ["1.1.1", { delivered: true, deliveredOn: "2025-03-12" }],
    ["1.1.1", { delivered: false }],
    [
      "1.2.1",
      { scores: { conformite: 3, continuite: 2.5, incidentiel: 4, organisation: 0, acces: 5 } },
    ],
    ["2.1.1", { projectDays: 120 }],
    ["2.1.2", { delivered: 7, planned: 9 }],
    ["2.2.1", { applications: 84 }],
    ["3.1.1", { townHall: { renewed: 18, fleet: 120 }, schools: { renewed: 0, fleet: 0 } }],
    ["3.2.1", { scheduledHours: 2000, keptHours: 1987.5, presenceHours: 312.25 }],
    ["4.2.1", { restoredMinutes: 150, scope: "Serveur de fichiers de l'hôtel de ville" }],
    ["4.2.2", { dataLossMinutes: 1440, scope: "Base de l'état civil" }],
  ])("%s %j is accepted", (indicator, value) => {
    expect(errors(entry(indicator, value))).toBeNull();
  });

  test.each<[string, string, unknown, Record<string, unknown>, Record<string, string[]>]>([
    [
      "a maturity above 5",
      "1.2.1",
      { scores: { conformite: 6, continuite: 2, incidentiel: 4, organisation: 1, acces: 5 } },
      {},
      { "value.scores.conformite": ["Une note de maturité va de 0 à 5."] },
    ],
    [
      "a maturity between half points",
      "1.2.1",
      { scores: { conformite: 3.3, continuite: 2, incidentiel: 4, organisation: 1, acces: 5 } },
      {},
      { "value.scores.conformite": ["Note au demi-point près (ex. 2,5)."] },
    ],
    [
      "more workstations renewed than the fleet (a rate above 100 %)",
      "3.1.1",
      { townHall: { renewed: 130, fleet: 120 }, schools: { renewed: 0, fleet: 10 } },
      {},
      {
        "value.townHall.renewed": [
          "Parc de la mairie : plus de postes renouvelés que de postes au parc.",
        ],
      },
    ],
    [
      "no fleet at all",
      "3.1.1",
      { townHall: { renewed: 0, fleet: 0 }, schools: { renewed: 0, fleet: 0 } },
      {},
      { "value.townHall.fleet": ["Indiquez le parc de la mairie, des écoles, ou des deux."] },
    ],
    [
      "more support hours kept than scheduled",
      "3.2.1",
      { scheduledHours: 100, keptHours: 101, presenceHours: 0 },
      {},
      {
        "value.keptHours": [
          "Plus d'heures assurées que d'heures prévues : le taux dépasserait 100 %.",
        ],
      },
    ],
    [
      "a negative restore delay",
      "4.2.1",
      { restoredMinutes: -5, scope: "Serveur" },
      {},
      {
        "value.restoredMinutes": [
          "Délai de restauration constaté : la durée ne peut être négative.",
        ],
      },
    ],
    [
      "a plan delivered without its date",
      "1.1.1",
      { delivered: true },
      {},
      { "value.deliveredOn": ["Indiquez la date de livraison du schéma numérique."] },
    ],
    [
      "no evidence",
      "2.2.1",
      { applications: 84 },
      { evidence: undefined },
      { evidence: ["Joignez la preuve de la mesure : un fichier ou un lien."] },
    ],
    [
      "a link that is no web address",
      "2.2.1",
      { applications: 84 },
      { evidence: { kind: "link", url: "javascript:alert(1)" } },
      { "evidence.url": ["Lien invalide : une adresse web en http(s) attendue."] },
    ],
    [
      "a period that is none",
      "2.2.1",
      { applications: 84 },
      { period: "2025-13" },
      {
        period: [
          "Période invalide : une année (2026), un trimestre (2026-T2) ou un mois (2026-05).",
        ],
      },
    ],
  ])("refused: %s", (_label, indicator, value, extra, expected) => {
    expect(errors(entry(indicator, value, extra))).toEqual(expected);
  });

  test.each<[string, string]>([
    ["3.3.1", "L'indicateur 3.3.1 est calculé à partir des saisines : il ne se saisit pas."],
    ["4.1.2", "L'indicateur 4.1.2 est calculé à partir des saisines : il ne se saisit pas."],
    ["9.9.9", "L'indicateur 9.9.9 n'a pas de mesure à saisir dans mutu."],
    ["", "Choisissez l'indicateur mesuré."],
    // What is not shaped like a code is not repeated back (a 60,000-character one).
    ["inconnu", "Indicateur inconnu : choisissez l'indicateur mesuré."],
    ["a".repeat(300), "Indicateur inconnu : choisissez l'indicateur mesuré."],
  ])("the code %s is refused: « %s »", (indicator, message) => {
    expect(errors(entry(indicator, { applications: 1 }))).toEqual({ indicator: [message] });
  });
});

describe("entryRefusal — the annex, the period, the date", () => {
  const annual = { code: "4.2.1", periodicityOptions: ["annual"] as const };
  const monthly = { code: "3.1.1", periodicityOptions: ["monthly", "quarterly"] as const };
  test.each<
    [string, Parameters<typeof entryRefusal>[0], Parameters<typeof entryRefusal>[1], unknown]
  >([
    [
      "a year ended, measured in it",
      { indicator: "4.2.1", period: "2025", measuredOn: "2025-11-20" },
      { indicator: annual, today: "2026-01-01" },
      null,
    ],
    [
      "a year ended, measured after it",
      { indicator: "4.2.1", period: "2025", measuredOn: "2026-02-03" },
      { indicator: annual, today: "2026-02-03" },
      null,
    ],
    [
      "the year not yet ended",
      { indicator: "4.2.1", period: "2025", measuredOn: "2025-11-20" },
      { indicator: annual, today: "2025-12-31" },
      {
        period: [
          "La période « 2025 » n'est pas terminée : sa mesure se saisit à partir du 1er janvier 2026.",
        ],
      },
    ],
    [
      "a quarter for an annual indicator",
      { indicator: "4.2.1", period: "2025-T4", measuredOn: "2025-11-20" },
      { indicator: annual, today: "2026-03-01" },
      {
        period: [
          "L'indicateur 4.2.1 se mesure par période annuelle : choisissez une telle période.",
        ],
      },
    ],
    [
      "a year for a monthly or quarterly indicator",
      { indicator: "3.1.1", period: "2025", measuredOn: "2025-11-20" },
      { indicator: monthly, today: "2026-03-01" },
      {
        period: [
          "L'indicateur 3.1.1 se mesure par période mensuelle ou trimestrielle : choisissez une telle période.",
        ],
      },
    ],
    [
      "a project indicator, computed from the projects",
      { indicator: "2.1.1", period: "2025", measuredOn: "2026-01-05" },
      { indicator: { code: "2.1.1", periodicityOptions: [] }, today: "2026-03-01" },
      {
        indicator: [
          "L'indicateur 2.1.1 est calculé à partir des projets et de leur charge : il ne se saisit pas.",
        ],
      },
    ],
    [
      "an indicator the annex does not have",
      { indicator: "4.2.2", period: "2025", measuredOn: "2025-11-20" },
      { indicator: null, today: "2026-03-01" },
      { indicator: ["L'annexe en vigueur ne comporte pas d'indicateur 4.2.2."] },
    ],
    [
      "a measure dated in the future",
      { indicator: "4.2.1", period: "2025", measuredOn: "2026-03-02" },
      { indicator: annual, today: "2026-03-01" },
      { measuredOn: ["La date de la mesure ne peut être dans le futur."] },
    ],
    [
      "a measure dated before its period",
      { indicator: "4.2.1", period: "2025", measuredOn: "2024-12-31" },
      { indicator: annual, today: "2026-03-01" },
      {
        measuredOn: [
          "La mesure d'une période ne peut être antérieure à son début (1er janvier 2025).",
        ],
      },
    ],
    [
      "no periodicity written: yearly",
      { indicator: "4.2.1", period: "2025", measuredOn: "2025-06-01" },
      { indicator: { code: "4.2.1", periodicityOptions: [] }, today: "2026-01-02" },
      null,
    ],
  ])("%s", (_label, entry, context, expected) => {
    expect(entryRefusal(entry, context)).toEqual(expected);
  });
});

import { describe, expect, test } from "vitest";
import type { IndicatorTarget } from "../contracts/indicator-targets.ts";
import type { EnteredIndicator } from "./catalogue.ts";
import { describeDuration, enteredResult } from "./entered-indicators.ts";
import type { EntryValue } from "./entries.ts";

const toDefine: IndicatorTarget = { kind: "to-define-jointly" };

describe("describeDuration", () => {
  test.each<[number, string]>([
    [0, "0 min"],
    [45, "45 min"],
    [150, "2 h 30 min"],
    [1440, "1 j"],
    [1530, "1 j 1 h 30 min"],
  ])("%i → %s", (minutes, text) => expect(describeDuration(minutes)).toBe(text));
});

describe("enteredResult — what a measure says, and whether it keeps the target", () => {
  test.each<[string, EnteredIndicator, EntryValue, IndicatorTarget, string, string]>([
    [
      "the digital plan delivered keeps 1.1.1",
      "1.1.1",
      { delivered: true, deliveredOn: "2025-03-12" },
      { kind: "defined", value: "Existence : Oui" },
      "Livré le 12 mars 2025",
      "kept",
    ],
    [
      "not delivered misses it",
      "1.1.1",
      { delivered: false },
      toDefine,
      "Non livré sur la période",
      "missed",
    ],
    [
      "maturity judged on its lowest dimension",
      "1.2.1",
      { scores: { conformite: 3, continuite: 2.5, incidentiel: 4, organisation: 3, acces: 3 } },
      { kind: "count", value: 3, atLeast: true },
      "Moyenne 3,1 / 5 ; la plus basse 2,5 / 5",
      "missed",
    ],
    [
      "15 % of the town hall's fleet renewed keeps « au moins 15 % »",
      "3.1.1",
      { townHall: { renewed: 15, fleet: 100 }, schools: { renewed: 0, fleet: 0 } },
      { kind: "rate", percent: 15, atLeast: true },
      "15 % du parc renouvelé",
      "kept",
    ],
    [
      "14.99 % misses it",
      "3.1.1",
      { townHall: { renewed: 1499, fleet: 10000 }, schools: { renewed: 0, fleet: 0 } },
      { kind: "rate", percent: 15, atLeast: true },
      "14,99 % du parc renouvelé",
      "missed",
    ],
    [
      "support hours against a rate to reach",
      "3.2.1",
      { scheduledHours: 2000, keptHours: 1990, presenceHours: 300 },
      { kind: "rate", percent: 99, atLeast: true },
      "99,5 % des heures d'ouverture assurées ; 300 h de présence",
      "kept",
    ],
    [
      "a restore test within a 4-hour target",
      "4.2.1",
      { restoredMinutes: 150, scope: "Serveur de fichiers" },
      { kind: "delay", rules: [{ businessMinutes: 240 }] },
      "Restauration en 2 h 30 min",
      "kept",
    ],
    [
      "a day of data lost against « 1 journée » written as text: measured",
      "4.2.2",
      { dataLossMinutes: 1440, scope: "État civil" },
      { kind: "defined", value: "1 journée" },
      "Perte de données de 1 j",
      "measured",
    ],
    [
      "applications maintained, at most",
      "2.2.1",
      { applications: 90 },
      { kind: "count", value: 80, atLeast: false },
      "90 applications maintenues",
      "missed",
    ],
  ])("%s", (_label, code, value, target, headline, status) => {
    expect(enteredResult(code, value, target, false)).toMatchObject({ headline, status });
  });

  test("the reference year is measured, never judged; nothing entered is « Non mesuré »", () => {
    expect(enteredResult("1.1.1", { delivered: false }, toDefine, true).status).toBe("reference");
    expect(enteredResult("4.2.1", null, toDefine, false)).toEqual({
      headline: "Non mesuré",
      figures: [],
      status: "not-measured",
    });
  });

  test("maturity shows each of its five dimensions", () => {
    const result = enteredResult(
      "1.2.1",
      { scores: { conformite: 3, continuite: 2.5, incidentiel: 4, organisation: 1, acces: 5 } },
      toDefine,
      false,
    );
    expect(result.figures).toEqual([
      { label: "Conformité", value: "3 / 5" },
      { label: "Continuité", value: "2,5 / 5" },
      { label: "Gestion des incidents", value: "4 / 5" },
      { label: "Organisation et ressources humaines", value: "1 / 5" },
      { label: "Gestion des accès", value: "5 / 5" },
    ]);
  });
});

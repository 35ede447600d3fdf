import { describe, expect, test } from "vitest";
import { SAISINE_LIFECYCLE } from "../saisines/lifecycle.ts";
import { auditActionLabel, auditValueText } from "./labels.ts";

describe("auditActionLabel", () => {
  test("every event of the saisine lifecycle reads in French", () => {
    for (const rule of Object.values(SAISINE_LIFECYCLE))
      expect(auditActionLabel(`saisine.${rule.event}`)).not.toBe("Autre action");
  });
  test.each([
    ["saisine.qualify", "Saisine qualifiée"],
    ["saisine.resolved", "Saisine résolue"],
    ["saisine.withdrawn", "Saisine retirée par la commune"],
    ["person.create", "Création d'une personne"],
    ["inconnue.action", "Autre action"],
  ])("%s → %s", (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });
});

describe("auditValueText", () => {
  test.each([
    ["status", "en-attente-commune", "En attente de la commune"],
    ["nature", "urgence", "Urgence"],
    ["needsQualification", false, "non"],
    ["assignee", null, "—"],
    ["handlingDueAt", "2026-06-04T12:30:00.000Z", "04/06/2026 14:30"],
    [
      "requalified",
      { before: { nature: "ordinaire" }, after: { nature: "urgence" } },
      "Avant : Nature : Ordinaire ; Après : Nature : Urgence",
    ],
    ["alerts", ["resolution:warning", "ola:x:breach"], "resolution:warning, ola:x:breach"],
  ])("%s = %j → %s", (key, value, text) => {
    expect(auditValueText(key, value)).toBe(text);
  });
});

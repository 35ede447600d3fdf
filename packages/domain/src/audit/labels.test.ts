import { describe, expect, test } from "vitest";
import { AUDIT_FIELD_LABELS } from "./fields.ts";
import { auditValueText } from "./labels.ts";

describe("auditValueText", () => {
  test.each([
    ["status", "en-attente-commune", "En attente de la commune"],
    ["nature", "urgence", "Urgence"],
    ["needsQualification", false, "non"],
    ["assignee", null, "—"],
    ["handlingDueAt", "2026-06-04T12:30:00.000Z", "04/06/2026 14:30"],
    ["measuredOn", "2025-11-20", "20/11/2025"],
    ["participants", [], "—"],
    [
      "requalified",
      { before: { nature: "ordinaire" }, after: { nature: "urgence" } },
      "Avant : Nature : Ordinaire ; Après : Nature : Urgence",
    ],
    ["alerts", ["resolution:warning", "ola:x:breach"], "resolution:warning, ola:x:breach"],
  ])("%s = %j → %s", (key, value, text) => {
    expect(auditValueText(key, value)).toBe(text);
  });
});

describe("auditValueText in a module's own words", () => {
  test.each([
    ["project.file", "status", "depose", "Fiche déposée"],
    ["meeting.action.update", "status", "ouverte", "Ouverte"],
    ["rgpd.breach-assessed", "riskLevel", "high", "Risque élevé pour les personnes"],
    ["rgpd.opinion-given", "outcome", "unfavourable", "Défavorable"],
    ["notifications.preferences", "assigned", "email", "Dans mutu et par courriel"],
    ["report.send", "status", "sent", "Envoyé à la commune"],
    ["auth.sign-in", "method", "password", "Mot de passe"],
    ["auth.sign-in.sso-refused", "reason", "no-account", "Aucun compte à cette adresse"],
    // A saisine's words stay a saisine's; a word of no module is said as written.
    ["saisine.qualify", "status", "en-attente-commune", "En attente de la commune"],
    ["project.file", "status", "inconnu", "inconnu"],
  ])("%s: %s = %s → %s", (action, key, value, text) => {
    expect(auditValueText(key, value, action)).toBe(text);
  });

  test("nested values take the module's words too", () => {
    expect(auditValueText("after", { riskLevel: "high" }, "rgpd.breach-assessed")).toBe(
      "Niveau de risque : Risque élevé pour les personnes",
    );
  });
});

describe("AUDIT_FIELD_LABELS", () => {
  test("the fields the later modules write are named in French", () => {
    const written = [
      ...["awareAt", "riskLevel", "cnilReference", "identityCheck", "content", "purposes"],
      ...["body", "startsAt", "participants", "minutes", "attendees", "meetingId"],
      ...["fiche", "leadDepartment", "decision", "halfDays", "plannedDays", "adoptedOn"],
      ...["indicator", "measuredOn", "evidence", "restoredMinutes", "pdfSha256", "sections"],
      ...["address", "issuer", "sessionsEnded", "createdBy", "communalReferentId"],
    ];
    for (const field of written) expect(AUDIT_FIELD_LABELS[field], field).toMatch(/^\p{Lu}/u);
  });
});

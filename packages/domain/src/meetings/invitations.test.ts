import { describe, expect, test } from "vitest";
import { invitationEmail, invitationToSend } from "./invitations.ts";

describe("which email a meeting's change sends", () => {
  test.each([
    ["planned, never announced", "planifiee", 0, null, "invitation"],
    ["planned, announced", "planifiee", 0, 0, null],
    ["moved after its invitation", "planifiee", 1, 0, "report"],
    ["moved twice between two passes", "planifiee", 2, 0, "report"],
    ["cancelled after its invitation", "annulee", 1, 0, "annulation"],
    ["cancelled before its invitation left", "annulee", 1, null, null],
    ["cancellation already sent", "annulee", 1, 1, null],
    ["held (its minutes raise the SEQUENCE)", "tenue", 1, 0, null],
  ] as const)("%s", (_, status, sequence, invitationsSequence, expected) => {
    expect(invitationToSend({ status, sequence, invitationsSequence })).toBe(expected);
  });
});

describe("the email's French text", () => {
  const meeting = {
    label: "Comité de suivi du contrat d'engagement",
    orgName: "Bègles",
    day: "2026-03-01",
    startTime: "14:00",
    endTime: "16:00",
    place: "Mairie de Bègles",
    videoUrl: "",
    agenda: ["Indicateurs du trimestre"],
    changeReason: null,
  };
  test("an invitation: when, where, agenda", () => {
    const mail = invitationEmail("invitation", meeting, "Marie Dupont", "https://mutu.test/x");
    expect(mail.subject).toBe(
      "[mutu] Invitation : Comité de suivi du contrat d'engagement — Bègles",
    );
    expect(mail.text).toContain("Quand : 1er mars 2026, de 14 h 00 à 16 h 00");
    expect(mail.text).toContain("1. Indicateurs du trimestre");
    expect(mail.text).not.toContain("Motif");
  });
  test("a cancellation gives its reason and the day it was due", () => {
    const mail = invitationEmail(
      "annulation",
      { ...meeting, changeReason: "Le DGS est absent." },
      "Marie Dupont",
      "https://mutu.test/x",
    );
    expect(mail.subject).toMatch(/^\[mutu\] Réunion annulée\s: /);
    expect(mail.text).toContain("Elle devait se tenir le 1er mars 2026, de 14 h 00 à 16 h 00.");
    expect(mail.text).toContain("Motif : Le DGS est absent.");
    expect(mail.text).not.toContain("Ordre du jour");
  });
});

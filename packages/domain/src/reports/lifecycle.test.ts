import { describe, expect, test } from "vitest";
import {
  generationRefusal,
  presentationRefusal,
  type ReportSide,
  type ReportStatus,
  type ReportStep,
  reportStepRefusal,
  validationRefusal,
} from "./lifecycle.ts";

const state = (status: ReportStatus) => ({
  status,
  year: 2025,
  sentOn: status === "sent" || status === "presented" ? "2026-03-20" : null,
});

describe("reportStepRefusal: who does what, from which status", () => {
  test.each<[ReportStatus, ReportStep, ReportSide, string | null]>([
    ["draft", "edit", "operator", null],
    ["reviewed", "edit", "operator", null],
    ["draft", "review", "commune", null],
    ["reviewed", "review", "commune", null],
    ["reviewed", "validate", "operator", null],
    ["validated", "send", "operator", null],
    ["sent", "present", "commune", null],
    ["sent", "present", "operator", null],
    ["draft", "edit", "commune", "Seul le service commun peut faire cette étape du rapport."],
    [
      "reviewed",
      "validate",
      "commune",
      "Seul le service commun peut faire cette étape du rapport.",
    ],
    ["draft", "review", "operator", "La relecture du rapport revient à la commune."],
    ["draft", "validate", "operator", "La commune doit d'abord relire le rapport."],
    ["validated", "validate", "operator", "Le rapport est déjà validé."],
    [
      "validated",
      "edit",
      "operator",
      "Le rapport est validé : il n'est plus modifié avant son envoi.",
    ],
    [
      "validated",
      "review",
      "commune",
      "Le rapport est validé : il n'est plus modifié avant son envoi.",
    ],
    ["reviewed", "send", "operator", "Le rapport doit être validé avant d'être envoyé."],
    [
      "validated",
      "present",
      "commune",
      "Le rapport doit être envoyé avant d'être présenté au conseil municipal.",
    ],
    [
      "sent",
      "edit",
      "operator",
      "Ce rapport a été envoyé le 20 mars 2026 : il ne peut plus être modifié.",
    ],
    [
      "sent",
      "review",
      "commune",
      "Ce rapport a été envoyé le 20 mars 2026 : il ne peut plus être modifié.",
    ],
    [
      "sent",
      "send",
      "operator",
      "Ce rapport a été envoyé le 20 mars 2026 : il ne peut plus être modifié.",
    ],
    [
      "presented",
      "edit",
      "operator",
      "Ce rapport a été envoyé le 20 mars 2026 : il ne peut plus être modifié.",
    ],
    [
      "presented",
      "present",
      "commune",
      "La présentation au conseil municipal est déjà enregistrée.",
    ],
  ])("%s, %s by the %s → %s", (status, step, side, expected) => {
    expect(reportStepRefusal(state(status), step, side)).toBe(expected);
  });
});

describe("validationRefusal: gaps must be explained", () => {
  const gaps = [
    { code: "4.2.1", label: "Délai de restauration" },
    { code: "4.2.2", label: "Perte de données acceptable" },
  ];
  test.each<[string, Record<string, string>, string | null]>([
    ["no gap", {}, null],
    ["each explained", { "4.2.1": "Pas de test de PRA en 2025.", "4.2.2": "Idem." }, null],
    [
      "one unexplained",
      { "4.2.1": "Pas de test de PRA en 2025." },
      "L'indicateur 4.2.2 n'est pas mesuré : expliquez pourquoi avant de valider le rapport.",
    ],
    [
      "a blank explanation is none",
      { "4.2.1": "   " },
      "Les indicateurs 4.2.1, 4.2.2 ne sont pas mesurés : expliquez chaque manque avant de valider le rapport.",
    ],
  ])("%s", (label, explanations, expected) => {
    expect(validationRefusal(label === "no gap" ? [] : gaps, explanations)).toBe(expected);
  });
});

describe("presentationRefusal", () => {
  test.each<[string, string | null]>([
    ["2026-03-20", null], // the very day it was sent
    ["2026-04-02", null],
    [
      "2026-03-19",
      "Le conseil municipal ne peut avoir vu le rapport avant son envoi, le 20 mars 2026.",
    ],
    ["2026-04-03", "Enregistrez la présentation une fois la séance du conseil municipal tenue."],
  ])("council on %s", (date, expected) => {
    expect(presentationRefusal(date, "2026-03-20", "2026-04-02")).toBe(expected);
  });
});

describe("generationRefusal", () => {
  test.each<[number, string, string | null]>([
    [2025, "2026-01-01", null],
    [2024, "2025-12-31", null],
    [
      2025,
      "2025-12-31",
      "L'année 2025 n'est pas terminée : son rapport se prépare à partir du 1er janvier 2026.",
    ],
  ])("report %d on %s", (year, today, expected) => {
    expect(generationRefusal(year, today)).toBe(expected);
  });
});

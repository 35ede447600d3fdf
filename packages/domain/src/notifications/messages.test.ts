import { describe, expect, test } from "vitest";
import { excerpt, notificationText } from "./messages.ts";
import { deliveriesOf, DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./kinds.ts";

describe("excerpt", () => {
  test.each([
    ["short text unchanged", "Imprimante HS", 280, "Imprimante HS"],
    ["lines joined", "Ligne 1\n\nLigne 2", 280, "Ligne 1 Ligne 2"],
    ["cut at a word", "un deux trois quatre cinq", 12, "un deux …"],
    ["a long word is cut where it must", "anticonstitutionnellement", 10, "anticonsti …"],
  ] as const)("%s", (_name, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});

describe("notificationText", () => {
  const facts = {
    reference: "BEG-2026-000003",
    title: "Imprimante en panne",
    actorLabel: "Julien Girard",
  };
  test.each([
    [
      "assigned",
      { ...facts, assigneeLabel: "Équipe postes de travail" },
      "BEG-2026-000003 : saisine attribuée à Équipe postes de travail",
      "La saisine « Imprimante en panne » a été attribuée par Julien Girard.",
    ],
    [
      "waiting-commune",
      { ...facts, note: "Le numéro de série ?" },
      "BEG-2026-000003 : le service commun attend votre réponse",
      "La saisine « Imprimante en panne » est en attente de la commune.\nLe numéro de série ?",
    ],
    [
      "resolved",
      { ...facts, actorLabel: null },
      "BEG-2026-000003 : saisine résolue",
      "La saisine « Imprimante en panne » a été résolue. Confirmez la résolution ou rouvrez la saisine.",
    ],
    [
      "public-comment",
      { ...facts, note: "Merci" },
      "BEG-2026-000003 : nouveau commentaire",
      "Commentaire public par Julien Girard sur la saisine « Imprimante en panne ».\nMerci",
    ],
    [
      "decision-expected",
      facts,
      "BEG-2026-000003 : décision attendue sur une saisine exceptionnelle",
      "La saisine « Imprimante en panne » attend la décision des responsables de la commune et du service commun.",
    ],
    [
      "decision-expected",
      { ...facts, arbitrationLevel: 2 },
      "BEG-2026-000003 : arbitrage demandé (niveau 2)",
      "Un désaccord sur la saisine « Imprimante en panne » est porté à l'arbitrage.",
    ],
  ] as const)("%s", (kind, f, title, body) => {
    expect(notificationText(kind, f)).toEqual({ title, body });
  });
});

describe("deliveriesOf", () => {
  test("a person's choice wins, the default fills the rest", () => {
    const d = deliveriesOf({ "public-comment": "email", assigned: "app" });
    expect(d["public-comment"]).toBe("email");
    expect(d.assigned).toBe("app");
    expect(d.resolved).toBe(DEFAULT_DELIVERY.resolved);
    expect(Object.keys(d)).toEqual([...NOTIFICATION_KINDS]);
  });
});

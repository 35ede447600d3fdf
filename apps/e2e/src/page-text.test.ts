import { expect, test } from "vitest";
import { textProblems } from "./page-text.ts";

test.each([
  ["Échéance : undefined", ["valeur de programme affichée : undefined"]],
  ["Taux : NaN %", ["valeur de programme affichée : NaN"]],
  ["Commune : [object Object]", ["valeur de programme affichée : [object Object]"]],
  ["Déposée le Invalid Date", ["valeur de programme affichée : Invalid Date"]],
  ["Titulaire : null", ["valeur de programme affichée : null"]],
  ["Loading…", ["mot anglais affiché : Loading"]],
  ["Enregistrer · Cancel", ["mot anglais affiché : Cancel"]],
  ["Something went wrong", ["mot anglais affiché : Something went wrong"]],
  [
    "Saisine 0b9c6f1e-2f4a-4c1b-9d3e-5a6b7c8d9e0f",
    ["identifiant interne affiché : 0b9c6f1e-2f4a-4c1b-9d3e-5a6b7c8d9e0f"],
  ],
])("%s", (text, problems) => {
  expect(textProblems(text)).toEqual(problems);
});

test("French words that contain the program's words are not problems", () => {
  expect(
    textProblems(
      "Réunion annulée ; aucune pièce nulle part ; Nantes, Annecy ; BEG-2026-000001 ; Fermer ; Erreur ; Suivant ; Saisine close ; Action Close",
    ),
  ).toEqual([]);
});

import { expect, test } from "vitest";
import { textProblems } from "./page-text.ts";

test.each([
  ["Échéance : undefined", ["valeur de programme affichée : undefined"]],
  ["Taux : NaN %", ["valeur de programme affichée : NaN"]],
  ["Commune : [object Object]", ["valeur de programme affichée : [object Object]"]],
  ["Déposée le Invalid Date", ["valeur de programme affichée : Invalid Date"]],
  ["Titulaire : null", ["valeur de programme affichée : null"]],
  ["Loading…", ["mot anglais affiché : Loading"]],
  ["Enregistrer · Cancel", ["mot anglais affiché : Cancel"]],
  ["Something went wrong", ["mot anglais affiché : Something went wrong"]],
  [
    "Saisine 0b9c6f1e-2f4a-4c1b-9d3e-5a6b7c8d9e0f",
    ["identifiant interne affiché : 0b9c6f1e-2f4a-4c1b-9d3e-5a6b7c8d9e0f"],
  ],
  [
    "les mesures constituent le niveau de référence (000, article 2)",
    ["numéro de document source affiché : (000"],
  ],
  ["comme le prévoit le contrat 004 art. 3", ["numéro de document source affiché : 004 art."]],
])("%s", (text, problems) => {
  expect(textProblems(text)).toEqual(problems);
});

test("French words that contain the program's words are not problems", () => {
  expect(
    textProblems(
      "Réunion annulée ; aucune pièce nulle part ; Nantes, Annecy ; BEG-2026-000001 ; 8 000 habitants ; 33000 Bordeaux ; (0,5 jour) ; Fermer ; Erreur ; Suivant ; Saisine close ; Action Close",
    ),
  ).toEqual([]);
});

import { describe, expect, test } from "vitest";
import { SAISINE_NATURES, SUB_DOMAIN_LETTERS } from "../contracts/annex.ts";
import { seedFacts } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";
import {
  cellAlternatives,
  cellMeansAnyone,
  functionMatchesCell,
  normaliseFunctionLabel,
} from "./function-labels.ts";

describe("normaliseFunctionLabel", () => {
  test.each([
    ["Directeur Général des Services", "directeur general des services"],
    ["DGS", "directeur general des services"],
    ["Directrice générale des services", "directeur general des services"],
    ["DGA de la commune", "directeur general adjoint"],
    ["Direction générale adjointe de la commune", "directeur general adjoint"],
    ["Directeur Général Adjoint de la commune", "directeur general adjoint"],
    ["Directrice générale adjointe des services", "directeur general adjoint"],
    ["Directeur général", "directeur general des services"],
    [
      "Référént en charge du suivi du contrat d'engagement",
      "responsable du suivi du contrat d engagement",
    ],
    [
      "Responsable de suivi du contrat d’engagement",
      "responsable du suivi du contrat d engagement",
    ],
    ["Référente en charge du suivi du contrat", "responsable du suivi du contrat d engagement"],
    ["Chef de projet - maîtrise d'usage", "chef de projet maitrise d usage"],
    ["Cheffe de projet – Maîtrise d’usage", "chef de projet maitrise d usage"],
    [
      "Chefs de service de la Direction des Infrastructures",
      "chef de service de la direction des infrastructures",
    ],
    ["Délégué à la protection des données (commune)", "delegue a la protection des donnees"],
    ["  Coordinateur   Moyens Généraux ", "coordinateur moyens generaux"],
    ["", ""],
  ])("%j → %j", (label, expected) => {
    expect(normaliseFunctionLabel(label)).toBe(expected);
  });
});

describe("cellAlternatives and cellMeansAnyone", () => {
  test.each([
    ["DGA / DGS", ["directeur general adjoint", "directeur general des services"]],
    [
      "Responsable de suivi du contrat d'engagement et Directeur Général des Services",
      ["responsable du suivi du contrat d engagement", "directeur general des services"],
    ],
    [
      "Directeur en charge de l'utilisateur / Coordinateur Moyens Généraux / Directeur général",
      [
        "directeur en charge de l utilisateur",
        "coordinateur moyens generaux",
        "directeur general des services",
      ],
    ],
    ["utilisateur (élu, agent, citoyen, ...)", ["utilisateur"]],
    [null, []],
  ])("%j", (cell, expected) => {
    expect(cellAlternatives(cell)).toEqual(expected);
  });

  test.each([
    ["utilisateur (élu, agent, citoyen, ...)", true],
    ["Utilisateur (élu, agent, citoyen, ...)", true],
    // The user's head of service is someone in particular, not anyone.
    ["Chef de service de l'utilisateur", false],
    ["Directeur en charge de l'utilisateur", false],
    [null, false],
  ])("%j means anyone: %s", (cell, expected) => {
    expect(cellMeansAnyone(cell)).toBe(expected);
  });
});

describe("functionMatchesCell", () => {
  test.each([
    [["Agent"], "utilisateur (élu, agent, citoyen, ...)", true],
    [[], "utilisateur (élu, agent, citoyen, ...)", true],
    [["Directeur général des services"], "DGS", true],
    [["Directeur général adjoint"], "DGS", false],
    [["Agent", "Directrice générale des services"], "DGS", true],
    [["Chef de service état civil"], "Chef de service de l'utilisateur", true],
    [["Responsable de service jeunesse"], "Chef de service en charge de l'application", true],
    [["Agent"], "Chef de service de l'utilisateur", false],
    [["Directrice des finances"], "Directeur métier", true],
    [["Directeur général des services"], "Directeur en charge de l'application", true],
    [["Chef de service état civil"], "Directeur en charge de l'application", false],
    [["Responsable applicatif métier"], "Responsable applicatif métier", true],
    [["Responsable applicatif"], "Responsable applicatif métier", false],
    [["Chef de projet - maîtrise d'usage"], "Comitologie projets spécifique", false],
    [["Directeur général des services"], null, false],
  ])("%j for %j → %s", (functions, cell, expected) => {
    expect(functionMatchesCell(functions, cell)).toBe(expected);
  });

  // Whatever a deliberation typed, someone holding exactly the post it names must match it.
  const cells = seedFacts()
    .communes.flatMap((commune) => {
      const annex = annexFromSeedFacts(commune);
      return SAISINE_NATURES.flatMap((nature) =>
        SUB_DOMAIN_LETTERS.map((letter) => [
          `${annex.commune.slug} ${nature} ${letter}`,
          annex.saisineMatrix[nature][letter].communeFunction,
        ]),
      );
    })
    .filter((entry): entry is [string, string] => entry[1] !== null);

  test("the reference data has 142 commune cells that name someone", () => {
    expect(cells).toHaveLength(142);
  });

  test.each(cells)("%s: each post of « %s » matches the cell", (_where, cell) => {
    for (const alternative of cell.replace(/\([^)]*\)/g, "").split(/\s*\/\s*|\s+(?:ou|et)\s+/i)) {
      expect(functionMatchesCell([alternative], cell)).toBe(true);
    }
  });
});

/**
 * routeSaisine on the communes' real matrices (seed 004): who on the shared service's side a
 * saisine goes to, and whether its filer is the one the annex names.
 */
import { describe, expect, test } from "vitest";
import type { SaisineNature, SubDomainLetter } from "../contracts/annex.ts";
import { seedFactsAnnex } from "../seed-facts/seed-facts.fixture.ts";
import { routeSaisine } from "./routing.ts";
import type { SaisineType } from "./vocabulary.ts";

type RouteCase = [
  slug: string,
  nature: SaisineNature,
  subDomain: SubDomainLetter,
  type: SaisineType,
  functions: string[],
  expected: { shared: string; flagged: boolean; proximity: boolean },
];

// Every cell quoted below is the commune's real matrix (communes.json, seed 004).
const routeCases: RouteCase[] = [
  // "utilisateur (élu, agent, citoyen, ...)" means anyone, even someone without a known function.
  [
    "begles",
    "ordinaire",
    "C",
    "incident",
    ["Agent"],
    { shared: "Centre d'appel", flagged: false, proximity: true },
  ],
  [
    "begles",
    "ordinaire",
    "C",
    "demande",
    [],
    { shared: "Centre d'appel", flagged: false, proximity: false },
  ],
  [
    "le-haillan",
    "ordinaire",
    "C",
    "conseil",
    ["Agent"],
    { shared: "Centre d'appel", flagged: false, proximity: false },
  ],
  // Bordeaux types "Référént en charge du suivi…"; the directory says "Responsable du suivi…".
  [
    "bordeaux",
    "ordinaire",
    "A",
    "conseil",
    ["Responsable du suivi du contrat d'engagement"],
    {
      shared:
        "Responsable du service commun en charge du contact avec la commune concernée (Direction des Systèmes d'information actuelle pendant la phase de transition)",
      flagged: false,
      proximity: false,
    },
  ],
  [
    "begles",
    "ordinaire",
    "A",
    "demande",
    ["Directrice générale des services"],
    {
      shared:
        "Responsable du service commun en charge du contact avec la commune concernée (DSI actuel pendant la phase de transition)",
      flagged: true,
      proximity: false,
    },
  ],
  [
    "ambares-et-lagrave",
    "ordinaire",
    "A",
    "demande",
    ["DGS"],
    {
      shared:
        "Responsable du service commun en charge du contact avec la commune concernée (Direction des systèmes d'information actuel pendant la phase de transition)",
      flagged: false,
      proximity: false,
    },
  ],
  // Three spellings of the DGA.
  [
    "bordeaux",
    "urgence",
    "A",
    "incident",
    ["Directeur général adjoint"],
    { shared: "adjoints au Directeur général du service commun", flagged: false, proximity: false },
  ],
  [
    "begles",
    "urgence",
    "A",
    "incident",
    ["Directrice générale adjointe"],
    { shared: "Adjoints au Directeur Général du service commun", flagged: false, proximity: false },
  ],
  [
    "merignac",
    "urgence",
    "A",
    "demande",
    ["DGA"],
    { shared: "Adjoints au Directeur Général du service commun", flagged: false, proximity: false },
  ],
  [
    "merignac",
    "urgence",
    "A",
    "demande",
    ["Directeur général des services"],
    { shared: "Adjoints au Directeur Général du service commun", flagged: true, proximity: false },
  ],
  // Alternatives: "DGA / DGS", "… et Directeur Général des Services", "… / Directeur général".
  [
    "pessac",
    "exceptionnelle",
    "B",
    "demande",
    ["Directeur général adjoint"],
    { shared: "Adjoint DG en charge des programmes numériques", flagged: false, proximity: false },
  ],
  [
    "pessac",
    "exceptionnelle",
    "B",
    "demande",
    ["Chef de projet - maîtrise d'usage"],
    { shared: "Adjoint DG en charge des programmes numériques", flagged: true, proximity: false },
  ],
  [
    "le-bouscat",
    "exceptionnelle",
    "C",
    "incident",
    ["Responsable de suivi du contrat d'engagement"],
    {
      shared: "Directeur de l'assistance et de l'offre de service",
      flagged: false,
      proximity: true,
    },
  ],
  [
    "le-bouscat",
    "exceptionnelle",
    "D",
    "incident",
    ["Directeur général des services"],
    {
      shared: "Adjoint au Directeur général en charge de la stratégie et des SI",
      flagged: false,
      proximity: true,
    },
  ],
  [
    "le-taillan-medoc",
    "urgence",
    "C",
    "incident",
    ["Coordinatrice moyens généraux"],
    { shared: "Chef de service centre d'appel et pilotage", flagged: false, proximity: true },
  ],
  [
    "le-taillan-medoc",
    "exceptionnelle",
    "C",
    "demande",
    ["Directeur général des services"],
    {
      shared: "Directeur de l'assistance et de l'offre de service",
      flagged: false,
      proximity: false,
    },
  ],
  // Posts relative to the user or application: any head of service, any director.
  [
    "begles",
    "urgence",
    "C",
    "incident",
    ["Chef de service état civil"],
    { shared: "Chef de service centre d'appel et pilotage", flagged: false, proximity: true },
  ],
  [
    "begles",
    "urgence",
    "D",
    "incident",
    ["Agent"],
    { shared: "Directeur des Infrastructures et de la Production", flagged: true, proximity: true },
  ],
  [
    "bruges",
    "urgence",
    "D",
    "incident",
    ["Cheffe de service finances"],
    {
      shared: "Directeur des Infrastructures et de la Production",
      flagged: false,
      proximity: true,
    },
  ],
  [
    "bordeaux",
    "urgence",
    "B",
    "demande",
    ["Directrice de l'éducation"],
    { shared: "Directeur des programmes numériques concerné", flagged: false, proximity: false },
  ],
  [
    "carbon-blanc",
    "exceptionnelle",
    "C",
    "incident",
    ["Directeur des sports"],
    {
      shared: "Directeur de l'assistance et de l'offre de service",
      flagged: false,
      proximity: true,
    },
  ],
  [
    "pessac",
    "ordinaire",
    "D",
    "incident",
    ["Chef de projet - maîtrise d'usage"],
    {
      shared: "Chefs de service de la Direction des Infrastructures et de la Production",
      flagged: true,
      proximity: true,
    },
  ],
  [
    "pessac",
    "ordinaire",
    "B",
    "demande",
    ["Agent", "Chef de projet - maîtrise d'usage"],
    { shared: "Chef de projet service commun", flagged: false, proximity: false },
  ],
  // A committee, not a post: nobody's function matches it.
  [
    "blanquefort",
    "urgence",
    "B",
    "incident",
    ["Chef de projet - maîtrise d'usage"],
    { shared: "Comitologie projets spécifique", flagged: true, proximity: false },
  ],
  [
    "saint-aubin-de-medoc",
    "urgence",
    "D",
    "incident",
    ["Directeur Général des services"],
    {
      shared: "Directeur des Infrastructures et de la Production",
      flagged: false,
      proximity: true,
    },
  ],
  // Exceptional saisines are out of the contract: routed even where the sub-domain is not mutualised.
  [
    "saint-aubin-de-medoc",
    "exceptionnelle",
    "A",
    "conseil",
    ["Directeur général des services"],
    { shared: "Directeur Général du service commun", flagged: false, proximity: false },
  ],
];

describe("routeSaisine — real matrices of seed 004", () => {
  test.each(routeCases)(
    "%s, %s %s %s by %j",
    (slug, nature, subDomain, type, functions, expected) => {
      const route = routeSaisine(
        seedFactsAnnex(slug),
        { nature, subDomain, type },
        { functionLabels: functions },
      );
      expect(route.sharedServiceFunction).toBe(expected.shared);
      expect(route.needsQualification).toBe(expected.flagged);
      expect(route.proximityCentre).toBe(expected.proximity);
      expect(route.communeFunction).toBe(
        seedFactsAnnex(slug).saisineMatrix[nature][subDomain].communeFunction,
      );
      if (expected.flagged) expect(route.reason).toMatch(/à qualifier/);
      else expect(route.reason).toBeUndefined();
    },
  );

  test("the reason a flagged saisine gives names the cell and the filer's functions", () => {
    const route = routeSaisine(
      seedFactsAnnex("begles"),
      { nature: "urgence", subDomain: "D", type: "incident" },
      { functionLabels: ["Agent"] },
    );
    expect(route.reason).toBe(
      "Pour une saisine en urgence du sous-domaine D, l'annexe de Bègles désigne « Chef de service en charge de l'application » ; le déposant a « Agent ». Saisine acceptée, à qualifier par le centre d'appel.",
    );
  });
});

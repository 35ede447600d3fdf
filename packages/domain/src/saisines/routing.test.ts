/**
 * routeSaisine's refusals (what an annex cannot route); the annex in force on the filing day is
 * picked by the API (tested there). The routing of the real matrices is in routing.matrix.test.ts.
 */
import { describe, expect, test } from "vitest";
import type { SaisineNature, SubDomainLetter } from "../contracts/annex.ts";
import { seedFactsAnnex } from "../seed-facts/seed-facts.fixture.ts";
import { routeSaisine, SaisineRoutingError } from "./routing.ts";

type ErrorCase = [slug: string, nature: string, subDomain: string, code: string, message: RegExp];
const errorCases: ErrorCase[] = [
  [
    "blanquefort",
    "exceptionnelle",
    "B",
    "cellule-vide",
    /^L'annexe de Blanquefort ne désigne aucun interlocuteur du service commun pour une saisine exceptionnelle du sous-domaine B \(/,
  ],
  ["le-haillan", "exceptionnelle", "B", "cellule-vide", /Le Haillan/],
  [
    "saint-aubin-de-medoc",
    "ordinaire",
    "A",
    "sous-domaine-non-mutualise",
    /n'a pas mutualisé le sous-domaine A .*sauf par une saisine exceptionnelle\.$/,
  ],
  [
    "le-taillan-medoc",
    "urgence",
    "A",
    "sous-domaine-non-mutualise",
    /^Le Taillan-Médoc n'a pas mutualisé/,
  ],
  ["begles", "grave", "C", "nature-inconnue", /^Nature de saisine inconnue \(«\sgrave\s»\)/],
  ["begles", "ordinaire", "E", "sous-domaine-inconnu", /^Sous-domaine inconnu \(«\sE\s»\)/],
];

describe("routeSaisine — saisines the annex cannot route", () => {
  test.each(errorCases)("%s, %s %s → %s", (slug, nature, subDomain, code, message) => {
    const attempt = () =>
      routeSaisine(
        seedFactsAnnex(slug),
        {
          nature: nature as SaisineNature,
          subDomain: subDomain as SubDomainLetter,
          type: "demande",
        },
        { functionLabels: ["Directeur général des services"] },
      );
    expect(attempt).toThrow(SaisineRoutingError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as SaisineRoutingError).code).toBe(code);
    }
  });

  test("a cell naming nobody on the commune side is routed, flagged", () => {
    const annex = structuredClone(seedFactsAnnex("begles"));
    annex.saisineMatrix.urgence.B.communeFunction = null;
    const route = routeSaisine(
      annex,
      { nature: "urgence", subDomain: "B", type: "demande" },
      { functionLabels: ["DGS"] },
    );
    expect(route).toMatchObject({ communeFunction: null, needsQualification: true });
    expect(route.reason).toMatch(
      /ne dit pas qui, à la commune, dépose une saisine en urgence du sous-domaine B/,
    );
  });
});

import { describe, expect, test } from "vitest";
import { FICHE_SECTIONS, FICHE_TEXT_KEYS, type FicheHeading, ficheProjetSchema } from "./fiche.ts";
import { fileProjectInput } from "./inputs.ts";

/** A fiche as Carbon-Blanc's technical services would file it (seed 002 annex 3's headings). */
const begleFiche = {
  leadDepartment: "Services techniques",
  projectType: "transversal",
  origin: "Demandes d'intervention reçues par courriel et par téléphone, sans suivi.",
  requester: "Le directeur des services techniques.",
  stakes: "Un suivi des demandes des habitants et des services, des délais tenus.",
  nature: "Projet avec un volet organisation (circuit des demandes).",
  description: "Outil de gestion des demandes d'intervention, ouvert aux services.",
  planning: "Déploiement au premier trimestre, par service.",
  budget: "15 000 € au PPI, subvention régionale escomptée.",
  objectives: "Direction : traçabilité ; utilisateurs : une seule saisie.",
  constraints: "Astreintes des services techniques.",
  successConditions: "Chaque service désigne un référent.",
  followUpIndicators: "Délai moyen de traitement des demandes.",
};

describe("the fiche projet (002 annex 3)", () => {
  test("a complete fiche is accepted, the optional « Incertitudes » left out", () => {
    const parsed = ficheProjetSchema.parse(begleFiche);
    expect(parsed.uncertainties).toBeUndefined();
    expect(parsed.origin).toBe(begleFiche.origin);
  });

  test("every heading of the annex is a key of the fiche, in the annex's order", () => {
    const keys = FICHE_SECTIONS.flatMap((s) => s.headings.map((h) => h.key));
    expect(keys).toEqual([...FICHE_TEXT_KEYS]);
  });

  const headings: readonly FicheHeading[] = FICHE_SECTIONS.flatMap(
    (s): readonly FicheHeading[] => s.headings,
  );
  const required = headings.filter((h) => h.required);
  test.each(required.map((h) => [h.key, h.label] as const))(
    "without « %s » the fiche is refused, naming the heading",
    (key, label) => {
      for (const value of [undefined, "", "   "]) {
        const result = ficheProjetSchema.safeParse({ ...begleFiche, [key]: value });
        expect(result.success).toBe(false);
        const issue = result.error?.issues.find((i) => i.path[0] === key);
        expect(issue?.message).toBe(`Rubrique « ${label} » requise.`);
      }
    },
  );

  test("a heading past 5 000 characters is refused; 5 000 exactly is accepted", () => {
    expect(ficheProjetSchema.safeParse({ ...begleFiche, stakes: "a".repeat(5000) }).success).toBe(
      true,
    );
    const long = ficheProjetSchema.safeParse({ ...begleFiche, stakes: "a".repeat(5001) });
    expect(long.error?.issues[0]?.message).toBe(
      "Rubrique « Les enjeux » trop longue (5 000 caractères au plus).",
    );
  });

  test("the project type is sectoriel or transversal", () => {
    const result = ficheProjetSchema.safeParse({ ...begleFiche, projectType: "autre" });
    expect(result.error?.issues[0]?.message).toMatch(/sectoriel ou transversal/);
  });

  test("filing needs a title and a scope of the digital plan", () => {
    const result = fileProjectInput.safeParse({ title: "Ré", fiche: begleFiche });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain("Donnez un intitulé au projet (3 caractères au moins).");
    expect(messages).toContain("Choisissez la portée du projet.");
  });
});

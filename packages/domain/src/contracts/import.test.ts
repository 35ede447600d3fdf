import { describe, expect, test } from "vitest";
import { parseAnnexImport } from "./import.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";

const valid = () =>
  structuredClone(annexFromSeedFacts(seedFactsCommune("bruges"))) as Record<string, unknown> &
    ReturnType<typeof annexFromSeedFacts>;

function problemsOf(json: unknown) {
  const result = parseAnnexImport(json);
  if (result.ok) throw new Error("import unexpectedly accepted");
  return result.problems;
}

describe("parseAnnexImport", () => {
  test("accepts a valid annex and returns it typed", () => {
    const result = parseAnnexImport(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.annex.applications).toHaveLength(63);
  });

  test("refuses something that is not an annex, in French", () => {
    expect(problemsOf(null)).toEqual([
      { path: "", message: "Valeur invalide : un ensemble de champs est attendu." },
    ]);
  });

  test("lists every problem of a file at once, each with its field path", () => {
    const annex = valid();
    annex.effectiveFrom = "2018-07-32";
    annex.commune.slug = "Bruges ";
    const [first, second] = annex.indicators;
    if (!first || !second) throw new Error("fixture");
    first.code = "trois";
    second.target = { kind: "agreed" } as never;
    annex.saisineMatrix.urgence.B = { communeFunction: 3 } as never;
    if (annex.supportHours.parsed)
      annex.supportHours.parsed.mon = [
        ["08:30", "12:00"],
        ["11:00", "17:00"],
      ];
    if (annex.supportHours.parsed) annex.supportHours.parsed.tue = [["18:00", "08:00"]];
    annex.rgpd.dpoShared = "oui" as never;
    annex.rgpd.breachesHandledBy = "prestataire" as never;
    const apps = annex.applications ?? [];
    if (apps[0]) apps[0].responsibility = "ville" as never;
    annex.projectDaysPerYear = -5;
    annex.subDomains.C.activities.push("  ");
    delete (annex as Record<string, unknown>).governance;

    const problems = problemsOf(annex);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath).toMatchObject({
      effectiveFrom: expect.stringMatching(/Date invalide/),
      "commune.slug": expect.stringMatching(/Identifiant invalide/),
      "indicators.0.code": expect.stringMatching(/Code d'indicateur invalide/),
      "indicators.1.target.kind": expect.stringMatching(/Cible invalide/),
      "saisineMatrix.urgence.B.communeFunction": expect.stringMatching(
        /Texte attendu, ou aucune valeur/,
      ),
      "saisineMatrix.urgence.B.sharedServiceFunction": expect.stringMatching(
        /Texte attendu, ou aucune valeur/,
      ),
      "supportHours.parsed.mon": expect.stringMatching(/se chevauchent/),
      "supportHours.parsed.tue.0": expect.stringMatching(/L'heure de début doit précéder/),
      "rgpd.dpoShared": expect.stringMatching(/Vrai, faux ou aucune valeur attendue/),
      "rgpd.breachesHandledBy": expect.stringMatching(
        /«\scommune\s», «\smetropole\s» ou aucune valeur attendue/,
      ),
      "applications.0.responsibility": expect.stringMatching(/Responsabilité inconnue/),
      projectDaysPerYear: expect.stringMatching(/ne peut pas être négatif/),
      // Bruges' C holds 6 model activities and 3 of its own: the blank one is the 10th.
      "subDomains.C.activities.9": expect.stringMatching(/ne peut pas être vide/),
      governance: "Champ obligatoire.",
    });
    // Every message is French: no English zod default slipped through.
    for (const problem of problems) expect(problem.message).not.toMatch(/expected|Invalid/);
  });

  test.each([
    {
      name: "an indicator code twice",
      edit: (a: ReturnType<typeof valid>) => {
        const copy = a.indicators[0];
        if (copy) a.indicators.push({ ...copy });
      },
      path: "indicators.11.code",
      message: /Indicateur 1\.1\.1 en double \(déjà en position 1\)/,
    },
    {
      name: "an indicator under the wrong engagement",
      edit: (a: ReturnType<typeof valid>) => {
        const indicator = a.indicators.find((i) => i.code === "3.3.1");
        if (indicator) indicator.engagement = "3.2";
      },
      path: "indicators.6.engagement",
      message: /ne relève pas de l'engagement 3\.2/,
    },
    {
      name: "an engagement missing from the list",
      edit: (a: ReturnType<typeof valid>) => {
        a.engagements = a.engagements.filter((e) => e.code !== "4.2");
      },
      path: "indicators.9.engagement",
      message: /Engagement 4\.2 absent/,
      // 4.2.1 and 4.2.2 both hang on the missing engagement.
      alsoPath: "indicators.10.engagement",
    },
    {
      name: "an application twice",
      edit: (a: ReturnType<typeof valid>) => {
        const first = a.applications?.[0];
        if (first) a.applications?.push({ ...first });
      },
      path: "applications.63.name",
      message: /Application «\s7-Zip\s» en double/,
    },
    {
      name: "an effective date before the contract",
      edit: (a: ReturnType<typeof valid>) => {
        a.effectiveFrom = "2015-01-01";
      },
      path: "effectiveFrom",
      message: /précède la signature du contrat/,
    },
  ])("cross-field rule: $name", ({ edit, path, message, alsoPath }) => {
    const annex = valid();
    edit(annex);
    const paths = alsoPath ? [path, alsoPath] : [path];
    expect(problemsOf(annex)).toEqual(
      paths.map((p) => ({ path: p, message: expect.stringMatching(message) })),
    );
  });

  test("source flaws are not import problems: template text and unstated days pass", () => {
    const carbonBlanc = annexFromSeedFacts(seedFactsCommune("carbon-blanc"));
    expect(parseAnnexImport(carbonBlanc).ok).toBe(true);
    const begles = annexFromSeedFacts(seedFactsCommune("begles"));
    expect(begles.supportHours.parsed?.tue).toBeNull();
    expect(parseAnnexImport(begles).ok).toBe(true);
  });
});

import { describe, expect, test } from "vitest";
import { parseAnnexImport } from "../contracts/import.ts";
import { seedFactsCommune, seedFacts } from "./seed-facts.fixture.ts";
import { annexFromSeedFacts } from "./annex.ts";
import { SeedFactsImportError } from "./errors.ts";

describe("annexFromSeedFacts — every commune of communes.json", () => {
  const communes = seedFacts().communes;

  test("the seed facts hold the 12 communes of seed 004", () => {
    expect(communes).toHaveLength(12);
  });

  test.each(communes.map((c) => [c.slug, c] as const))(
    "%s imports into a valid annex that re-validates as an import",
    (slug, commune) => {
      const annex = annexFromSeedFacts(commune);
      expect(annex.commune.slug).toBe(slug);
      expect(annex.origin.kind).toBe("amendment");
      expect(annex.effectiveFrom).toMatch(/^2018-07-0[19]$/);
      // What the seed can import, an import file must accept unchanged.
      const roundTrip = parseAnnexImport(JSON.parse(JSON.stringify(annex)));
      expect(roundTrip).toEqual({ ok: true, annex });
      expect(annex.unassigned).toEqual({ activities: [], exclusions: [] });
    },
  );
});

describe("annexFromSeedFacts — Bègles, 2016 original (seed 000) and 2018 RGPD (seed 004)", () => {
  const begles = seedFactsCommune("begles");
  const current = annexFromSeedFacts(begles);
  const original = annexFromSeedFacts(begles, "original");

  test("the 2018 annex comes from avenant n°3, effective 1 July 2018, signed by the 2018 mayor", () => {
    expect(current.origin).toEqual({
      kind: "amendment",
      number: 3,
      subject: "RGPD – révision de l'annexe « Numérique et systèmes d'information »",
    });
    expect(current.effectiveFrom).toBe("2018-07-01");
    // The amendment was never dated in the deliberation ("Fait à Bordeaux, le ____").
    expect(current.signedOn).toBeNull();
    expect(current.parties.commune.signatory).toEqual({
      name: "Clément Rossignol Puech",
      role: "Maire",
    });
    expect(current.rgpd).toEqual({
      dpoShared: true,
      breachesHandledBy: "metropole",
      dataSubjectRequestsHandledBy: "metropole",
      subProcessorSelection: "délégation générale à Bordeaux Métropole",
      legacyProcessingInventoryDue: "2018-12-31",
    });
  });

  test("the original annex is the contract of 15 February 2016, signed by Noël Mamère, without RGPD", () => {
    expect(original.origin).toEqual({ kind: "contract" });
    expect(original.signedOn).toBe("2016-02-15");
    expect(original.effectiveFrom).toBe("2016-02-15");
    expect(original.parties.commune.signatory.name).toBe("Noël Mamère");
    expect(original.parties.metropole.signatory.name).toBe("Alain Juppé");
    expect(Object.values(original.rgpd).every((value) => value === null)).toBe(true);
    expect(original.source.file).toBe("000_6713b2c9c8939032.txt");
  });

  test("1.1.1's source reads 'Livrable' in 2016 and the 2018 misprint 'Livable' is kept", () => {
    const source = (annex: typeof current) =>
      annex.indicators.find((indicator) => indicator.code === "1.1.1")?.source;
    expect(source(original)).toBe("Livrable");
    expect(source(current)).toBe("Livable");
  });

  test("exclusions land in their sub-domains (website → B, copiers and printing → C, low voltage → D)", () => {
    expect(current.subDomains.A.exclusions).toEqual([]);
    expect(current.subDomains.B.exclusions).toEqual([expect.stringContaining("site internet")]);
    expect(current.subDomains.C.exclusions).toEqual([
      expect.stringContaining("copieurs multifonction"),
      expect.stringContaining("Services d'impression"),
    ]);
    expect(current.subDomains.D.exclusions).toEqual([expect.stringContaining("courants faibles")]);
  });

  test("support hours keep Tuesday and Wednesday unstated, as the source skips them", () => {
    expect(current.supportHours.parsed).toEqual({
      mon: [["08:30", "18:30"]],
      tue: null,
      wed: null,
      thu: [["08:30", "17:00"]],
      fri: [["08:30", "17:00"]],
      sat: null,
      sun: null,
    });
    expect(current.supportHours.notes[0]).toContain("Tuesday and Wednesday");
  });

  test("source issues located in Bègles' lines stay visible on both versions, nobody else's", () => {
    const { sourceIssues } = seedFacts();
    const withIssues = annexFromSeedFacts(begles, "current", { sourceIssues });
    const notes = withIssues.sourceIssues.map((issue) => issue.note);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Clément Rossignol Puech"),
        expect.stringContaining("skip Tuesday and Wednesday"),
      ]),
    );
    expect(notes.some((note) => note.includes("Pessac"))).toBe(false);
    const originalIssues = annexFromSeedFacts(begles, "original", { sourceIssues }).sourceIssues;
    expect(originalIssues.every((issue) => issue.file?.includes("000"))).toBe(true);
    expect(originalIssues).toHaveLength(2);
  });
});

describe("annexFromSeedFacts — observed levels and targets as the cells word them", () => {
  const cases: Array<{
    slug: string;
    code: string;
    observed: "null" | "text";
    target: { kind: string; dueYear?: number };
    templateNote?: boolean;
  }> = [
    {
      slug: "begles",
      code: "3.3.1",
      observed: "null",
      target: { kind: "to-define-jointly", dueYear: 2016 },
    },
    { slug: "begles", code: "4.2.1", observed: "text", target: { kind: "to-define-jointly" } },
    { slug: "begles", code: "1.1.1", observed: "text", target: { kind: "to-define-jointly" } },
    // "un objectif sera défini un objectif sera défini conjointement" — the doubled words too.
    {
      slug: "blanquefort",
      code: "3.3.1",
      observed: "null",
      target: { kind: "to-define-jointly", dueYear: 2017 },
    },
    {
      slug: "le-haillan",
      code: "4.2.2",
      observed: "null",
      target: { kind: "to-define-jointly", dueYear: 2017 },
      templateNote: true,
    },
    {
      slug: "le-bouscat",
      code: "3.3.2",
      observed: "null",
      target: { kind: "to-define-jointly", dueYear: 2016 },
    },
    { slug: "le-bouscat", code: "3.3.1", observed: "text", target: { kind: "to-define-jointly" } },
    {
      slug: "merignac",
      code: "2.1.1",
      observed: "text",
      target: { kind: "to-define-jointly" },
      templateNote: true,
    },
    {
      slug: "carbon-blanc",
      code: "3.1.1",
      observed: "null",
      target: { kind: "to-define-jointly" },
    },
    {
      slug: "carbon-blanc",
      code: "4.2.2",
      observed: "text",
      target: { kind: "to-define-jointly" },
      templateNote: true,
    },
  ];

  test.each(cases)("$slug $code: observed $observed, target $target.kind $target.dueYear", (c) => {
    const annex = annexFromSeedFacts(seedFactsCommune(c.slug));
    const indicator = annex.indicators.find((i) => i.code === c.code);
    expect(indicator).toBeDefined();
    if (c.observed === "null") expect(indicator?.observedLevel).toBeNull();
    else expect(indicator?.observedLevel).toBe(indicator?.observedLevelAsWritten);
    expect(indicator?.observedLevelAsWritten).not.toBeNull();
    expect(indicator?.target).toEqual(c.target);
    expect(indicator?.notes.some((n) => n.includes("template"))).toBe(c.templateNote ?? false);
  });

  test("periodicities are read from the wording", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("begles"));
    const byCode = new Map(annex.indicators.map((i) => [i.code, i.periodicityOptions]));
    expect(byCode.get("3.3.1")).toEqual(["monthly", "quarterly"]);
    expect(byCode.get("1.1.1")).toEqual(["annual"]);
  });
});

describe("annexFromSeedFacts — communes whose annex departs from the model", () => {
  test("Le Taillan-Médoc: 3 sub-domains printed A–C map to B–D; A is not mutualised", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("le-taillan-medoc"));
    expect(annex.subDomains.A).toMatchObject({
      mutualised: false,
      letterAsWritten: null,
      activities: [],
    });
    expect(annex.subDomains.A.exclusions[0]).toContain("Co-construction");
    expect(annex.subDomains.B).toMatchObject({ mutualised: true, letterAsWritten: "A" });
    expect(annex.subDomains.C.letterAsWritten).toBe("B");
    expect(annex.subDomains.D.letterAsWritten).toBe("C");
    const projects = annex.indicators.find((i) => i.code === "2.1");
    expect(projects).toMatchObject({ subDomain: "B", subDomainAsWritten: "A" });
    // The matrix keeps the standard columns, including the commune role on the wrong side.
    expect(annex.saisineMatrix.ordinaire.A.communeFunction).not.toBeNull();
  });

  test("Blanquefort: the undivided and empty matrix cells stay as the source has them", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("blanquefort"));
    expect(annex.saisineMatrix.urgence.B).toEqual({
      communeFunction: "Comitologie projets spécifique",
      sharedServiceFunction: "Comitologie projets spécifique",
      note: "single undivided cell in source",
    });
    expect(annex.saisineMatrix.exceptionnelle.B.communeFunction).toBeNull();
    expect(annex.priorities[0]).toMatchObject({ title: "PRA", text: null });
  });

  test("Bruges: the application inventory keeps its 63 rows and the 26/37 split", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("bruges"));
    const apps = annex.applications ?? [];
    expect(apps).toHaveLength(63);
    expect(apps.filter((a) => a.responsibility === "shared-service")).toHaveLength(26);
    expect(apps.filter((a) => a.responsibility === "commune")).toHaveLength(37);
    expect(annex.subDomains.C.activities).toEqual(
      expect.arrayContaining([expect.stringContaining("consommables")]),
    );
    expect(annex.subDomains.B.exclusions[0]).toContain("Applications dont la Ville conserve");
  });

  test("Bordeaux: signed by a deputy mayor, RGPD amendment effective 9 July", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("bordeaux"));
    expect(annex.parties.commune.signatory).toEqual({
      name: "Nicolas Florian",
      role: "Maire-adjoint",
    });
    expect(annex.effectiveFrom).toBe("2018-07-09");
    expect(annex.subDomains.A.activities).toEqual(
      expect.arrayContaining([expect.stringContaining("Semaine Digitale")]),
    );
  });

  test("Le Haillan and Carbon-Blanc: placeholder hours give no parsed hours", () => {
    expect(annexFromSeedFacts(seedFactsCommune("le-haillan")).supportHours.parsed).toBeNull();
    expect(annexFromSeedFacts(seedFactsCommune("carbon-blanc")).supportHours.parsed).toBeNull();
  });

  test("Pessac keeps its on-call hours apart from support hours", () => {
    const annex = annexFromSeedFacts(seedFactsCommune("pessac"));
    expect(annex.supportHours.parsed?.mon).toEqual([["13:30", "19:00"]]);
    expect(annex.supportHours.onCall?.mon).toEqual([["08:30", "13:30"]]);
  });
});

describe("annexFromSeedFacts — refusals", () => {
  test("only Bègles has an original annex", () => {
    expect(() => annexFromSeedFacts(seedFactsCommune("pessac"), "original")).toThrow(
      /Aucune annexe d'origine.*Pessac/,
    );
  });

  test("an unreadable commune lists its problems in French", () => {
    try {
      annexFromSeedFacts({ name: "Nulle-part", slug: "nulle-part" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeedFactsImportError);
      const problems = (error as SeedFactsImportError).problems;
      expect(problems.map((p) => p.path)).toContain("saisineMatrix");
      expect(problems[0]?.message).toBe("Champ obligatoire.");
    }
  });

  test("an unknown application responsibility is refused, not guessed", () => {
    const bruges = structuredClone(seedFactsCommune("bruges")) as Record<string, unknown>;
    bruges.applications = [{ name: "X", responsibility: "prestataire" }];
    expect(() => annexFromSeedFacts(bruges)).toThrow(/Responsabilité d'application inconnue/);
  });
});

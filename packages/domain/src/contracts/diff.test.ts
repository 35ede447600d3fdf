import { describe, expect, test } from "vitest";
import type { Annex } from "./annex.ts";
import { diffAnnex } from "./diff.ts";
import { seedFactsCommune } from "../seed-facts/seed-facts.fixture.ts";
import { annexFromSeedFacts } from "../seed-facts/annex.ts";

const summary = (changes: ReturnType<typeof diffAnnex>) =>
  changes.map(({ kind, path, label }) => `${kind} ${path.join("/")} — ${label}`);

describe("diffAnnex — Bègles 2016 (seed 000) → 2018 RGPD amendment (seed 004), real data", () => {
  const begles = seedFactsCommune("begles");
  const original = annexFromSeedFacts(begles, "original");
  const current = annexFromSeedFacts(begles);
  const changes = diffAnnex(original, current);

  test("lists exactly what changed: origin, signatory, dates, the 1.1.1 misprint and the RGPD options", () => {
    expect(summary(changes)).toEqual([
      "changed origin — Origine de l'annexe modifiée",
      "changed parties/commune/signatory/name — Signataire de la commune modifié",
      "changed signedOn — Date de signature modifiée",
      "changed effectiveFrom — Date d'effet modifiée",
      "changed indicators/1.1.1/source — Source de suivi modifiée",
      "added rgpd/dpoShared — Option RGPD ajoutée : DPO mutualisé avec la Métropole",
      "added rgpd/breachesHandledBy — Option RGPD ajoutée : Gestion des violations de données",
      "added rgpd/dataSubjectRequestsHandledBy — Option RGPD ajoutée : Gestion des demandes des personnes concernées",
      "added rgpd/subProcessorSelection — Option RGPD ajoutée : Choix des sous-traitants",
      "added rgpd/legacyProcessingInventoryDue — Option RGPD ajoutée : Échéance de l'inventaire des traitements existants",
    ]);
  });

  test("carries the values on both sides", () => {
    expect(changes).toContainEqual({
      kind: "changed",
      path: ["parties", "commune", "signatory", "name"],
      label: "Signataire de la commune modifié",
      before: "Noël Mamère",
      after: "Clément Rossignol Puech",
    });
    expect(changes).toContainEqual({
      kind: "added",
      path: ["rgpd", "breachesHandledBy"],
      label: "Option RGPD ajoutée : Gestion des violations de données",
      after: "metropole",
    });
    expect(changes).toContainEqual({
      kind: "changed",
      path: ["effectiveFrom"],
      label: "Date d'effet modifiée",
      before: "2016-02-15",
      after: "2018-07-01",
    });
  });

  test("reversed, the RGPD options are removed", () => {
    const back = diffAnnex(current, original).filter((c) => c.path[0] === "rgpd");
    expect(back).toHaveLength(5);
    expect(
      back.every((c) => c.kind === "removed" && c.label.startsWith("Option RGPD retirée")),
    ).toBe(true);
  });

  test("an annex compared with itself has no change", () => {
    expect(diffAnnex(current, structuredClone(current))).toEqual([]);
  });
});

describe("diffAnnex — item by item on every part of an annex", () => {
  const before = annexFromSeedFacts(seedFactsCommune("bruges"));

  function edited(edit: (annex: Annex) => void): Annex {
    const copy = structuredClone(before);
    edit(copy);
    return copy;
  }

  const cases: Array<{ name: string; edit: (annex: Annex) => void; expected: object[] }> = [
    {
      name: "an activity added to C",
      edit: (a) => a.subDomains.C.activities.push("Gestion des imprimantes"),
      expected: [
        {
          kind: "added",
          path: ["subDomains", "C", "activities"],
          label: "Activité ajoutée",
          after: "Gestion des imprimantes",
        },
      ],
    },
    {
      name: "an exclusion lifted from D",
      edit: (a) => {
        a.subDomains.D.exclusions = [];
      },
      expected: [
        {
          kind: "removed",
          path: ["subDomains", "D", "exclusions"],
          label: "Exclusion retirée",
          before: expect.stringContaining("courants faibles"),
        },
      ],
    },
    {
      name: "activities reordered (no change of commitment)",
      edit: (a) => a.subDomains.B.activities.reverse(),
      expected: [],
    },
    {
      name: "a target agreed for 3.3.1",
      edit: (a) => {
        const indicator = a.indicators.find((i) => i.code === "3.3.1");
        if (indicator)
          indicator.target = { kind: "defined", value: "Prise en compte sous 4 heures ouvrées" };
      },
      expected: [
        {
          kind: "changed",
          path: ["indicators", "3.3.1", "target"],
          label: "Cible fixée",
          before: { kind: "to-define-jointly", dueYear: 2016 },
          after: { kind: "defined", value: "Prise en compte sous 4 heures ouvrées" },
        },
      ],
    },
    {
      name: "a first measure of 3.3.2",
      edit: (a) => {
        const indicator = a.indicators.find((i) => i.code === "3.3.2");
        if (indicator) indicator.observedLevel = "6 heures en moyenne";
      },
      expected: [
        {
          kind: "added",
          path: ["indicators", "3.3.2", "observedLevel"],
          label: "Niveau de service constaté mesuré",
          after: "6 heures en moyenne",
        },
      ],
    },
    {
      name: "an indicator dropped and one added",
      edit: (a) => {
        a.indicators = a.indicators.filter((i) => i.code !== "4.1.1");
        a.indicators.push({ ...(a.indicators[0] as Annex["indicators"][number]), code: "1.1.2" });
      },
      expected: [
        {
          kind: "removed",
          path: ["indicators"],
          label: "Indicateur retiré",
          before: expect.objectContaining({ code: "4.1.1" }),
        },
        {
          kind: "added",
          path: ["indicators"],
          label: "Indicateur ajouté",
          after: expect.objectContaining({ code: "1.1.2" }),
        },
      ],
    },
    {
      name: "a saisine cell reassigned",
      edit: (a) => {
        a.saisineMatrix.urgence.C.sharedServiceFunction = "Responsable du centre de proximité";
      },
      expected: [
        {
          kind: "changed",
          path: ["saisineMatrix", "urgence", "C", "sharedServiceFunction"],
          label: "Interlocuteur côté service commun modifié (saisine urgence, sous-domaine C)",
          before: "Chef de service centre d'appel et pilotage",
          after: "Responsable du centre de proximité",
        },
      ],
    },
    {
      name: "a priority added",
      edit: (a) =>
        a.priorities.push({
          title: "Téléphonie IP",
          text: null,
          nature: null,
          objective: "Migrer le PABX",
          stakes: null,
        }),
      expected: [
        {
          kind: "added",
          path: ["priorities"],
          label: "Priorité ajoutée",
          after: expect.objectContaining({ title: "Téléphonie IP" }),
        },
      ],
    },
    {
      name: "an RGPD option switched to the commune",
      edit: (a) => {
        a.rgpd.breachesHandledBy = "commune";
      },
      expected: [
        {
          kind: "changed",
          path: ["rgpd", "breachesHandledBy"],
          label: "Option RGPD modifiée : Gestion des violations de données",
          before: "metropole",
          after: "commune",
        },
      ],
    },
    {
      name: "Friday afternoons shortened",
      edit: (a) => {
        if (a.supportHours.parsed) a.supportHours.parsed.fri = [["08:30", "17:00"]];
      },
      expected: [
        {
          kind: "changed",
          path: ["supportHours", "parsed", "fri"],
          label: "Horaires d'assistance du vendredi modifiés",
          before: [["08:30", "18:00"]],
          after: [["08:30", "17:00"]],
        },
      ],
    },
    {
      name: "a governance body meeting more often",
      edit: (a) => {
        const body = a.governance.find((g) => g.body === "Comité de suivi du contrat d'engagement");
        if (body) body.frequency = "mensuel";
      },
      expected: [
        {
          kind: "changed",
          path: ["governance", "Comité de suivi du contrat d'engagement", "frequency"],
          label: "Fréquence de l'instance modifiée",
          before: "trimestriel",
          after: "mensuel",
        },
      ],
    },
    {
      name: "an application handed over to the shared service, another retired",
      edit: (a) => {
        const apps = a.applications ?? [];
        const magnolia = apps.find((app) => app.name === "MAGNOLIA");
        if (magnolia) magnolia.responsibility = "shared-service";
        a.applications = apps.filter((app) => app.name !== "ZUNE");
      },
      expected: [
        {
          kind: "changed",
          path: ["applications", "MAGNOLIA", "responsibility"],
          label: "Responsabilité de l'application modifiée",
          before: "commune",
          after: "shared-service",
        },
        {
          kind: "removed",
          path: ["applications"],
          label: "Application retirée",
          before: expect.objectContaining({ name: "ZUNE" }),
        },
      ],
    },
    {
      name: "project days raised",
      edit: (a) => {
        a.projectDaysPerYear = 150;
      },
      expected: [
        {
          kind: "changed",
          path: ["projectDaysPerYear"],
          label: "Jours projet par an modifiés",
          before: 130,
          after: 150,
        },
      ],
    },
    {
      name: "provenance only (source lines, import notes)",
      edit: (a) => {
        a.source.lines = [1, 2];
        a.sourceIssues.push({ note: "n", file: null, lines: [] });
      },
      expected: [],
    },
  ];

  test.each(cases)("$name", ({ edit, expected }) => {
    expect(diffAnnex(before, edited(edit))).toEqual(expected);
  });

  test("two different communes differ on many items, each labelled in French", () => {
    const changes = diffAnnex(before, annexFromSeedFacts(seedFactsCommune("le-bouscat")));
    expect(changes.length).toBeGreaterThan(60);
    expect(changes.filter((c) => c.label === "Application retirée")).toHaveLength(63);
    expect(changes.every((c) => c.label.length > 0 && c.path.length > 0)).toBe(true);
  });

  test("two real annexes are compared in well under 10 ms", () => {
    const other = annexFromSeedFacts(seedFactsCommune("bordeaux"));
    const runs = 50;
    const start = performance.now();
    for (let i = 0; i < runs; i++) diffAnnex(before, other);
    expect((performance.now() - start) / runs).toBeLessThan(10);
  });
});

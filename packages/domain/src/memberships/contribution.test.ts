import { describe, expect, test } from "vitest";
import {
  type ContributionInput,
  ContributionInputError,
  computeContribution,
  contributionInputSchema,
  level1DaysAllowance,
} from "./contribution.ts";
import { redonTariff2022 as tariff } from "./redon-tariff.ts";

const sum = (lines: { cents: number }[]) => lines.reduce((total, line) => total + line.cents, 0);

describe("computeContribution — worked examples of seed 002 art. 7", () => {
  test("socle complet, 2 355 inhabitants: 2 000 € + 2 355 × 1,5 € = 5 532,50 € every year", () => {
    const result = computeContribution(tariff, { population: 2355, subscription: "socle-complet" });
    expect(result).toEqual({
      firstYearCents: 553_250,
      followingYearsCents: 553_250,
      needsReview: false,
      lines: [
        {
          label: "Socle complet – part fixe (tranche « de 1500 à moins de 3000 »)",
          cents: 200_000,
        },
        { label: "Socle complet – part variable (2 355 hab. × 1,50 €)", cents: 353_250 },
      ],
    });
  });

  test("audit (3 500 €) then socle complet later in the year: 2 032,50 € then 5 532,50 €", () => {
    const audit = computeContribution(tariff, { population: 2355, subscription: "audit" });
    expect(audit.firstYearCents).toBe(350_000);
    // Charged once, on delivery of the report.
    expect(audit.followingYearsCents).toBe(0);

    const socle = computeContribution(tariff, {
      population: 2355,
      subscription: "socle-complet",
      auditInvoicedOn: "2024-03-01",
      joinedOn: "2024-06-15",
    });
    expect(socle.firstYearCents).toBe(203_250);
    expect(socle.followingYearsCents).toBe(553_250);
    expect(socle.lines.at(-1)).toEqual({
      label:
        "Déduction de l'audit facturé le 2024-03-01 (adhésion dans les 6 mois, jusqu'au 2024-09-01)",
      cents: -350_000,
    });
  });

  test("Redon, purchasing groups over 8 000 inhabitants: 3 500 € + 0,25 €/hab., « environ 6 000 € »", () => {
    // 9 500 is the rounded demo population of communes.json, not a seed figure.
    const result = computeContribution(tariff, {
      population: 9500,
      subscription: "groupement-achats",
    });
    expect(result.firstYearCents).toBe(587_500);
    expect(result.followingYearsCents).toBe(587_500);
    expect(result.needsReview).toBe(false);
  });

  test("audit + purchasing groups: cumulated the first year, purchasing groups only afterwards", () => {
    const result = computeContribution(tariff, {
      population: 2355,
      subscription: "audit+groupement-achats",
    });
    expect(result.firstYearCents).toBe(350_000 + 125_000 + 58_875);
    expect(result.followingYearsCents).toBe(125_000 + 58_875);
  });

  test("extra level-1 half days: 200 € each, in the year priced only", () => {
    const result = computeContribution(tariff, {
      population: 2355,
      subscription: "socle-complet",
      extraHalfDays: 3,
    });
    expect(result.firstYearCents).toBe(553_250 + 60_000);
    expect(result.followingYearsCents).toBe(553_250);
    expect(result.lines.at(-1)?.label).toBe(
      "Prestations ponctuelles au-delà des 117 jours partagés (3 demi-journées × 200,00 €)",
    );
  });
});

describe("computeContribution — every tier boundary, as the tables word them", () => {
  // [population, socle complet fixed part, audit price, purchasing-groups fixed part, review?]
  const rows: Array<[number, number, number, number, boolean]> = [
    [0, 150_000, 99_000, 75_000, false],
    [1, 150_000, 99_000, 75_000, false],
    [1499, 150_000, 99_000, 75_000, false],
    [1500, 200_000, 350_000, 125_000, false],
    [1501, 200_000, 350_000, 125_000, false],
    [2999, 200_000, 350_000, 125_000, false],
    [3000, 250_000, 700_000, 200_000, false],
    [3001, 250_000, 700_000, 200_000, false],
    [7999, 250_000, 700_000, 200_000, false],
    // "De 3000 à 8000": 8 000 itself is inside; "Plus de 8000" starts at 8 001.
    [8000, 250_000, 700_000, 200_000, false],
    [8001, 250_000, 700_000, 350_000, true],
  ];

  test.each(rows)(
    "%i inhabitants: socle %i, audit %i, purchasing groups %i, review %s",
    (population, socle, audit, groups, review) => {
      const socleResult = computeContribution(tariff, {
        population,
        subscription: "socle-complet",
      });
      expect(socleResult.firstYearCents).toBe(socle + population * 150);
      expect(socleResult.needsReview).toBe(review);

      const auditResult = computeContribution(tariff, { population, subscription: "audit" });
      expect(auditResult.firstYearCents).toBe(audit);
      // The audit table has no row above 8 000 either: its price there is an estimate too.
      expect(auditResult.needsReview).toBe(review);

      const groupsResult = computeContribution(tariff, {
        population,
        subscription: "groupement-achats",
      });
      expect(groupsResult.firstYearCents).toBe(groups + population * 25);
      expect(groupsResult.needsReview).toBe(false);

      for (const result of [socleResult, auditResult, groupsResult]) {
        expect(sum(result.lines)).toBe(result.firstYearCents);
      }
    },
  );

  test("at 3 000 inhabitants the audit deduction consumes the whole first year (7 000 − 7 000)", () => {
    const result = computeContribution(tariff, {
      population: 3000,
      subscription: "socle-complet",
      auditInvoicedOn: "2024-01-10",
      joinedOn: "2024-02-10",
    });
    expect(result.firstYearCents).toBe(0);
    expect(result.followingYearsCents).toBe(700_000);
  });

  test("a commune with its own IT department needs the review whatever its size (art. 7.1 (*))", () => {
    const result = computeContribution(tariff, {
      population: 2355,
      subscription: "socle-complet",
      hasItService: true,
    });
    expect(result.needsReview).toBe(true);
    expect(result.firstYearCents).toBe(553_250);
  });
});

describe("computeContribution — the 6-month audit window (« n'excèdera pas 6 mois »)", () => {
  const cases: Array<[string, string, boolean]> = [
    ["2024-01-15", "2024-01-15", true],
    ["2024-01-15", "2024-07-15", true],
    ["2024-01-15", "2024-07-16", false],
    // Leap day audit: six months later is 29 August.
    ["2024-02-29", "2024-08-29", true],
    ["2024-02-29", "2024-08-30", false],
    // 31 August + 6 months: there is no 31 February; the window ends on the month's last day.
    ["2023-08-31", "2024-02-29", true],
    ["2023-08-31", "2024-03-01", false],
    ["2022-08-31", "2023-02-28", true],
    ["2022-08-31", "2023-03-01", false],
    // Across a year end.
    ["2024-09-30", "2025-03-30", true],
    ["2024-09-30", "2025-03-31", false],
  ];

  test.each(cases)(
    "audit invoiced %s, socle complet joined %s → deducted: %s",
    (auditInvoicedOn, joinedOn, deducted) => {
      const result = computeContribution(tariff, {
        population: 2355,
        subscription: "socle-complet",
        auditInvoicedOn,
        joinedOn,
      });
      expect(result.firstYearCents).toBe(deducted ? 203_250 : 553_250);
      expect(result.followingYearsCents).toBe(553_250);
      expect(sum(result.lines)).toBe(result.firstYearCents);
    },
  );
});

describe("computeContribution — invalid input is refused in French", () => {
  const base: ContributionInput = { population: 2355, subscription: "socle-complet" };
  const cases: Array<[string, unknown, string, RegExp]> = [
    ["negative population", { ...base, population: -1 }, "population", /négative/],
    ["fractional population", { ...base, population: 2355.5 }, "population", /entier/],
    ["population as text", { ...base, population: "2355" }, "population", /nombre/],
    ["population NaN", { ...base, population: Number.NaN }, "population", /nombre/],
    [
      "population beyond any commune's",
      { ...base, population: 2 ** 31 },
      "population",
      /10 millions/,
    ],
    [
      "unknown subscription",
      { ...base, subscription: "socle" },
      "subscription",
      /Formule inconnue/,
    ],
    ["negative half days", { ...base, extraHalfDays: -2 }, "extraHalfDays", /négatif/],
    ["fractional half days", { ...base, extraHalfDays: 0.5 }, "extraHalfDays", /entier/],
    [
      "impossible date",
      { ...base, auditInvoicedOn: "2023-02-29", joinedOn: "2023-03-01" },
      "auditInvoicedOn",
      /Date invalide/,
    ],
    [
      "joined before the audit",
      { ...base, auditInvoicedOn: "2024-05-01", joinedOn: "2024-04-30" },
      "joinedOn",
      /ne peut pas précéder la facturation de l'audit/,
    ],
    [
      "audit without a join date",
      { ...base, auditInvoicedOn: "2024-05-01" },
      "joinedOn",
      /requise/,
    ],
    ["no input at all", undefined, "", /^Champ obligatoire\.$/],
  ];

  test.each(cases)("%s", (_name, input, path, message) => {
    let caught: unknown;
    try {
      computeContribution(tariff, input as ContributionInput);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContributionInputError);
    const issues = (caught as ContributionInputError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([{ path, message: expect.stringMatching(message) }]),
    );
    expect((caught as Error).message).toMatch(message);
  });

  test("joined before the audit is refused for every subscription, not only the socle complet", () => {
    expect(() =>
      computeContribution(tariff, {
        population: 900,
        subscription: "audit+groupement-achats",
        auditInvoicedOn: "2024-05-01",
        joinedOn: "2024-01-01",
      }),
    ).toThrow(ContributionInputError);
  });

  test("the exported schema says the same as the function", () => {
    const parsed = contributionInputSchema.safeParse({ population: -3, subscription: "audit" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("La population ne peut pas être négative.");
  });
});

describe("level1DaysAllowance — the 117-day pool split by tier (art. 3.2.2)", () => {
  test.each([
    [0, "moins de 1500", 2.5, false],
    [1499, "moins de 1500", 2.5, false],
    [1500, "de 1500 à moins de 3000", 4.5, false],
    [1501, "de 1500 à moins de 3000", 4.5, false],
    [2999, "de 1500 à moins de 3000", 4.5, false],
    [3000, "De 3000 à 8000", 6.5, false],
    [3001, "De 3000 à 8000", 6.5, false],
    [8000, "De 3000 à 8000", 6.5, false],
    [8001, "De 3000 à 8000", 6.5, true],
  ])("%i inhabitants → tier « %s », %f days, review %s", (population, label, days, review) => {
    const allowance = level1DaysAllowance(tariff, population);
    expect(allowance.tier.label).toBe(label);
    expect(allowance.days).toBe(days);
    expect(allowance.needsReview).toBe(review);
    expect(allowance.poolDays).toBe(117);
  });

  test("the shares of the 30 communes of the example add up to the whole pool", () => {
    const total = tariff.level1.rows.reduce((acc, row) => {
      const share = level1DaysAllowance(tariff, row.tier.minInclusive).days;
      return acc + share * row.communes;
    }, 0);
    expect(total).toBe(117);
    expect(tariff.level1.rows.reduce((acc, row) => acc + row.communes, 0)).toBe(30);
  });

  test.each([-1, 1.5, Number.NaN])("population %f is refused", (population) => {
    expect(() => level1DaysAllowance(tariff, population)).toThrow(ContributionInputError);
  });
});

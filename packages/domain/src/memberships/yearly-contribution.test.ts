import { describe, expect, test } from "vitest";
import type { MembershipPeriod } from "./periods.ts";
import { redonTariff2022 as tariff } from "./redon-tariff.ts";
import type { Subscription } from "./vocabulary.ts";
import { type ContributionBasis, yearlyContribution } from "./yearly-contribution.ts";

const period = (
  subscription: Subscription,
  effectiveFrom: string,
  effectiveTo: string | null = null,
  auditInvoicedOn: string | null = null,
): MembershipPeriod => ({ subscription, effectiveFrom, effectiveTo, auditInvoicedOn });

type Case = {
  name: string;
  population: number;
  periods: MembershipPeriod[];
  contractEnd?: string;
  year: number;
  cents: number;
  basis: ContributionBasis;
  subscriptions?: Subscription[];
  needsReview?: boolean;
};

// The worked examples of seed 002 art. 7 first (2 355 inhabitants), then the edges.
const cases: Case[] = [
  {
    name: "socle complet, 2 355 inhabitants: 2 000 + 2 355 × 1,50 = 5 532,50 € the first year",
    population: 2355,
    periods: [period("socle-complet", "2024-01-01")],
    year: 2024,
    cents: 553_250,
    basis: "first-year",
    subscriptions: ["socle-complet"],
  },
  {
    name: "… and 5 532,50 € every following year",
    population: 2355,
    periods: [period("socle-complet", "2024-01-01")],
    year: 2026,
    cents: 553_250,
    basis: "following-years",
    subscriptions: ["socle-complet"],
  },
  {
    name: "audit then socle complet within 6 months, the same year: 3 500 + (5 532,50 − 3 500)",
    population: 2355,
    periods: [
      period("audit", "2024-01-10", "2024-06-15", "2024-03-01"),
      period("socle-complet", "2024-06-15"),
    ],
    year: 2024,
    cents: 350_000 + 203_250,
    basis: "first-year",
    subscriptions: ["audit", "socle-complet"],
  },
  {
    name: "audit in November, socle complet in March: the socle's first year is 2 032,50 €",
    population: 2355,
    periods: [
      period("audit", "2024-11-04", "2025-03-01", "2024-11-20"),
      period("socle-complet", "2025-03-01"),
    ],
    year: 2025,
    cents: 203_250,
    basis: "first-year",
    subscriptions: ["socle-complet"],
  },
  {
    name: "… the audit year is charged the audit alone",
    population: 2355,
    periods: [
      period("audit", "2024-11-04", "2025-03-01", "2024-11-20"),
      period("socle-complet", "2025-03-01"),
    ],
    year: 2024,
    cents: 350_000,
    basis: "first-year",
    subscriptions: ["audit"],
  },
  {
    name: "… and the year after, the whole socle complet",
    population: 2355,
    periods: [
      period("audit", "2024-11-04", "2025-03-01", "2024-11-20"),
      period("socle-complet", "2025-03-01"),
    ],
    year: 2026,
    cents: 553_250,
    basis: "following-years",
    subscriptions: ["socle-complet"],
  },
  {
    name: "socle complet joined the day after the 6-month window: nothing deducted",
    population: 2355,
    periods: [
      period("audit", "2024-01-10", "2024-09-02", "2024-03-01"),
      period("socle-complet", "2024-09-02"),
    ],
    year: 2024,
    cents: 350_000 + 553_250,
    basis: "first-year",
  },
  {
    name: "socle complet joined on the window's last day: deducted",
    population: 2355,
    periods: [
      period("audit", "2024-01-10", "2024-09-01", "2024-03-01"),
      period("socle-complet", "2024-09-01"),
    ],
    year: 2024,
    cents: 350_000 + 203_250,
    basis: "first-year",
  },
  {
    name: "an audit named on the socle complet itself is deducted too",
    population: 2355,
    periods: [period("socle-complet", "2024-06-15", null, "2024-03-01")],
    year: 2024,
    cents: 203_250,
    basis: "first-year",
  },
  {
    name: "an audit invoiced after the socle complet began is not deducted",
    population: 2355,
    periods: [
      period("audit", "2024-01-10", "2024-06-15", "2024-07-01"),
      period("socle-complet", "2024-06-15"),
    ],
    year: 2024,
    cents: 350_000 + 553_250,
    basis: "first-year",
  },
  {
    name: "Redon, purchasing groups over 8 000 inhabitants: 3 500 + 9 500 × 0,25 = 5 875 €",
    population: 9500,
    periods: [period("groupement-achats", "2024-01-01")],
    year: 2025,
    cents: 587_500,
    basis: "following-years",
    needsReview: false,
  },
  {
    name: "socle complet above 8 000 inhabitants: the top tier, to be reviewed",
    population: 9500,
    periods: [period("socle-complet", "2024-01-01")],
    year: 2024,
    cents: 250_000 + 9500 * 150,
    basis: "first-year",
    needsReview: true,
  },
  {
    name: "audit alone: charged once, nothing the following years",
    population: 2355,
    periods: [period("audit", "2024-01-10")],
    year: 2025,
    cents: 0,
    basis: "following-years",
    subscriptions: ["audit"],
  },
  {
    name: "audit + purchasing groups: purchasing groups only the following years",
    population: 2355,
    periods: [period("audit+groupement-achats", "2024-01-10")],
    year: 2025,
    cents: 125_000 + 58_875,
    basis: "following-years",
  },
  {
    name: "a year before the membership: nothing",
    population: 2355,
    periods: [period("socle-complet", "2024-01-01")],
    year: 2023,
    cents: 0,
    basis: "none",
    subscriptions: [],
  },
  {
    name: "a period starting on 1 January is that year's first year",
    population: 2355,
    periods: [period("audit", "2023-05-01", "2025-01-01"), period("socle-complet", "2025-01-01")],
    year: 2025,
    cents: 553_250,
    basis: "first-year",
    subscriptions: ["socle-complet"],
  },
  {
    name: "whole years, no pro rata: a convention ending in June is charged its whole year",
    population: 2355,
    periods: [period("socle-complet", "2024-01-01", "2026-06-02")],
    contractEnd: "2026-06-02",
    year: 2026,
    cents: 553_250,
    basis: "following-years",
  },
  {
    name: "ended on 31 December (exclusive end 1 January): nothing the next year",
    population: 2355,
    periods: [period("socle-complet", "2024-01-01", "2026-01-01")],
    contractEnd: "2026-01-01",
    year: 2026,
    cents: 0,
    basis: "none",
  },
  {
    name: "a leap-year start counts in its own year",
    population: 1200,
    periods: [period("groupement-achats", "2024-02-29")],
    year: 2024,
    cents: 75_000 + 1200 * 25,
    basis: "first-year",
  },
];

describe("yearlyContribution — what a member owes for a calendar year (seed 002 art. 7)", () => {
  test.each(cases)("$name", (c) => {
    const result = yearlyContribution(
      tariff,
      { population: c.population },
      c.periods,
      c.contractEnd ?? null,
      c.year,
    );
    expect(result.year).toBe(c.year);
    expect(result.cents).toBe(c.cents);
    expect(result.basis).toBe(c.basis);
    if (c.subscriptions) expect(result.subscriptions).toEqual(c.subscriptions);
    if (c.needsReview !== undefined) expect(result.needsReview).toBe(c.needsReview);
    // The breakdown adds up, except the following years of an audit alone (nothing itemised).
    if (c.basis !== "none" && result.lines.length > 0)
      expect(result.lines.reduce((sum, line) => sum + line.cents, 0)).toBe(result.cents);
  });

  test("the audit deduction is itemised with its window", () => {
    const result = yearlyContribution(
      tariff,
      { population: 2355 },
      [
        period("audit", "2024-01-10", "2024-06-15", "2024-03-01"),
        period("socle-complet", "2024-06-15"),
      ],
      null,
      2024,
    );
    expect(result.lines.map((line) => line.cents)).toEqual([350_000, 200_000, 353_250, -350_000]);
    expect(result.lines.at(-1)?.label).toBe(
      "Déduction de l'audit facturé le 2024-03-01 (adhésion dans les 6 mois, jusqu'au 2024-09-01)",
    );
  });
});

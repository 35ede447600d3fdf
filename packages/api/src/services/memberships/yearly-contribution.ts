/**
 * What a member owes for a calendar year under its periods of membership, from computeContribution
 * of @mutu/domain. The convention prices whole years (no pro rata): a year is charged the first-year
 * amount of every period that starts in it (audit then socle complet in one year: audit, then the
 * socle with the audit deducted); a year with no new period is charged the following-years amount
 * of the period in force on 1 January. Nothing once the convention has ended.
 */
import {
  type Contribution,
  type ContributionLine,
  computeContribution,
  type RedonTariff,
  type Subscription,
} from "@mutu/domain";
import { auditForPricing } from "./choice-rules.ts";
import type { PeriodRow } from "./periods.ts";

export type YearlyContribution = {
  year: number;
  cents: number;
  needsReview: boolean;
  basis: "first-year" | "following-years" | "none";
  subscriptions: Subscription[];
  lines: ContributionLine[];
};

type Member = { population: number };

/** Earlier periods count: an audit invoiced under "audit" is deducted from a later socle complet. */
function auditInvoicedBy(periods: readonly PeriodRow[], upTo: PeriodRow): string | undefined {
  let latest: string | undefined;
  for (const p of periods) {
    if (p.effectiveFrom > upTo.effectiveFrom) break;
    if (p.auditInvoicedOn && p.auditInvoicedOn <= upTo.effectiveFrom) latest = p.auditInvoicedOn;
  }
  return upTo.auditInvoicedOn ?? latest;
}

export function periodContribution(
  tariff: RedonTariff,
  member: Member,
  periods: readonly PeriodRow[],
  period: PeriodRow,
): Contribution {
  const auditInvoicedOn = auditInvoicedBy(periods, period);
  return computeContribution(tariff, {
    population: member.population,
    subscription: period.subscription,
    joinedOn: period.effectiveFrom,
    ...auditForPricing(
      period.subscription,
      auditInvoicedOn && auditInvoicedOn <= period.effectiveFrom ? auditInvoicedOn : null,
    ),
  });
}

/** The following-years breakdown, which computeContribution totals but does not itemise. */
function followingYearsLines(
  tariff: RedonTariff,
  member: Member,
  subscription: Subscription,
): ContributionLine[] {
  if (subscription === "audit") return [];
  const recurring = subscription === "audit+groupement-achats" ? "groupement-achats" : subscription;
  return computeContribution(tariff, { population: member.population, subscription: recurring })
    .lines;
}

export function yearlyContribution(
  tariff: RedonTariff,
  member: Member,
  periods: readonly PeriodRow[],
  contractEnd: string | null,
  year: number,
): YearlyContribution {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const none: YearlyContribution = {
    year,
    cents: 0,
    needsReview: false,
    basis: "none",
    subscriptions: [],
    lines: [],
  };
  if (contractEnd && contractEnd <= start) return none;
  const starting = periods.filter((p) => p.effectiveFrom >= start && p.effectiveFrom < end);
  if (starting.length > 0) {
    const computed = starting.map((p) => periodContribution(tariff, member, periods, p));
    return {
      year,
      cents: computed.reduce((sum, c) => sum + c.firstYearCents, 0),
      needsReview: computed.some((c) => c.needsReview),
      basis: "first-year",
      subscriptions: starting.map((p) => p.subscription),
      lines: computed.flatMap((c) => c.lines),
    };
  }
  const running = periods.find(
    (p) => p.effectiveFrom < start && (p.effectiveTo === null || p.effectiveTo > start),
  );
  if (!running) return none;
  const computed = periodContribution(tariff, member, periods, running);
  const lines = followingYearsLines(tariff, member, running.subscription);
  return {
    year,
    cents: computed.followingYearsCents,
    needsReview: computed.needsReview,
    basis: "following-years",
    subscriptions: [running.subscription],
    lines,
  };
}

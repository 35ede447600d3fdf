/**
 * What a member owes for a calendar year under its periods of membership. The convention prices
 * whole years (no pro rata, seed 002 art. 7): a year is charged the first-year amount of every
 * period that starts in it (audit then socle complet in one year: the audit, then the socle with
 * the audit deducted); a year with no new period is charged the following-years amount of the
 * period in force on 1 January. Nothing once the convention has ended — except level-1 half days
 * worked beyond the member's share the year before, which the next contribution carries
 * (art. 7.1.1, invoiced « en début de chaque année de l'exercice N+1 »).
 */
import {
  type Contribution,
  type ContributionLine,
  computeContribution,
  level1BeyondLine,
} from "./contribution.ts";
import { auditForPricing, auditInvoicedBy, type MembershipPeriod } from "./periods.ts";
import type { RedonTariff } from "./redon-tariff.ts";
import type { Subscription } from "./vocabulary.ts";

export const CONTRIBUTION_BASES = ["first-year", "following-years", "none"] as const;
export type ContributionBasis = (typeof CONTRIBUTION_BASES)[number];

export type YearlyContribution = {
  year: number;
  cents: number;
  needsReview: boolean;
  basis: ContributionBasis;
  subscriptions: Subscription[];
  lines: ContributionLine[];
};

export type ContributingMember = { population: number };

/** A period priced as the choice it is, with the audit it may deduct. */
export function periodContribution(
  tariff: RedonTariff,
  member: ContributingMember,
  periods: readonly MembershipPeriod[],
  period: MembershipPeriod,
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
  member: ContributingMember,
  subscription: Subscription,
): ContributionLine[] {
  if (subscription === "audit") return [];
  const recurring = subscription === "audit+groupement-achats" ? "groupement-achats" : subscription;
  return computeContribution(tariff, { population: member.population, subscription: recurring })
    .lines;
}

/** Level-1 half days worked beyond the share in `workedIn`, charged with the next contribution. */
export type Level1Beyond = { workedIn: number; halfDays: number };

/**
 * @param periods the member's periods, oldest first
 * @param contractEnd the convention's exclusive end (the day after its last day), null if none
 * @param level1Beyond half days beyond the share in the year before `year` (level1PoolUse)
 */
export function yearlyContribution(
  tariff: RedonTariff,
  member: ContributingMember,
  periods: readonly MembershipPeriod[],
  contractEnd: string | null,
  year: number,
  level1Beyond?: Level1Beyond,
): YearlyContribution {
  const base = baseContribution(tariff, member, periods, contractEnd, year);
  if (!level1Beyond || level1Beyond.halfDays <= 0) return base;
  const line = level1BeyondLine(tariff, level1Beyond.halfDays, level1Beyond.workedIn);
  return { ...base, cents: base.cents + line.cents, lines: [...base.lines, line] };
}

function baseContribution(
  tariff: RedonTariff,
  member: ContributingMember,
  periods: readonly MembershipPeriod[],
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
  return {
    year,
    cents: computed.followingYearsCents,
    needsReview: computed.needsReview,
    basis: "following-years",
    subscriptions: [running.subscription],
    lines: followingYearsLines(tariff, member, running.subscription),
  };
}

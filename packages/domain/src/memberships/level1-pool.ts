/**
 * Level-1 work (« prestations ponctuelles », seed 002 art. 3.2.2) counted against a member's share
 * of the 117-day pool, and what lies beyond it: « facturées à la demi-journée » at 200 € each
 * (art. 7.1.1), added to the member's next contribution — the one invoiced after the year's
 * activity is known. The yearly review compares the two (art. 7: « comparé à l'activité réelle »).
 *
 * The convention sets the 117 days « partagés … en fonction de la taille de la commune »: a member
 * is charged beyond its own share (`level1DaysAllowance`), not only once the whole pool is spent —
 * the pool is an allocation per member, not first come, first served.
 */
import { level1DaysAllowance } from "./contribution.ts";
import type { RedonTariff } from "./redon-tariff.ts";

export type Level1PoolUse = {
  year: number;
  tierLabel: string;
  allowanceDays: number;
  chargedDays: number;
  /** Allowance − charged, never below 0. */
  remainingDays: number;
  /** Half days beyond the share, a started half day counting whole. */
  beyondHalfDays: number;
  beyondCents: number;
  needsReview: boolean;
};

/** A member's use of its share in a year, from the half days charged to its missions. */
export function level1PoolUse(
  tariff: RedonTariff,
  population: number,
  year: number,
  chargedHalfDays: number,
): Level1PoolUse {
  const allowance = level1DaysAllowance(tariff, population);
  const beyondHalfDays = Math.max(0, Math.ceil(chargedHalfDays - allowance.days * 2));
  const chargedDays = chargedHalfDays / 2;
  return {
    year,
    tierLabel: allowance.tier.label,
    allowanceDays: allowance.days,
    chargedDays,
    remainingDays: Math.max(0, allowance.days - chargedDays),
    beyondHalfDays,
    beyondCents: beyondHalfDays * tariff.level1.halfDayCents,
    needsReview: allowance.needsReview,
  };
}

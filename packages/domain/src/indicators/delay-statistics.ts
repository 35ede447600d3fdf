/**
 * The figures a delay indicator reports for a period (3.3.1 handling, 3.3.2 resolution, 4.1.1
 * intervention, 4.1.2 restoration): how many saisines, the median and 90th percentile of their
 * delays in business minutes, and the share within the target. Percentiles use the nearest-rank
 * method — the value at rank ⌈p/100 × n⌉ of the sorted list — so each figure is a delay that
 * really happened, and the same list always gives the same figure.
 */
import { type ComplianceRate, complianceRate } from "../sla/targets.ts";

export type DelayStatistics = {
  count: number;
  /** null when nothing was measured: « Non mesuré », never 0. */
  median: number | null;
  p90: number | null;
  /** Against the target (a delay equal to it meets it); null without a target. */
  compliance: ComplianceRate | null;
};

/** The value at rank ⌈p/100 × n⌉ (1-based) of an ascending list; null for an empty list. */
export function nearestRank(ascending: readonly number[], percentile: number): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  // Integer ceiling of p × n / 100: 0.9 × 10 in floating point would be 9.000000000000002.
  const rank = Math.max(1, Math.ceil((percentile * n) / 100));
  return ascending[Math.min(rank, n) - 1] ?? null;
}

export function delayStatistics(
  durationsInMinutes: number[],
  targetMinutes?: number,
): DelayStatistics {
  // complianceRate refuses a negative or non-finite duration, with or without a target.
  const compliance = complianceRate(durationsInMinutes, targetMinutes ?? 0);
  const ascending = [...durationsInMinutes].sort((a, b) => a - b);
  return {
    count: ascending.length,
    median: nearestRank(ascending, 50),
    p90: nearestRank(ascending, 90),
    compliance: targetMinutes === undefined ? null : compliance,
  };
}

/**
 * Which version of a contract document (annex, tariff, convention) applied on a given day.
 *
 * Periods are half-open: in force from `effectiveFrom` (included) until `effectiveTo` (excluded),
 * or indefinitely when `effectiveTo` is absent. Excluding the end lets an amendment "en vigueur au
 * 1er juillet 2018" close the previous version with the same date it opens its own, without a
 * day lost or counted twice.
 */
import { assertIsoDate, toParisCalendarDate } from "./calendar.ts";

export type Versioned = {
  effectiveFrom: string;
  /** Excluded: the first day the version no longer applies. */
  effectiveTo?: string | null;
};

/**
 * The version in force on `date` (a 'YYYY-MM-DD' Paris date, or an instant converted to its
 * Paris date), or null in a gap or before the first version.
 *
 * Overlaps happen in the sources (Bordeaux's avenants 1 and 2 are both dated 23 April 2018;
 * Pessac's n°2 predates n°1): the version that took effect last wins, as a later amendment
 * supersedes an earlier one; on equal effectiveFrom the one listed later wins.
 * Throws (French) on malformed dates or an end before a start.
 */
export function versionInForce<V extends Versioned>(
  versions: readonly V[],
  date: string | Date,
): V | null {
  const day = toParisCalendarDate(date);
  let best: V | null = null;
  for (const version of versions) {
    const from = assertIsoDate(version.effectiveFrom, "Date d'effet");
    const to =
      version.effectiveTo == null ? null : assertIsoDate(version.effectiveTo, "Date de fin");
    if (to !== null && to < from) {
      throw new RangeError(`Version incohérente : fin (${to}) avant le début (${from}).`);
    }
    const inForce = from <= day && (to === null || day < to);
    if (inForce && (best === null || from >= best.effectiveFrom)) best = version;
  }
  return best;
}

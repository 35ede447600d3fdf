/**
 * The classes dashboards sort saisines into: how long a delay took in business time (the delay
 * distributions), and how long an open saisine has waited since it was filed (the backlog's
 * ageing, in calendar days). The SQL aggregates class delays with the same bounds
 * (`mutu_delay_bucket`, checked against this list by a test).
 */

/** Upper bounds (included) in business minutes; the last class has none. */
export const DELAY_BUCKET_BOUNDS = [30, 60, 120, 240, 480, 960, 2400] as const;

export const DELAY_BUCKET_LABELS = [
  "30 min ou moins",
  "30 min à 1 h",
  "1 à 2 h",
  "2 à 4 h",
  "4 à 8 h",
  "8 à 16 h",
  "16 à 40 h",
  "plus de 40 h",
] as const;

/** The class of a delay: 0 for 30 minutes or less … 7 beyond 40 business hours. */
export function delayBucketOf(minutes: number): number {
  const index = DELAY_BUCKET_BOUNDS.findIndex((bound) => minutes <= bound);
  return index === -1 ? DELAY_BUCKET_BOUNDS.length : index;
}

/** Ages of open saisines, in whole calendar days since filing: [min, max) per class. */
export const AGE_BUCKETS = [
  { key: "0-2", minDays: 0, maxDays: 2, label: "moins de 2 jours" },
  { key: "2-7", minDays: 2, maxDays: 7, label: "2 à 7 jours" },
  { key: "7-30", minDays: 7, maxDays: 30, label: "7 à 30 jours" },
  { key: "30-90", minDays: 30, maxDays: 90, label: "30 à 90 jours" },
  { key: "90-", minDays: 90, maxDays: null, label: "90 jours et plus" },
] as const;
export type AgeBucketKey = (typeof AGE_BUCKETS)[number]["key"];

const DAY = 86_400_000;

/** The filing instants of an age class at `now`: filed after `after` and at or before `before`. */
export function ageBounds(
  bucket: { minDays: number; maxDays: number | null },
  now: Date,
): { filedAfter: Date | null; filedBefore: Date } {
  return {
    filedAfter: bucket.maxDays === null ? null : new Date(now.getTime() - bucket.maxDays * DAY),
    filedBefore: new Date(now.getTime() - bucket.minDays * DAY),
  };
}

/**
 * Wall-clock ↔ instant conversions in an IANA time zone, on "epoch days" (days since 1970-01-01
 * of the wall-clock calendar), so nothing here depends on the host's time zone.
 *
 * Rule for wall times that do not map to exactly one instant (DST): a wall time stands for the
 * earliest instant at which the zone's clock reads that time or later — what someone watching
 * the wall clock would see. Skipped times (spring forward, 02:30 in Paris) give the moment of the
 * jump; repeated times (fall back) give their first occurrence. Unlike TZDate (which resolves
 * both to the later instant), this keeps the mapping monotonic, so intervals never invert.
 */
import { tzOffset } from "@date-fns/tz";

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const validity = new Map<string, boolean>();

/** IANA names only: offsets such as "+01:00" are refused because they ignore DST. */
export function isValidTimeZone(timeZone: string): boolean {
  const known = validity.get(timeZone);
  if (known !== undefined) return known;
  let valid = /^[A-Za-z]/.test(timeZone);
  if (valid) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
    } catch {
      valid = false;
    }
  }
  validity.set(timeZone, valid);
  return valid;
}

function offsetMs(timeZone: string, instantMs: number): number {
  const minutes = tzOffset(timeZone, new Date(instantMs));
  if (Number.isNaN(minutes)) throw new RangeError(`Fuseau horaire inconnu : « ${timeZone} ».`);
  return Math.round(minutes * MINUTE_MS);
}

// Intl lookups cost microseconds each; SLA walks hit the same few days over and over.
const midnightOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED_DAYS = 200_000;

function offsetAtUtcMidnight(timeZone: string, day: number): number {
  let byDay = midnightOffsets.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    midnightOffsets.set(timeZone, byDay);
  }
  let offset = byDay.get(day);
  if (offset === undefined) {
    if (byDay.size >= MAX_CACHED_DAYS) byDay.clear();
    offset = offsetMs(timeZone, day * DAY_MS);
    byDay.set(day, offset);
  }
  return offset;
}

/** Epoch day of the wall-clock date at `instantMs`. */
export function localDayOf(timeZone: string, instantMs: number): number {
  return Math.floor((instantMs + offsetMs(timeZone, instantMs)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayFromIsoDate(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * Earliest instant at which the wall clock reads at least `minuteOfDay` (0–1440) on `day`.
 * Assumes no two offset changes within three days, which holds for every real zone.
 */
export function wallClockToInstant(timeZone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  // Any instant whose wall time falls on `day` (offsets stay within ±14 h) lies between these
  // two UTC midnights: equal offsets there mean no change in between, the common fast path.
  const before = offsetAtUtcMidnight(timeZone, day - 1);
  if (before === offsetAtUtcMidnight(timeZone, day + 2)) return wall - before;
  return resolveNearTransition(timeZone, wall);
}

function resolveNearTransition(timeZone: string, wall: number): number {
  const earlier = offsetMs(timeZone, wall - DAY_MS);
  const later = offsetMs(timeZone, wall + DAY_MS);
  const matches = [wall - earlier, wall - later].filter(
    (instant) => instant + offsetMs(timeZone, instant) === wall,
  );
  if (matches.length > 0) return Math.min(...matches);
  // Skipped wall time: the first instant reading later than it is the jump itself.
  let low = Math.min(wall - earlier, wall - later);
  let high = Math.max(wall - earlier, wall - later);
  const lowOffset = offsetMs(timeZone, low);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMs(timeZone, middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * Business-time arithmetic: how much open time lies between two instants, and when a given
 * amount of open time will have elapsed. Both walk the calendar a day at a time and work in
 * whole milliseconds, so results are exact and the two functions are inverses of each other.
 *
 * Minutes are exact milliseconds / 60 000: whole minutes for whole-minute inputs, fractional
 * only when an instant carries seconds. Rounding is left to whoever displays the value.
 */
import type { Calendar } from "./calendar.ts";
import { type CompiledCalendar, compileCalendar, openSpansOn } from "./day-openings.ts";
import { localDayOf, MINUTE_MS } from "./time-zone.ts";

// Far beyond any real calendar (holidays and closures never close ten years in a row); only
// reached when every open interval falls inside skipped DST hours.
const MAX_DAYS_WITHOUT_OPENING = 3660;

export function instantOf(date: Date, what: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`${what} : date invalide.`);
  return time;
}

/** Business milliseconds in [startMs, endMs]; throws when the end precedes the start. */
export function businessMsBetween(
  calendar: CompiledCalendar,
  startMs: number,
  endMs: number,
): number {
  if (endMs < startMs) {
    throw new RangeError(
      `La fin (${new Date(endMs).toISOString()}) précède le début (${new Date(startMs).toISOString()}).`,
    );
  }
  if (endMs === startMs || !calendar.hasOpenTime) return 0;
  let total = 0;
  // A day's spans end when the clock first reads the next midnight. Should a zone ever fall back
  // across midnight, an instant whose wall date is D would sit in the spans of D + 1: one day of
  // margin after the end keeps it counted, at the cost of one more day walked.
  const lastDay = localDayOf(calendar.timeZone, endMs) + 1;
  for (let day = localDayOf(calendar.timeZone, startMs); day <= lastDay; day++) {
    for (const [from, to] of openSpansOn(calendar, day)) {
      const overlap = Math.min(to, endMs) - Math.max(from, startMs);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/** The instant at which `amountMs` business milliseconds have elapsed since `startMs`. */
export function addBusinessMs(
  calendar: CompiledCalendar,
  startMs: number,
  amountMs: number,
): number {
  if (amountMs === 0) return startMs;
  if (!calendar.hasOpenTime) {
    throw new RangeError("Le calendrier n'a aucune heure d'ouverture : aucune échéance possible.");
  }
  let remaining = amountMs;
  let lastOpenDay = localDayOf(calendar.timeZone, startMs);
  for (let day = lastOpenDay; ; day++) {
    for (const [from, to] of openSpansOn(calendar, day)) {
      const begin = Math.max(from, startMs);
      if (to <= begin) continue;
      lastOpenDay = day;
      // `<=` ends at the closing instant rather than the next opening: same business time,
      // and it is the answer people expect ("due at 18:30", not "due Thursday 08:30").
      if (remaining <= to - begin) return begin + remaining;
      remaining -= to - begin;
    }
    if (day - lastOpenDay > MAX_DAYS_WITHOUT_OPENING) {
      throw new RangeError(
        "Le calendrier n'ouvre jamais sur dix ans : impossible de calculer une échéance.",
      );
    }
  }
}

/**
 * Business minutes between two instants, counting only the calendar's open intervals (in its
 * time zone, minus holidays and closures). `end` before `start` is a caller error and throws:
 * a silent 0 would hide inverted timestamps in SLA reports.
 */
export function businessMinutesBetween(calendar: Calendar, start: Date, end: Date): number {
  const startMs = instantOf(start, "Début");
  const endMs = instantOf(end, "Fin");
  return businessMsBetween(compileCalendar(calendar), startMs, endMs) / MINUTE_MS;
}

/**
 * The instant when `minutes` business minutes have elapsed from `start`. Outside opening hours
 * the count starts at the next opening. `minutes = 0` returns `start` itself, not snapped to the
 * next opening, so that businessMinutesBetween(c, s, addBusinessMinutes(c, s, m)) === m for
 * every m ≥ 0. Fractional minutes are rounded to the millisecond (a Date holds no less).
 */
export function addBusinessMinutes(calendar: Calendar, start: Date, minutes: number): Date {
  const startMs = instantOf(start, "Début");
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(
      `Nombre de minutes invalide (${minutes}) : un nombre positif ou nul est attendu.`,
    );
  }
  return new Date(
    addBusinessMs(compileCalendar(calendar), startMs, Math.round(minutes * MINUTE_MS)),
  );
}

/**
 * A calendar compiled into what the business-time walks need: minutes per weekday, closures as
 * epoch days, and the open spans (instants) of any one day.
 *
 * Compiling re-checks the cheap invariants of calendarSchema (times, order, overlaps, zone,
 * dates) without zod, so a hand-built Calendar cannot loop or double count, yet hot loops over
 * thousands of saisines do not pay for a full schema parse.
 */
import { type Calendar, findDayProblem, parseClockTime, type WeekdayKey } from "./calendar.ts";
import { isFrenchPublicHoliday } from "./holidays.ts";
import {
  DAY_MS,
  dayFromIsoDate,
  isValidTimeZone,
  wallClockToInstant,
  weekdayOf,
} from "./time-zone.ts";

export type CompiledCalendar = {
  readonly timeZone: string;
  /** Indexed like weekdayOf (0 = Sunday); sorted [startMinute, endMinute] pairs. */
  readonly weekly: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly frenchHolidays: boolean;
  readonly closures: ReadonlySet<number>;
  readonly hasOpenTime: boolean;
};

/** Open span of one day, as [from, to) instants in epoch milliseconds. */
export type Span = readonly [from: number, to: number];

const KEY_BY_WEEKDAY: readonly WeekdayKey[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function closureDay(isoDate: string): number {
  const day = dayFromIsoDate(isoDate);
  // Date.parse rolls 2026-02-30 over to March: only a round trip proves the date exists.
  if (!ISO_DATE.test(isoDate) || new Date(day * DAY_MS).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(
      `Date de fermeture invalide : « ${isoDate} » (format AAAA-MM-JJ attendu).`,
    );
  }
  return day;
}

/** Calendars are values: compiled once per object (a saisine's calendar comes from a cached annex). */
const compiledOnce = new WeakMap<Calendar, CompiledCalendar>();

export function compileCalendar(calendar: Calendar): CompiledCalendar {
  let compiled = compiledOnce.get(calendar);
  if (!compiled) {
    compiled = compile(calendar);
    compiledOnce.set(calendar, compiled);
  }
  return compiled;
}

function compile(calendar: Calendar): CompiledCalendar {
  if (!isValidTimeZone(calendar.timeZone)) {
    throw new RangeError(`Fuseau horaire inconnu : « ${calendar.timeZone} ».`);
  }
  const weekly = KEY_BY_WEEKDAY.map((key) => {
    const intervals = calendar.weekly[key] ?? [];
    const problem = findDayProblem(key, intervals);
    if (problem) throw new RangeError(problem);
    return intervals
      .map(([start, end]) => [parseClockTime(start) ?? 0, parseClockTime(end) ?? 0] as const)
      .sort((a, b) => a[0] - b[0]);
  });
  return {
    timeZone: calendar.timeZone,
    weekly,
    frenchHolidays: calendar.holidays === "FR",
    closures: new Set((calendar.closures ?? []).map(closureDay)),
    hasOpenTime: weekly.some((intervals) => intervals.length > 0),
  };
}

/** Open spans of the wall-clock date `day`, sorted and disjoint; empty on closed days. */
export function openSpansOn(calendar: CompiledCalendar, day: number): Span[] {
  const intervals = calendar.weekly[weekdayOf(day)];
  if (!intervals || intervals.length === 0) return [];
  if (calendar.closures.has(day)) return [];
  if (calendar.frenchHolidays && isFrenchPublicHoliday(day)) return [];
  const spans: Span[] = [];
  for (const [startMinute, endMinute] of intervals) {
    const from = wallClockToInstant(calendar.timeZone, day, startMinute);
    const to = wallClockToInstant(calendar.timeZone, day, endMinute);
    // An interval lying wholly inside a skipped DST hour never happens on that day.
    if (to > from) spans.push([from, to]);
  }
  return spans;
}

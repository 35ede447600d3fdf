/**
 * A calendar compiled into what the business-time walks need: minutes per weekday, closures as
 * epoch days, and the open spans (instants) of any one day.
 *
 * Compiling re-checks the cheap invariants of calendarSchema (times, order, overlaps, zone,
 * dates) without zod, so a hand-built Calendar cannot loop or double count, yet hot loops over
 * thousands of saisines do not pay for a full schema parse.
 */
import {
  type Calendar,
  type ExtraOpening,
  findDayProblem,
  findOpeningProblem,
  parseClockTime,
  type WeekdayKey,
} from "./calendar.ts";
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
  /** Dated openings by epoch day: sorted [startMinute, endMinute] pairs. */
  readonly extras: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>;
  readonly hasOpenTime: boolean;
};

/** Open span of one day, as [from, to) instants in epoch milliseconds. */
export type Span = readonly [from: number, to: number];

const KEY_BY_WEEKDAY: readonly WeekdayKey[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function calendarDay(isoDate: string, what: string): number {
  const day = dayFromIsoDate(isoDate);
  // Date.parse rolls 2026-02-30 over to March: only a round trip proves the date exists.
  if (!ISO_DATE.test(isoDate) || new Date(day * DAY_MS).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Date ${what} invalide : « ${isoDate} » (format AAAA-MM-JJ attendu).`);
  }
  return day;
}

/** Dated openings grouped by day, each day's intervals merged where they touch or overlap. */
function extrasByDay(openings: readonly ExtraOpening[]) {
  const byDay = new Map<number, Array<readonly [number, number]>>();
  for (const opening of openings) {
    const problem = findOpeningProblem(opening);
    if (problem) throw new RangeError(problem);
    const day = calendarDay(opening.date, "d'ouverture");
    const list = byDay.get(day) ?? [];
    list.push([parseClockTime(opening.start) ?? 0, parseClockTime(opening.end) ?? 0]);
    byDay.set(day, list);
  }
  for (const [day, list] of byDay) byDay.set(day, mergeIntervals(list));
  return byDay;
}

/** Union of minute intervals, sorted; touching ones become one. */
function mergeIntervals(intervals: ReadonlyArray<readonly [number, number]>) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
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
    throw new RangeError(`Fuseau horaire inconnu : « ${calendar.timeZone} ».`);
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
    closures: new Set((calendar.closures ?? []).map((date) => calendarDay(date, "de fermeture"))),
    extras: extrasByDay(calendar.extraOpenings ?? []),
    hasOpenTime:
      weekly.some((intervals) => intervals.length > 0) || (calendar.extraOpenings ?? []).length > 0,
  };
}

/** Open spans of the wall-clock date `day`, sorted and disjoint; empty on closed days. */
export function openSpansOn(calendar: CompiledCalendar, day: number): Span[] {
  const extras = calendar.extras.get(day);
  const weekly = weeklyIntervalsOn(calendar, day);
  const intervals = extras ? mergeIntervals([...weekly, ...extras]) : weekly;
  if (intervals.length === 0) return [];
  const spans: Span[] = [];
  for (const [startMinute, endMinute] of intervals) {
    const from = wallClockToInstant(calendar.timeZone, day, startMinute);
    const to = wallClockToInstant(calendar.timeZone, day, endMinute);
    // An interval lying wholly inside a skipped DST hour never happens on that day.
    if (to > from) spans.push([from, to]);
  }
  return spans;
}

/** The week's intervals of that day, none on a closure or (French calendars) a public holiday. */
function weeklyIntervalsOn(calendar: CompiledCalendar, day: number) {
  const intervals = calendar.weekly[weekdayOf(day)] ?? [];
  if (intervals.length === 0) return intervals;
  if (calendar.closures.has(day)) return [];
  if (calendar.frenchHolidays && isFrenchPublicHoliday(day)) return [];
  return intervals;
}

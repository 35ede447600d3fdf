import { describe, expect, test } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "./business-time.ts";
import { alwaysOpenCalendar, type Calendar, WEEKDAY_KEYS } from "./calendar.ts";
import {
  BEGLES,
  FRENCH_HOLIDAYS_BY_YEAR,
  LE_BOUSCAT,
  NIGHT_ON_CALL,
  SUNDAY_ONLY,
} from "./test-fixtures.ts";

const MINUTE = 60_000;

const FRENCH_HOLIDAYS = new Set(
  FRENCH_HOLIDAYS_BY_YEAR.flatMap(([year, days]) => days.map((day) => `${year}-${day}`)),
);

type Wall = { date: string; weekday: number; time: string };

const parisWall = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function wallOf(instant: number): Wall {
  const parts = Object.fromEntries(parisWall.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The naive definition: open when the Paris wall clock reads an open time on an open day. */
function openAt(calendar: Calendar, wall: Wall): boolean {
  if (calendar.holidays === "FR" && FRENCH_HOLIDAYS.has(wall.date)) return false;
  if (calendar.closures?.includes(wall.date)) return false;
  const key = WEEKDAY_KEYS[wall.weekday];
  const intervals = key ? (calendar.weekly[key] ?? []) : [];
  return intervals.some(([start, end]) => start <= wall.time && wall.time < end);
}

/** Deterministic pseudo-random integers, so a failure can be replayed. */
function sequence(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

// Windows around every tricky stretch: both DST changes, Pâques 2027 right after DST, the May
// bridges, Christmas to New Year, leap day.
const windows: Array<[string, string, string]> = [
  ["spring DST 2026", "2026-03-23T00:00+01:00", "2026-04-09T00:00+02:00"],
  ["autumn DST 2026", "2026-10-19T00:00+02:00", "2026-11-13T00:00+01:00"],
  ["Pâques 2027", "2027-03-24T00:00+01:00", "2027-04-02T00:00+02:00"],
  ["May 2026", "2026-04-30T00:00+02:00", "2026-05-27T00:00+02:00"],
  ["year end 2026", "2026-12-21T00:00+01:00", "2027-01-06T00:00+01:00"],
  ["leap day 2028", "2028-02-25T00:00+01:00", "2028-03-03T00:00+01:00"],
];

// Calendars whose boundaries never fall in a DST hour, where the naive definition is exact.
const oracleCalendars: Array<[string, Calendar]> = [
  ["Le Bouscat", LE_BOUSCAT],
  ["Bègles", BEGLES],
  [
    "Le Bouscat with closures",
    { ...LE_BOUSCAT, closures: ["2026-03-31", "2026-10-30", "2028-02-29"] },
  ],
  ["24/7", alwaysOpenCalendar()],
  ["Sunday only", SUNDAY_ONLY],
  ["night on-call", NIGHT_ON_CALL],
];

describe("businessMinutesBetween agrees with a minute-by-minute count", () => {
  test.each(windows)("%s", (_label, from, to) => {
    const first = new Date(from).getTime();
    const count = (new Date(to).getTime() - first) / MINUTE;
    const walls = Array.from({ length: count }, (_, i) => wallOf(first + i * MINUTE));
    const at = (i: number) => new Date(first + i * MINUTE);
    const next = sequence(count);
    for (const [name, calendar] of oracleCalendars) {
      const prefix = [0];
      walls.forEach((wall, i) => {
        prefix.push((prefix[i] ?? 0) + (openAt(calendar, wall) ? 1 : 0));
      });
      const pairs: Array<[number, number]> = [[0, count]];
      for (let k = 0; k < 100; k++) {
        const a = next(count + 1);
        const b = next(count + 1);
        pairs.push([Math.min(a, b), Math.max(a, b)]);
      }
      for (const [a, b] of pairs) {
        const expected = (prefix[b] ?? 0) - (prefix[a] ?? 0);
        expect(
          businessMinutesBetween(calendar, at(a), at(b)),
          `${name}, ${at(a).toISOString()} → ${at(b).toISOString()}`,
        ).toBe(expected);
      }
    }
  });
});

const roundTripCalendars: Array<[string, Calendar]> = [
  ...oracleCalendars,
  [
    "Sunday 02:30–04:00",
    { timeZone: "Europe/Paris", weekly: { sun: [["02:30", "04:00"]] }, holidays: "FR" },
  ],
  [
    "Sunday 01:00–02:30",
    { timeZone: "Europe/Paris", weekly: { sun: [["01:00", "02:30"]] }, holidays: "FR" },
  ],
  ["24/7 New York", alwaysOpenCalendar("America/New_York")],
  // Santiago falls back at midnight on 2026-04-05, inside the spring window.
  ["24/7 Santiago", alwaysOpenCalendar("America/Santiago")],
  [
    "Santiago weekends",
    {
      timeZone: "America/Santiago",
      weekly: { sat: [["00:00", "24:00"]], sun: [["00:00", "24:00"]] },
      holidays: "none",
    },
  ],
];
const amounts = [1, 29, 30, 210, 449, 450, 451, 1000, 1500, 10_000, 0.5];
const STEP = 19 * 3_600_000 + 13 * MINUTE + 7_000; // lands on odd minutes and seconds

describe("addBusinessMinutes is the exact inverse of businessMinutesBetween", () => {
  test.each(roundTripCalendars)("%s", (_label, calendar) => {
    for (const [, from, to] of windows) {
      for (let start = new Date(from).getTime(); start < new Date(to).getTime(); start += STEP) {
        for (const minutes of amounts) {
          const begin = new Date(start);
          const due = addBusinessMinutes(calendar, begin, minutes);
          const where = `${begin.toISOString()} + ${minutes}`;
          expect(businessMinutesBetween(calendar, begin, due), where).toBe(minutes);
          // Earliest such instant: one millisecond earlier is not enough.
          const justBefore = new Date(due.getTime() - 1);
          expect(businessMinutesBetween(calendar, begin, justBefore), where).toBeLessThan(minutes);
        }
      }
    }
  });
});

describe("business minutes add up over consecutive stretches", () => {
  test.each(roundTripCalendars)("%s", (_label, calendar) => {
    for (const [, from, to] of windows) {
      const first = new Date(from).getTime();
      const span = new Date(to).getTime() - first;
      const next = sequence(span % 100_000);
      for (let k = 0; k < 40; k++) {
        const [a = 0, b = 0, c = 0] = [next(span), next(span), next(span)].sort((x, y) => x - y);
        const [ta, tb, tc] = [new Date(first + a), new Date(first + b), new Date(first + c)];
        const whole = businessMinutesBetween(calendar, ta, tc);
        const parts =
          businessMinutesBetween(calendar, ta, tb) + businessMinutesBetween(calendar, tb, tc);
        expect(
          Math.round(parts * MINUTE),
          `${ta.toISOString()} ${tb.toISOString()} ${tc.toISOString()}`,
        ).toBe(Math.round(whole * MINUTE));
      }
    }
  });
});

import { describe, expect, test } from "vitest";
import {
  dayBefore,
  parisDate,
  parisDayEnd,
  parisDayStart,
  parisToday,
  parisWallClock,
} from "./paris.ts";

test.each([
  { day: "2026-01-15", start: "2026-01-14T23:00:00.000Z", hours: 24 },
  { day: "2026-07-14", start: "2026-07-13T22:00:00.000Z", hours: 24 },
  { day: "2026-03-29", start: "2026-03-28T23:00:00.000Z", hours: 23 }, // spring forward
  { day: "2026-10-25", start: "2026-10-24T22:00:00.000Z", hours: 25 }, // fall back
  { day: "2028-02-29", start: "2028-02-28T23:00:00.000Z", hours: 24 }, // leap day
])("Paris day $day starts at $start and lasts $hours h", ({ day, start, hours }) => {
  expect(parisDayStart(day).toISOString()).toBe(start);
  expect((parisDayEnd(day).getTime() - parisDayStart(day).getTime()) / 3_600_000).toBe(hours);
});

test.each([
  ["2026-12-31T22:59:59.999Z", "2026-12-31"],
  ["2026-12-31T23:00:00.000Z", "2027-01-01"],
  ["2026-06-30T22:00:00.000Z", "2026-07-01"],
])("instant %s is Paris date %s", (instant, date) =>
  expect(parisDate(new Date(instant))).toBe(date),
);

test.each(["2026-1-5", "2026-02-30", "2026-13-01"])("%j is refused in French", (day) => {
  expect(() => parisDayStart(day)).toThrow("Date invalide");
  expect(() => parisDayEnd(day)).toThrow("Date invalide");
});

test("an undefined instant has no Paris date", () => {
  expect(() => parisDate(new Date("not a date"))).toThrow("Date invalide");
});

test.each([
  ["2018-07-01", "2018-06-30"],
  ["2026-01-01", "2025-12-31"],
  ["2028-03-01", "2028-02-29"], // leap year
  ["2027-03-01", "2027-02-28"],
  ["2026-03-30", "2026-03-29"], // the day after the spring DST change
])("the last day of a period ending (excluded) %s is %s", (end, last) =>
  expect(dayBefore(end)).toBe(last),
);

test.each([
  ["2026-12-31T22:59:59.999Z", "2026-12-31"],
  ["2026-12-31T23:00:00.000Z", "2027-01-01"], // already New Year's Day in Paris
])("today in Paris at %s is %s", (instant, day) => expect(parisToday(new Date(instant))).toBe(day));

describe("parisWallClock", () => {
  test.each([
    ["2026-03-03T13:05:00Z", "2026-03-03T14:05:00"],
    ["2026-07-14T22:30:15Z", "2026-07-15T00:30:15"],
    // Last Sunday of March 2026: 02:00 CET becomes 03:00 CEST.
    ["2026-03-29T00:59:00Z", "2026-03-29T01:59:00"],
    ["2026-03-29T01:00:00Z", "2026-03-29T03:00:00"],
  ])("%s → %s", (iso, expected) => {
    expect(parisWallClock(new Date(iso))).toBe(expected);
  });
});

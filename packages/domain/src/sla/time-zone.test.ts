import { describe, expect, test } from "vitest";
import {
  dayFromIsoDate,
  isValidTimeZone,
  localDayOf,
  wallClockToInstant,
  weekdayOf,
} from "./time-zone.ts";

describe("wallClockToInstant: the first instant the wall clock reads that time or later", () => {
  const cases: Array<[string, string, string, number, string]> = [
    [
      "an ordinary winter time",
      "Europe/Paris",
      "2026-01-15",
      8 * 60 + 30,
      "2026-01-15T07:30:00.000Z",
    ],
    [
      "an ordinary summer time",
      "Europe/Paris",
      "2026-07-15",
      8 * 60 + 30,
      "2026-07-15T06:30:00.000Z",
    ],
    ["24:00 is next midnight", "Europe/Paris", "2026-07-15", 1440, "2026-07-15T22:00:00.000Z"],
    ["just before the jump", "Europe/Paris", "2026-03-29", 119, "2026-03-29T00:59:00.000Z"],
    ["skipped 02:00 is the jump", "Europe/Paris", "2026-03-29", 120, "2026-03-29T01:00:00.000Z"],
    ["skipped 02:30 is the jump", "Europe/Paris", "2026-03-29", 150, "2026-03-29T01:00:00.000Z"],
    ["03:00 after the jump", "Europe/Paris", "2026-03-29", 180, "2026-03-29T01:00:00.000Z"],
    ["midnight after the jump", "Europe/Paris", "2026-03-29", 1440, "2026-03-29T22:00:00.000Z"],
    [
      "repeated 02:30 is the first one",
      "Europe/Paris",
      "2026-10-25",
      150,
      "2026-10-25T00:30:00.000Z",
    ],
    ["03:00 after the fall back", "Europe/Paris", "2026-10-25", 180, "2026-10-25T02:00:00.000Z"],
    ["New York skipped 02:30", "America/New_York", "2026-03-08", 150, "2026-03-08T07:00:00.000Z"],
    ["New York repeated 01:30", "America/New_York", "2026-11-01", 90, "2026-11-01T05:30:00.000Z"],
  ];
  test.each(cases)("%s", (_label, zone, date, minute, instant) => {
    expect(new Date(wallClockToInstant(zone, dayFromIsoDate(date), minute)).toISOString()).toBe(
      instant,
    );
  });
});

describe("localDayOf and weekdayOf", () => {
  const cases: Array<[string, string, string, number]> = [
    ["Paris, late evening UTC is the next day", "Europe/Paris", "2026-03-28T23:30:00Z", 0],
    ["New York, early UTC is the day before", "America/New_York", "2026-03-29T03:00:00Z", 6],
    ["leap day", "Europe/Paris", "2028-02-29T12:00:00Z", 2],
  ];
  test.each(cases)("%s", (_label, zone, instant, weekday) => {
    expect(weekdayOf(localDayOf(zone, new Date(instant).getTime()))).toBe(weekday);
  });
});

describe("isValidTimeZone", () => {
  test.each([
    ["Europe/Paris", true],
    ["America/Guadeloupe", true],
    ["UTC", true],
    ["Mars/Olympus", false],
    ["+01:00", false],
    ["", false],
  ] as const)("%s → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

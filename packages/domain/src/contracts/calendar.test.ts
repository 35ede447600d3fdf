import { describe, expect, test } from "vitest";
import { addDays, addMonths, addYears, isIsoDate, toParisCalendarDate } from "./calendar.ts";

describe("calendar dates of contracts", () => {
  test("the host time zone of this run is not Paris (leaks would show)", () => {
    expect(process.env.TZ).toBe("America/New_York");
  });

  test.each([
    ["2024-01-15", 6, "2024-07-15"],
    ["2024-02-29", 6, "2024-08-29"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2022-08-31", 6, "2023-02-28"],
    ["2024-08-31", 6, "2025-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-06-01", 12, "2025-06-01"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-03-15", -3, "2023-12-15"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  test.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2025-01-01", 1, "2026-01-01"],
  ])("%s + %i years = %s", (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  test.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    // The night the clocks go forward in Paris and in New York is still one calendar day.
    ["2024-03-30", 1, "2024-03-31"],
  ])("%s + %i day = %s", (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  test.each([
    ["2018-06-30T21:59:59Z", "2018-06-30"],
    ["2018-06-30T22:00:00Z", "2018-07-01"],
    ["2016-02-14T22:59:59Z", "2016-02-14"],
    ["2016-02-14T23:00:00Z", "2016-02-15"],
    ["2024-03-31T00:30:00Z", "2024-03-31"],
  ])("instant %s is %s in Paris", (instant, expected) => {
    expect(toParisCalendarDate(new Date(instant))).toBe(expected);
  });

  test.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024-01-32", ""])(
    "%j is not a calendar date",
    (text) => {
      expect(isIsoDate(text)).toBe(false);
      expect(() => toParisCalendarDate(text)).toThrow(/Date invalide/);
    },
  );

  test("an invalid instant is refused", () => {
    expect(() => toParisCalendarDate(new Date("not a date"))).toThrow(/Date invalide/);
  });
});

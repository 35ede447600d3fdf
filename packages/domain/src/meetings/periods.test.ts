import { describe, expect, test } from "vitest";
import { contractMeetingPeriods } from "./periods.ts";

const p = (start: string, end: string) => ({ start, end });

describe("contractMeetingPeriods", () => {
  test("a contract starting on 1 March 2017: monthly until February 2018, then quarterly", () => {
    expect(contractMeetingPeriods("2017-03-01", 2017)).toEqual([
      p("2017-03-01", "2017-04-01"),
      p("2017-04-01", "2017-05-01"),
      p("2017-05-01", "2017-06-01"),
      p("2017-06-01", "2017-07-01"),
      p("2017-07-01", "2017-08-01"),
      p("2017-08-01", "2017-09-01"),
      p("2017-09-01", "2017-10-01"),
      p("2017-10-01", "2017-11-01"),
      p("2017-11-01", "2017-12-01"),
      p("2017-12-01", "2018-01-01"),
    ]);
    expect(contractMeetingPeriods("2017-03-01", 2018)).toEqual([
      p("2018-01-01", "2018-02-01"),
      p("2018-02-01", "2018-03-01"),
      p("2018-03-01", "2018-06-01"),
      p("2018-06-01", "2018-09-01"),
      p("2018-09-01", "2018-12-01"),
      // The quarter December–February: its part inside 2018.
      p("2018-12-01", "2019-01-01"),
    ]);
  });

  test("mid-month: the first period starts on the start day itself", () => {
    const periods = contractMeetingPeriods("2026-06-15", 2026);
    expect(periods[0]).toEqual(p("2026-06-15", "2026-07-01"));
    expect(periods).toHaveLength(7); // June (part) to December
  });

  test("started on 31 December: one day, then eleven months, then quarters from December", () => {
    expect(contractMeetingPeriods("2025-12-31", 2025)).toEqual([p("2025-12-31", "2026-01-01")]);
    const next = contractMeetingPeriods("2025-12-31", 2026);
    expect(next).toHaveLength(12);
    expect(next[0]).toEqual(p("2026-01-01", "2026-02-01"));
    expect(next[10]).toEqual(p("2026-11-01", "2026-12-01"));
    expect(next[11]).toEqual(p("2026-12-01", "2027-01-01")); // the first quarter, clipped
    expect(contractMeetingPeriods("2025-12-31", 2027)[0]).toEqual(p("2027-01-01", "2027-03-01"));
  });

  test("a leap year: February 2028 ends on 1 March", () => {
    const periods = contractMeetingPeriods("2027-11-10", 2028);
    expect(periods[1]).toEqual(p("2028-02-01", "2028-03-01"));
    // Monthly until October 2028 (the twelfth month), then the quarter November–January.
    expect(periods.slice(-2)).toEqual([
      p("2028-10-01", "2028-11-01"),
      p("2028-11-01", "2029-01-01"),
    ]);
  });

  test.each([
    ["a year before the contract", "2018-07-01", 2017, []],
    [
      "years later, quarters only",
      "2018-07-01",
      2024,
      [
        p("2024-01-01", "2024-04-01"),
        p("2024-04-01", "2024-07-01"),
        p("2024-07-01", "2024-10-01"),
        p("2024-10-01", "2025-01-01"),
      ],
    ],
  ])("%s", (_label, start, year, expected) => {
    expect(contractMeetingPeriods(start, year)).toEqual(expected);
  });

  test("a bad start date is refused in French", () => {
    expect(() => contractMeetingPeriods("2018-02-30", 2018)).toThrow(
      /Date de début du contrat invalide/,
    );
  });
});

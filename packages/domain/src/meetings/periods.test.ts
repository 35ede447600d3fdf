import { describe, expect, test } from "vitest";
import { contractMeetingPeriods } from "./periods.ts";

const p = (start: string, end: string) => ({ start, end });
/** The twelve-or-fewer calendar months from `from` (a first of month) to `to`, as periods. */
const months = (year: number, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => {
    const m = first + i;
    const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
    return p(`${year}-${String(m).padStart(2, "0")}-01`, next);
  });

type Case = [
  label: string,
  start: string,
  year: number,
  expected: { start: string; end: string }[],
];

const cases: Case[] = [
  // Started on the 1st (Bègles' contract model, 000: 1 March 2017).
  ["on the 1st, the year before", "2017-03-01", 2016, []],
  ["on the 1st, its first year: ten months", "2017-03-01", 2017, months(2017, 3, 12)],
  [
    "on the 1st, the year the twelve months end: two months, then quarters",
    "2017-03-01",
    2018,
    [
      ...months(2018, 1, 2),
      p("2018-03-01", "2018-06-01"),
      p("2018-06-01", "2018-09-01"),
      p("2018-09-01", "2018-12-01"),
      p("2018-12-01", "2019-01-01"), // December–February: its part inside 2018
    ],
  ],
  [
    "on the 1st, a year after: quarters from March, the first one clipped",
    "2017-03-01",
    2019,
    [
      p("2019-01-01", "2019-03-01"),
      p("2019-03-01", "2019-06-01"),
      p("2019-06-01", "2019-09-01"),
      p("2019-09-01", "2019-12-01"),
      p("2019-12-01", "2020-01-01"),
    ],
  ],
  // Mid-month: the first month starts on the day itself.
  ["mid-month, the year before", "2026-06-15", 2025, []],
  [
    "mid-month, its first year",
    "2026-06-15",
    2026,
    [p("2026-06-15", "2026-07-01"), ...months(2026, 7, 12)],
  ],
  [
    "mid-month, the year the twelve months end",
    "2026-06-15",
    2027,
    [
      ...months(2027, 1, 5),
      p("2027-06-01", "2027-09-01"),
      p("2027-09-01", "2027-12-01"),
      p("2027-12-01", "2028-01-01"),
    ],
  ],
  [
    "mid-month, years later: quarters only",
    "2018-07-16",
    2024,
    [
      p("2024-01-01", "2024-04-01"),
      p("2024-04-01", "2024-07-01"),
      p("2024-07-01", "2024-10-01"),
      p("2024-10-01", "2025-01-01"),
    ],
  ],
  // On 31 December: the first month is one day long.
  ["on 31 December, the year before", "2025-12-31", 2024, []],
  ["on 31 December, its first year: one day", "2025-12-31", 2025, [p("2025-12-31", "2026-01-01")]],
  [
    "on 31 December, the next year: eleven months, then the first quarter clipped",
    "2025-12-31",
    2026,
    [...months(2026, 1, 11), p("2026-12-01", "2027-01-01")],
  ],
  [
    "on 31 December, two years on: quarters from December",
    "2025-12-31",
    2027,
    [
      p("2027-01-01", "2027-03-01"),
      p("2027-03-01", "2027-06-01"),
      p("2027-06-01", "2027-09-01"),
      p("2027-09-01", "2027-12-01"),
      p("2027-12-01", "2028-01-01"),
    ],
  ],
  // Leap years: 29 February as a start, February 2028 as a month.
  [
    "on 29 February 2024, its first year",
    "2024-02-29",
    2024,
    [p("2024-02-29", "2024-03-01"), ...months(2024, 3, 12)],
  ],
  [
    "on 29 February 2024, the next year: January, then quarters from February",
    "2024-02-29",
    2025,
    [
      ...months(2025, 1, 1),
      p("2025-02-01", "2025-05-01"),
      p("2025-05-01", "2025-08-01"),
      p("2025-08-01", "2025-11-01"),
      p("2025-11-01", "2026-01-01"),
    ],
  ],
  [
    "mid-November 2027, during the leap year 2028: February ends on 1 March",
    "2027-11-10",
    2028,
    [...months(2028, 1, 10), p("2028-11-01", "2029-01-01")],
  ],
];

describe("contractMeetingPeriods", () => {
  test.each(cases)("%s (%s, %i)", (_label, start, year, expected) => {
    expect(contractMeetingPeriods(start, year)).toEqual(expected);
  });

  test("periods follow each other without gap or overlap, from the start day on", () => {
    const all = [2017, 2018, 2019, 2020].flatMap((y) => contractMeetingPeriods("2017-03-15", y));
    expect(all[0]?.start).toBe("2017-03-15");
    for (let i = 1; i < all.length; i++) expect(all[i]?.start).toBe(all[i - 1]?.end);
  });

  test.each([
    ["2018-02-30", 2018, /Date de début du contrat invalide\s: «\s2018-02-30\s»/],
    ["1er mars 2017", 2018, /Date de début du contrat invalide/],
    ["2017-03-01", 2018.5, /Année invalide/],
  ])("bad input is refused in French: %s, %s", (start, year, message) => {
    expect(() => contractMeetingPeriods(start as string, year as number)).toThrow(message);
  });
});

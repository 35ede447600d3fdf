import { describe, expect, test } from "vitest";
import { frenchPublicHolidays } from "./holidays.ts";

// Metropolitan France only: no Vendredi saint nor 26 décembre (Alsace-Moselle), no Sunday
// observances (Pâques, Pentecôte, Fête des Mères).
const cases: Array<[number, string[]]> = [
  [
    2025,
    [
      "01-01",
      "04-21",
      "05-01",
      "05-08",
      "05-29",
      "06-09",
      "07-14",
      "08-15",
      "11-01",
      "11-11",
      "12-25",
    ],
  ],
  [
    2026,
    [
      "01-01",
      "04-06",
      "05-01",
      "05-08",
      "05-14",
      "05-25",
      "07-14",
      "08-15",
      "11-01",
      "11-11",
      "12-25",
    ],
  ],
  [
    2027,
    [
      "01-01",
      "03-29",
      "05-01",
      "05-06",
      "05-08",
      "05-17",
      "07-14",
      "08-15",
      "11-01",
      "11-11",
      "12-25",
    ],
  ],
  [
    2028,
    [
      "01-01",
      "04-17",
      "05-01",
      "05-08",
      "05-25",
      "06-05",
      "07-14",
      "08-15",
      "11-01",
      "11-11",
      "12-25",
    ],
  ],
];

describe("frenchPublicHolidays", () => {
  test.each(cases)("%i", (year, days) => {
    expect(frenchPublicHolidays(year)).toEqual(days.map((day) => `${year}-${day}`));
  });
});

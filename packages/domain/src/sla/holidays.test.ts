import { describe, expect, test } from "vitest";
import { frenchPublicHolidays } from "./holidays.ts";
import { FRENCH_HOLIDAYS_BY_YEAR } from "./test-fixtures.ts";

describe("frenchPublicHolidays", () => {
  test.each(FRENCH_HOLIDAYS_BY_YEAR)("%i", (year, days) => {
    expect(frenchPublicHolidays(year)).toEqual(days.map((day) => `${year}-${day}`));
  });
});

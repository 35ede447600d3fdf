import { describe, expect, test } from "vitest";
import { FIRST_YEAR, isHandledYear, LAST_YEAR } from "./years.ts";

describe("isHandledYear", () => {
  test.each([
    [FIRST_YEAR, true],
    [2024, true],
    [LAST_YEAR, true],
    [1999, false],
    [2101, false],
    [2024.5, false],
    [Number.NaN, false],
    [0, false],
  ])("%s → %s", (year, handled) => {
    expect(isHandledYear(year)).toBe(handled);
  });
});

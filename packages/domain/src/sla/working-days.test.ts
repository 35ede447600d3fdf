import { expect, test } from "vitest";
import { isFrenchWorkingDay } from "./holidays.ts";

test.each([
  ["2026-05-14", false], // Ascension, a Thursday
  ["2026-05-15", true],
  ["2026-05-16", false], // Saturday
  ["2026-05-17", false], // Sunday
  ["2026-05-25", false], // Whit Monday
  ["2026-07-14", false],
  ["2028-02-29", true], // leap day, a Tuesday
  ["1969-12-31", true], // before the epoch, a Wednesday
])("%s is a French working day: %s", (day, working) => {
  expect(isFrenchWorkingDay(day)).toBe(working);
});

import { describe, expect, test } from "vitest";
import { parsePeriodKey } from "./periods.ts";
import { isReferencePeriod, referenceYear } from "./reference.ts";

describe("the reference level: the contract's first year (000 art. 2)", () => {
  test("a year from the contract's start, a leap day kept as the last of February", () => {
    expect(referenceYear("2016-02-15")).toEqual({ from: "2016-02-15", to: "2017-02-15" });
    expect(referenceYear("2016-02-29")).toEqual({ from: "2016-02-29", to: "2017-02-28" });
  });

  // Bègles: contract from 15 February 2016.
  test.each<[string, string | null, boolean]>([
    ["2016-02", "2016-02-15", true],
    ["2016", "2016-02-15", true],
    ["2017-01", "2016-02-15", true],
    ["2017", "2016-02-15", true], // straddles the anniversary: partly the first year's
    ["2017-T1", "2016-02-15", true],
    ["2017-03", "2016-02-15", false],
    ["2017-T2", "2016-02-15", false],
    ["2018", "2016-02-15", false],
    ["2016-01", "2016-02-15", false], // before the contract: not its reference
    ["2026", null, false], // no known start: nothing is a reference
  ])("%s with a contract from %s → %s", (key, start, expected) => {
    const period = parsePeriodKey(key);
    if (!period) throw new Error(key);
    expect(isReferencePeriod(period, start)).toBe(expected);
  });
});

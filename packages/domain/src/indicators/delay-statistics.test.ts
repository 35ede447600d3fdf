import { describe, expect, test } from "vitest";
import { delayStatistics, nearestRank } from "./delay-statistics.ts";

describe("nearestRank", () => {
  test.each<[number[], number, number | null]>([
    [[], 50, null],
    [[7], 50, 7],
    [[7], 90, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9], // ⌈9⌉ = 9, not 10 (0.9 × 10 is not exact in floats)
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 50, 6], // ⌈5.5⌉ = 6
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10], // ⌈9.9⌉ = 10
    [[15, 20, 35, 40, 50], 50, 35], // the classic example: ⌈2.5⌉ = 3
    [[15, 20, 35, 40, 50], 100, 50],
    [[15, 20, 35, 40, 50], 0, 15], // rank at least 1
  ])("%j at %i % → %s", (list, p, expected) => expect(nearestRank(list, p)).toBe(expected));
});

describe("delayStatistics", () => {
  test("an empty list is « not measured », never 0", () => {
    expect(delayStatistics([])).toEqual({ count: 0, median: null, p90: null, compliance: null });
    expect(delayStatistics([], 240)).toEqual({
      count: 0,
      median: null,
      p90: null,
      compliance: { met: 0, total: 0, percent: null },
    });
  });

  test.each<[string, number[], number | undefined, object]>([
    [
      "one value",
      [180],
      240,
      { count: 1, median: 180, p90: 180, compliance: { met: 1, total: 1, percent: 100 } },
    ],
    [
      "a value at the target meets it",
      [240, 241],
      240,
      { count: 2, median: 240, p90: 241, compliance: { met: 1, total: 2, percent: 50 } },
    ],
    [
      "ties",
      [60, 60, 60, 300, 300],
      240,
      { count: 5, median: 60, p90: 300, compliance: { met: 3, total: 5, percent: 60 } },
    ],
    [
      "unsorted input, « 95 % en 4 heures ouvrées » missed by one of twenty",
      [30, 500, 45, 60, 90, 120, 30, 45, 60, 90, 120, 30, 45, 60, 90, 120, 30, 45, 60, 241],
      240,
      { count: 20, median: 60, p90: 120, compliance: { met: 18, total: 20, percent: 90 } },
    ],
    [
      "without a target, no compliance",
      [10, 20, 30],
      undefined,
      { count: 3, median: 20, p90: 30, compliance: null },
    ],
  ])("%s", (_label, durations, target, expected) => {
    expect(delayStatistics(durations, target)).toEqual(expected);
  });

  test("the caller's list is left as it was", () => {
    const durations = [3, 1, 2];
    delayStatistics(durations, 2);
    expect(durations).toEqual([3, 1, 2]);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    "a delay of %s is refused in French",
    (bad) => {
      expect(() => delayStatistics([10, bad])).toThrow(/Durée invalide/);
    },
  );
});

import { describe, expect, test } from "vitest";
import { type DelaySample, delayRows } from "./indicators.ts";

const sample = (over: Partial<DelaySample>): DelaySample => ({
  year: 2025,
  measure: "handling",
  type: "demande",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "non-bloquant",
  minutes: [],
  targets: [],
  ...over,
});

// 20 ordinary requests, 19 within 4 h: 95 % exactly keeps « 95 % en 4 heures ouvrées ».
const ordinary = sample({
  minutes: [...Array.from({ length: 19 }, (_, i) => 10 * (i + 1)), 241],
  targets: Array.from({ length: 20 }, () => 240),
});

describe("delayRows", () => {
  test("median and p90 by nearest rank, within target per saisine", () => {
    const rows = delayRows([ordinary, sample({ year: 2024, minutes: [1] })], 2025);
    expect(rows).toEqual([
      {
        measure: "handling",
        nature: "ordinaire",
        criticality: "non-bloquant",
        count: 20,
        median: 100,
        p90: 180,
        withTarget: 20,
        met: 19,
        percent: 95,
      },
    ]);
  });
});

import { describe, expect, test } from "vitest";
import {
  complianceRate,
  meetsComplianceTarget,
  type SlaTarget,
  slaTargetSchema,
} from "./targets.ts";

/** `met` durations within a 240-minute target, then `total - met` beyond it. */
const durations = (met: number, total: number) =>
  Array.from({ length: total }, (_, i) => (i < met ? 240 : 241));

describe("complianceRate", () => {
  const cases: Array<
    [string, number[], number, { met: number; total: number; percent: number | null }]
  > = [
    ["nothing measured yet", [], 240, { met: 0, total: 0, percent: null }],
    [
      "equal to the target counts as met",
      [240, 241, 100],
      240,
      { met: 2, total: 3, percent: 66.67 },
    ],
    ["all met", [0, 1, 2], 240, { met: 3, total: 3, percent: 100 }],
    ["none met", [300, 241], 240, { met: 0, total: 2, percent: 0 }],
    ["19 of 20", durations(19, 20), 240, { met: 19, total: 20, percent: 95 }],
    ["1 of 3", durations(1, 3), 240, { met: 1, total: 3, percent: 33.33 }],
    ["5 of 6", durations(5, 6), 240, { met: 5, total: 6, percent: 83.33 }],
    ["1 of 6", durations(1, 6), 240, { met: 1, total: 6, percent: 16.67 }],
    ["7 of 9", durations(7, 9), 240, { met: 7, total: 9, percent: 77.78 }],
    ["18 of 19", durations(18, 19), 240, { met: 18, total: 19, percent: 94.74 }],
    ["half up: 1 of 32 is 3.125", durations(1, 32), 240, { met: 1, total: 32, percent: 3.13 }],
    ["1 of 64 is 1.5625", durations(1, 64), 240, { met: 1, total: 64, percent: 1.56 }],
    ["fractional durations", [239.5, 240.25], 240, { met: 1, total: 2, percent: 50 }],
    [
      "18,999 of 20,000 shows 95",
      durations(18_999, 20_000),
      240,
      { met: 18_999, total: 20_000, percent: 95 },
    ],
  ];
  test.each(cases)("%s", (_label, values, target, expected) => {
    expect(complianceRate(values, target)).toEqual(expected);
  });

  test.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("refuses a duration of %s", (bad) => {
    expect(() => complianceRate([10, bad], 240)).toThrow(/Durée invalide/);
  });
});

describe("meetsComplianceTarget", () => {
  const within4h = (
    compliancePercent?: number,
  ): Pick<SlaTarget, "businessMinutes" | "compliancePercent"> => ({
    businessMinutes: 240,
    compliancePercent,
  });
  const cases: Array<
    [string, number[], Pick<SlaTarget, "businessMinutes" | "compliancePercent">, boolean | null]
  > = [
    ["not measured yet", [], within4h(95), null],
    ["19 of 20 keeps 95 %", durations(19, 20), within4h(95), true],
    ["18 of 19 misses 95 %", durations(18, 19), within4h(95), false],
    // Shown as 95 % once rounded, yet short of it: the exact ratio decides.
    ["18,999 of 20,000 misses 95 %", durations(18_999, 20_000), within4h(95), false],
    ["199 of 200 keeps 99.5 %", durations(199, 200), within4h(99.5), true],
    ["398 of 401 misses 99.5 %", durations(398, 401), within4h(99.5), false],
    ["no percent means every case", durations(3, 3), within4h(), true],
    ["no percent, one late", durations(2, 3), within4h(), false],
    ["2 of 3 keeps 66.66 %", durations(2, 3), within4h(66.66), true],
    ["2 of 3 misses 66.67 %", durations(2, 3), within4h(66.67), false],
  ];
  test.each(cases)("%s", (_label, values, target, expected) => {
    expect(meetsComplianceTarget(values, target)).toBe(expected);
  });
});

describe("slaTargetSchema", () => {
  const valid: Array<[string, unknown]> = [
    ["handling delay", { indicator: "3.3.1", businessMinutes: 240, compliancePercent: 95 }],
    [
      "resolution by criticality",
      { indicator: "3.3.2", criticality: "bloquant", businessMinutes: 480 },
    ],
    ["intervention", { indicator: "4.1.1", businessMinutes: 1 }],
    [
      "restoration at 99.5 %",
      { indicator: "4.1.2", businessMinutes: 900, compliancePercent: 99.5 },
    ],
    ["100 %", { indicator: "3.3.1", businessMinutes: 60, compliancePercent: 100 }],
  ];
  test.each(valid)("accepts %s", (_label, input) => {
    expect(slaTargetSchema.safeParse(input).success).toBe(true);
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ["an unknown indicator", { indicator: "4.2.1", businessMinutes: 60 }, /Indicateur inconnu/],
    ["zero minutes", { indicator: "3.3.1", businessMinutes: 0 }, /strictement positif/],
    [
      "fractional minutes",
      { indicator: "3.3.1", businessMinutes: 240.5 },
      /minutes ouvrées entières/,
    ],
    [
      "over 100 %",
      { indicator: "3.3.1", businessMinutes: 60, compliancePercent: 101 },
      /dépasser 100/,
    ],
    ["0 %", { indicator: "3.3.1", businessMinutes: 60, compliancePercent: 0 }, /supérieur à 0/],
    [
      "three decimals",
      { indicator: "3.3.1", businessMinutes: 60, compliancePercent: 95.555 },
      /deux décimales/,
    ],
    [
      "an empty criticality",
      { indicator: "3.3.2", criticality: "  ", businessMinutes: 60 },
      /Criticité vide/,
    ],
    ["an unknown field", { indicator: "3.3.1", businessMinutes: 60, hours: 4 }, /hours/],
  ];
  test.each(invalid)("rejects %s", (_label, input, message) => {
    const result = slaTargetSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});

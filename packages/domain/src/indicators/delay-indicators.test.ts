import { describe, expect, test } from "vitest";
import type { IndicatorTarget } from "../contracts/indicator-targets.ts";
import {
  type DelayCell,
  delayIndicatorResult,
  delayScopeOf,
  indicatorOfCell,
  reachesShare,
  shareOf,
  volumeChange,
} from "./delay-indicators.ts";

const cell = (fields: Partial<DelayCell>): DelayCell => ({
  measure: "handling",
  scope: "general",
  nature: "ordinaire",
  criticality: "non-bloquant",
  count: 0,
  withTarget: 0,
  met: 0,
  ...fields,
});
const WITH_4_1 = new Set(["3.3.1", "3.3.2", "4.1.1", "4.1.2"]);
const WITHOUT_4_1 = new Set(["3.3.1", "3.3.2"]);
const DEMO_3_3_1: IndicatorTarget = {
  kind: "delay",
  rules: [
    { businessMinutes: 240, compliancePercent: 95 },
    { nature: "urgence", businessMinutes: 60 },
  ],
};

describe("which indicator measures a saisine", () => {
  test.each<[string, string, string, ReadonlySet<string>, string]>([
    ["incident", "D", "handling", WITH_4_1, "4.1.1"],
    ["incident", "D", "resolution", WITH_4_1, "4.1.2"],
    ["incident", "D", "handling", WITHOUT_4_1, "3.3.1"],
    ["incident", "D", "resolution", WITHOUT_4_1, "3.3.2"],
    ["incident", "C", "handling", WITH_4_1, "3.3.1"],
    ["incident", "C", "resolution", WITH_4_1, "3.3.2"],
    ["demande", "D", "handling", WITH_4_1, "3.3.1"],
  ])("%s of sub-domain %s, %s → %s", (type, subDomain, measure, codes, code) => {
    const scope = delayScopeOf({ type, subDomain });
    expect(indicatorOfCell({ measure: measure as DelayCell["measure"], scope }, codes)).toBe(code);
  });
});

describe("shares, decided on integers", () => {
  test.each<[number, number, number | null]>([
    [0, 0, null],
    [2, 3, 66.67],
    [1, 3, 33.33],
    [19, 20, 95],
    [1, 8, 12.5],
  ])("%i / %i → %s %", (part, whole, percent) => {
    expect(shareOf(part, whole).percent).toBe(percent);
  });

  test.each<[number, number, number, boolean]>([
    [19, 20, 95, true], // exactly 95 %
    [18999, 20000, 95, false], // 94.995 % rounds to 95.00 but misses it
    [9, 10, 90, true],
    [0, 1, 0.01, false],
    [1, 1, 100, true],
  ])("%i / %i reaches %s % → %s", (met, total, percent, expected) => {
    expect(reachesShare(met, total, percent)).toBe(expected);
  });
});

describe("delayIndicatorResult", () => {
  test("nothing handled in the period: « Non mesuré », never 0 %", () => {
    const result = delayIndicatorResult({
      code: "3.3.1",
      target: DEMO_3_3_1,
      cells: [],
      annexCodes: WITH_4_1,
      minutes: [],
      reference: false,
    });
    expect(result).toEqual({
      code: "3.3.1",
      count: 0,
      statistics: { median: null, p90: null },
      compliance: { met: 0, total: 0, percent: null },
      rules: [
        expect.objectContaining({
          description: "95 % en 4 heures ouvrées",
          kept: null,
          percent: null,
        }),
        expect.objectContaining({ description: "Urgence : 1 heure ouvrée", kept: null }),
      ],
      status: "not-measured",
    });
  });

  test("each cell goes to its most specific rule; 19 of 20 within 4 h keep « 95 % en 4 heures »", () => {
    const result = delayIndicatorResult({
      code: "3.3.1",
      target: DEMO_3_3_1,
      cells: [
        cell({ count: 12, withTarget: 12, met: 11 }),
        cell({ criticality: "bloquant", count: 8, withTarget: 8, met: 8 }),
        cell({ nature: "urgence", count: 3, withTarget: 3, met: 2 }),
        // D incidents are 4.1.1's when the annex has it: not counted here.
        cell({ scope: "infrastructure", count: 5, withTarget: 5, met: 0 }),
        // Resolutions are 3.3.2's.
        cell({ measure: "resolution", count: 9, withTarget: 9, met: 1 }),
      ],
      annexCodes: WITH_4_1,
      reference: false,
    });
    expect(result.count).toBe(23);
    expect(result.statistics).toBeNull();
    expect(result.compliance).toEqual({ met: 21, total: 23, percent: 91.3 });
    expect(result.rules).toEqual([
      {
        description: "95 % en 4 heures ouvrées",
        met: 19,
        total: 20,
        percent: 95,
        requiredPercent: 95,
        kept: true,
      },
      {
        description: "Urgence : 1 heure ouvrée",
        met: 2,
        total: 3,
        percent: 66.67,
        requiredPercent: 100,
        kept: false,
      },
    ]);
    expect(result.status).toBe("missed");
  });

  test("without 4.1.1 in the annex, D incidents are handled under 3.3.1", () => {
    const result = delayIndicatorResult({
      code: "3.3.1",
      target: { kind: "delay", rules: [{ businessMinutes: 240 }] },
      cells: [
        cell({ count: 2, withTarget: 2, met: 2 }),
        cell({ scope: "infrastructure", count: 1, withTarget: 1, met: 1 }),
      ],
      annexCodes: WITHOUT_4_1,
      minutes: [30, 200, 45],
      reference: false,
    });
    expect(result).toMatchObject({
      count: 3,
      statistics: { median: 45, p90: 200 },
      status: "kept",
    });
  });

  test("saisines filed while the target was to define are measured, not counted in compliance", () => {
    const result = delayIndicatorResult({
      code: "3.3.2",
      target: {
        kind: "delay",
        rules: [{ criticality: "bloquant", businessMinutes: 480, compliancePercent: 90 }],
      },
      cells: [
        cell({ measure: "resolution", criticality: "bloquant", count: 10, withTarget: 4, met: 4 }),
        cell({ measure: "resolution", count: 6, withTarget: 0, met: 0 }),
      ],
      annexCodes: WITH_4_1,
      reference: false,
    });
    expect(result.count).toBe(16);
    expect(result.compliance).toEqual({ met: 4, total: 4, percent: 100 });
    expect(result.rules[0]).toMatchObject({
      description: "Bloquant : 90 % en 8 heures ouvrées",
      kept: true,
    });
    expect(result.status).toBe("kept");
  });

  test.each<[string, IndicatorTarget, boolean, string]>([
    [
      "a target still to define: measured",
      { kind: "to-define-jointly", dueYear: 2026 },
      false,
      "measured",
    ],
    ["the contract's first year: the reference level", DEMO_3_3_1, true, "reference"],
  ])("%s", (_label, target, reference, status) => {
    const result = delayIndicatorResult({
      code: "3.3.1",
      target,
      cells: [cell({ count: 4, withTarget: 4, met: 1 })],
      annexCodes: WITH_4_1,
      reference,
    });
    expect(result.status).toBe(status);
  });
});

describe("volumeChange", () => {
  test.each<[number, number, number | null]>([
    [120, 100, 20],
    [90, 120, -25],
    [1, 3, -66.7],
    [5, 0, null],
    [0, 0, null],
  ])("%i after %i → %s %", (current, previous, change) => {
    expect(volumeChange(current, previous)).toEqual({ current, previous, changePercent: change });
  });
});

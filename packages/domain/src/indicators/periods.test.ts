import { describe, expect, test } from "vitest";
import {
  measuredPeriods,
  monthsOf,
  type Periodicity,
  parsePeriodKey,
  periodHasEnded,
  periodInstants,
  periodLabel,
  periodOf,
  periodsOfYear,
  previousPeriod,
  samePeriodLastYear,
} from "./periods.ts";

describe("periodOf — the period a Paris day belongs to", () => {
  test.each<[Periodicity, string, string, string, string]>([
    ["monthly", "2026-05-14", "2026-05", "2026-05-01", "2026-06-01"],
    ["monthly", "2024-02-29", "2024-02", "2024-02-01", "2024-03-01"], // leap day
    ["monthly", "2026-12-31", "2026-12", "2026-12-01", "2027-01-01"], // the year turns
    ["monthly", "2026-03-29", "2026-03", "2026-03-01", "2026-04-01"], // summer time starts
    ["quarterly", "2026-01-01", "2026-T1", "2026-01-01", "2026-04-01"],
    ["quarterly", "2026-06-30", "2026-T2", "2026-04-01", "2026-07-01"],
    ["quarterly", "2026-10-25", "2026-T4", "2026-10-01", "2027-01-01"], // winter time returns
    ["annual", "2018-07-01", "2018", "2018-01-01", "2019-01-01"],
  ])("%s, %s → %s [%s, %s)", (periodicity, day, key, from, to) => {
    expect(periodOf(periodicity, day)).toEqual({ periodicity, key, from, to });
  });
});

describe("parsePeriodKey", () => {
  test.each<[string, string | null]>([
    ["2026", "annual 2026-01-01"],
    ["2026-T3", "quarterly 2026-07-01"],
    ["2026-09", "monthly 2026-09-01"],
    [" 2026-09 ", "monthly 2026-09-01"],
    ["2026-13", null],
    ["2026-00", null],
    ["2026-T5", null],
    ["2026-T0", null],
    ["1999", null],
    ["26", null],
    ["2026-9", null],
    ["", null],
  ])("« %s » → %s", (key, expected) => {
    const period = parsePeriodKey(key);
    expect(period ? `${period.periodicity} ${period.from}` : null).toBe(expected);
  });
});

describe("periods of a year, before and the year before", () => {
  test("12 months, 4 quarters, 1 year, in order", () => {
    expect(periodsOfYear("monthly", 2026).map((p) => p.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
    expect(periodsOfYear("quarterly", 2026).map((p) => p.key)).toEqual([
      "2026-T1",
      "2026-T2",
      "2026-T3",
      "2026-T4",
    ]);
    expect(periodsOfYear("annual", 2026).map((p) => p.key)).toEqual(["2026"]);
  });

  test.each<[string, string, string]>([
    ["2024-02", "2023-02", "2024-01"],
    ["2026-01", "2025-01", "2025-12"],
    ["2026-T1", "2025-T1", "2025-T4"],
    ["2026", "2025", "2025"],
  ])("%s: a year earlier %s, just before %s", (key, lastYear, before) => {
    const period = parsePeriodKey(key);
    if (!period) throw new Error(key);
    expect(samePeriodLastYear(period).key).toBe(lastYear);
    expect(previousPeriod(period).key).toBe(before);
  });

  test("the months a period covers", () => {
    expect(monthsOf({ from: "2026-04-01", to: "2026-07-01" })).toEqual([
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
    ]);
    expect(monthsOf({ from: "2025-01-01", to: "2026-01-01" })).toHaveLength(12);
  });
});

describe("periodHasEnded — a period is measured once its last Paris day is over", () => {
  test.each<[string, string, boolean]>([
    ["2026-05", "2026-05-31", false],
    ["2026-05", "2026-06-01", true],
    ["2026-T2", "2026-06-30", false],
    ["2026-T2", "2026-07-01", true],
    ["2025", "2025-12-31", false],
    ["2025", "2026-01-01", true],
  ])("%s on %s → %s", (key, today, ended) => {
    const period = parsePeriodKey(key);
    if (!period) throw new Error(key);
    expect(periodHasEnded(period, today)).toBe(ended);
  });
});

describe("periodInstants — Paris midnights, whatever the host's zone", () => {
  test.each<[string, string, string]>([
    // March 2026: CET at the start, CEST (summer time from the 29th) at the end.
    ["2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    // October 2026: CEST at the start, CET from the 25th.
    ["2026-10", "2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z"],
    ["2024", "2023-12-31T23:00:00.000Z", "2024-12-31T23:00:00.000Z"],
  ])("%s spans [%s, %s)", (key, start, end) => {
    const period = parsePeriodKey(key);
    if (!period) throw new Error(key);
    const instants = periodInstants(period);
    expect([instants.start.toISOString(), instants.end.toISOString()]).toEqual([start, end]);
  });
});

describe("periodLabel", () => {
  test.each<[string, string]>([
    ["2026", "2026"],
    ["2026-T1", "1er trimestre 2026"],
    ["2026-T4", "4e trimestre 2026"],
    ["2026-08", "août 2026"],
  ])("%s → « %s »", (key, label) => {
    const period = parsePeriodKey(key);
    if (!period) throw new Error(key);
    expect(periodLabel(period)).toBe(label);
  });
});

describe("measuredPeriods — what an indicator shows for the period asked", () => {
  test.each<[string, Periodicity[], string[]]>([
    ["2025", ["annual"], ["2025"]],
    ["2025-T2", ["annual"], ["2025"]],
    ["2025-05", ["quarterly", "annual"], ["2025-T2"]],
    ["2025-05", ["monthly", "quarterly"], ["2025-05"]],
    ["2025", ["monthly", "quarterly"], ["2025-T1", "2025-T2", "2025-T3", "2025-T4"]],
    ["2025-T3", ["monthly"], ["2025-07", "2025-08", "2025-09"]],
    ["2025-T3", [], ["2025-T3"]],
  ])("%s, measured %j → %j", (key, allowed, keys) => {
    const asked = parsePeriodKey(key);
    if (!asked) throw new Error(key);
    expect(measuredPeriods(asked, allowed).map((p) => p.key)).toEqual(keys);
  });
});

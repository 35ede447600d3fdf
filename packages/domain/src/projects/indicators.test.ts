import { describe, expect, test } from "vitest";
import { type LoggedEffort, projectDeliveryRate, projectLoad } from "./indicators.ts";

describe("indicator 2.1.1 — load on projects against the contract's days", () => {
  // Bègles commits 110 j/h a year to projects (004, annex of its contract).
  const effort: LoggedEffort[] = [
    { workedOn: "2025-12-31", halfDays: 20, activity: "communale" }, // the year before
    { workedOn: "2026-01-01", halfDays: 40, activity: "communale" },
    { workedOn: "2026-06-15", halfDays: 30, activity: "transverse" },
    { workedOn: "2026-12-31", halfDays: 11, activity: "mutualisee" },
    { workedOn: "2027-01-01", halfDays: 8, activity: "communale" }, // the year after
  ];
  const projects = [
    { estimatedHalfDays: 120, plannedYear: 2026, activity: "communale" as const },
    { estimatedHalfDays: 60, plannedYear: 2026, activity: "mutualisee" as const },
    { estimatedHalfDays: 60, plannedYear: 2027, activity: "transverse" as const },
    { estimatedHalfDays: null, plannedYear: 2026, activity: "transverse" as const },
  ];

  test("Bègles 2026: 40.5 days logged of 110, split communal / transverse / mutualised", () => {
    const load = projectLoad({ year: 2026, committedDays: 110, effort, projects });
    expect(load.loggedDays).toBe(40.5);
    expect(load.plannedDays).toBe(90);
    expect(load.byActivity).toEqual({
      communale: { plannedDays: 60, loggedDays: 20 },
      transverse: { plannedDays: 0, loggedDays: 15 },
      mutualisee: { plannedDays: 30, loggedDays: 5.5 },
    });
    expect(load.consumedRate).toBeCloseTo(40.5 / 110);
    expect(load.remainingDays).toBe(69.5);
  });

  test("Le Bouscat commits 200 days: beyond them the remainder is negative", () => {
    const lots: LoggedEffort[] = [{ workedOn: "2026-05-05", halfDays: 402, activity: "communale" }];
    const load = projectLoad({ year: 2026, committedDays: 200, effort: lots, projects: [] });
    expect(load.remainingDays).toBe(-1);
    expect(load.consumedRate).toBeCloseTo(1.005);
  });

  test("without a commitment the rate is not measured (never 0 %)", () => {
    const load = projectLoad({ year: 2026, committedDays: null, effort, projects });
    expect(load.consumedRate).toBeNull();
    expect(load.remainingDays).toBeNull();
    const zero = projectLoad({ year: 2026, committedDays: 0, effort, projects });
    expect(zero.consumedRate).toBeNull();
  });

  test("29 February counts in its leap year", () => {
    const leap = projectLoad({
      year: 2028,
      committedDays: 110,
      effort: [{ workedOn: "2028-02-29", halfDays: 2, activity: "transverse" }],
      projects: [],
    });
    expect(leap.loggedDays).toBe(1);
  });
});

describe("indicator 2.1.2 — projects planned and delivered", () => {
  test("Le Bouscat 2015: « 3 projets réalisés sur 3 »", () => {
    const rate = projectDeliveryRate(
      [
        { kind: "projet", plannedYears: [2015], deliveredOn: "2015-03-01" },
        { kind: "projet", plannedYears: [2015], deliveredOn: "2015-09-30" },
        { kind: "projet", plannedYears: [2015], deliveredOn: "2015-12-31" },
      ],
      2015,
    );
    expect(rate).toEqual({
      year: 2015,
      planned: 3,
      delivered: 3,
      rate: 1,
      deliveredOutsidePlan: 0,
    });
  });

  test("delivered on 1 January is late; missions and unplanned deliveries apart", () => {
    const rate = projectDeliveryRate(
      [
        { kind: "projet", plannedYears: [2026], deliveredOn: "2027-01-01" },
        { kind: "projet", plannedYears: [2026], deliveredOn: null },
        { kind: "projet", plannedYears: [2026, 2027], deliveredOn: "2026-11-02" },
        { kind: "projet", plannedYears: [2027], deliveredOn: "2026-06-01" },
        { kind: "mission", plannedYears: [], deliveredOn: "2026-04-01" },
      ],
      2026,
    );
    expect(rate.planned).toBe(3);
    expect(rate.delivered).toBe(1);
    expect(rate.rate).toBeCloseTo(1 / 3);
    expect(rate.deliveredOutsidePlan).toBe(1);
  });

  test("nothing planned: not measured", () => {
    expect(projectDeliveryRate([], 2026).rate).toBeNull();
  });
});

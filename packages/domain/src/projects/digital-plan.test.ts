import { describe, expect, test } from "vitest";
import { planAdoptionRefusal, planInForce, planUpkeep, planYears } from "./digital-plan.ts";

describe("the digital plan: three years, revised yearly (indicator 1.1.1)", () => {
  test("a plan starting in 2026 covers 2026–2028", () => {
    expect(planYears(2026)).toEqual([2026, 2027, 2028]);
  });

  const plans = [
    { startYear: 2025, adoptedOn: "2025-01-20" },
    { startYear: 2026, adoptedOn: "2026-01-15" },
  ];

  test("the plan in force is the latest adopted covering the year", () => {
    expect(planInForce(plans, 2027, "2026-02-01")).toEqual(plans[1]);
    expect(planInForce(plans, 2027, "2026-01-14")).toEqual(plans[0]);
    expect(planInForce(plans, 2029, "2026-02-01")).toBeNull();
  });

  test("up to date until the anniversary of its last revision, included", () => {
    expect(planUpkeep(plans, "2027-01-15")).toMatchObject({
      upToDate: true,
      reviseBy: "2027-01-15",
    });
    expect(planUpkeep(plans, "2027-01-16").upToDate).toBe(false);
    expect(planUpkeep([], "2027-01-16")).toEqual({ latest: null, upToDate: false, reviseBy: null });
  });

  test("adopted on 29 February: revise by 28 February next year", () => {
    const upkeep = planUpkeep([{ startYear: 2028, adoptedOn: "2028-02-29" }], "2028-06-01");
    expect(upkeep.reviseBy).toBe("2029-02-28");
  });

  test("a plan is recorded once adopted, around its adoption year", () => {
    expect(
      planAdoptionRefusal({ startYear: 2027, adoptedOn: "2026-12-10" }, "2026-12-12"),
    ).toBeNull();
    expect(
      planAdoptionRefusal({ startYear: 2027, adoptedOn: "2026-12-13" }, "2026-12-12")?.field,
    ).toBe("adoptedOn");
    expect(
      planAdoptionRefusal({ startYear: 2028, adoptedOn: "2026-12-10" }, "2026-12-12")?.message,
    ).toBe("Un schéma adopté en 2026 couvre l'année de son adoption ou commence l'année suivante.");
  });
});

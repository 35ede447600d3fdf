import { describe, expect, test } from "vitest";
import { effortRefusal, halfDaysOf } from "./effort.ts";
import { logEffortInput } from "./inputs.ts";

const id = "7b0c2a8e-5b1e-4e57-9c2a-7d6f0b7f9a11";

describe("effort in person-days, by half days", () => {
  test.each([
    [0.5, 1],
    [1, 2],
    [1.5, 3],
    [50, 100],
  ])("%s day(s) = %s half day(s)", (days, halves) => {
    expect(halfDaysOf(days)).toBe(halves);
    expect(logEffortInput.safeParse({ projectId: id, workedOn: "2026-03-02", days }).success).toBe(
      true,
    );
  });

  test.each([
    [0, "La charge doit être d'au moins une demi-journée (0,5)."],
    [-1, "La charge doit être d'au moins une demi-journée (0,5)."],
    [0.3, "La charge se compte par demi-journées (0,5 ; 1 ; 1,5…)."],
    [50.5, "La charge ne peut dépasser 50 jours."],
  ])("%s day(s) is refused", (days, message) => {
    const result = logEffortInput.safeParse({ projectId: id, workedOn: "2026-03-02", days });
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  test("no effort on a closed project", () => {
    for (const status of ["livre", "non-retenu", "abandonne"] as const)
      expect(effortRefusal({ status }, "2026-03-02", new Date("2026-03-03T10:00:00Z"))).toEqual({
        field: "projectId",
        message: "Ce projet est clos : aucune charge ne peut plus y être imputée.",
      });
  });

  test("no effort for a day to come — « today » is the Paris day, across midnight UTC", () => {
    // 31 Dec 2026 23:30 UTC is already 1 January 2027 in Paris.
    const now = new Date("2026-12-31T23:30:00Z");
    expect(effortRefusal({ status: "realisation" }, "2027-01-01", now)).toBeNull();
    expect(effortRefusal({ status: "realisation" }, "2027-01-02", now)?.field).toBe("workedOn");
    // Last Sunday of March (DST): 00:30 UTC is 01:30 in Paris, same day.
    const dst = new Date("2026-03-29T00:30:00Z");
    expect(effortRefusal({ status: "cadrage" }, "2026-03-29", dst)).toBeNull();
    expect(effortRefusal({ status: "cadrage" }, "2026-03-30", dst)?.message).toMatch(/à venir/);
  });
});

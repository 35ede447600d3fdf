import { describe, expect, test } from "vitest";
import { measureOf } from "./catalogue.ts";
import { projectIndicatorResult } from "./project-indicators.ts";

const days = { kind: "count", value: 110, atLeast: true } as const;
const all = { kind: "rate", percent: 100, atLeast: true } as const;
const jointly = { kind: "to-define-jointly" } as const;
const figures = (loggedDays: number, delivered: number, planned: number) => ({
  loggedDays,
  delivered,
  planned,
});

describe("indicators 2.1.1 / 2.1.2 from the projects", () => {
  test("measured from the projects, neither computed from saisines nor entered", () => {
    expect(measureOf("2.1.1")).toBe("projects");
    expect(measureOf("2.1.2")).toBe("projects");
    expect(measureOf("2.1")).toBe("untracked");
  });

  test.each([
    [
      "Bègles: 97.5 of its 110 days",
      figures(97.5, 0, 0),
      "missed",
      "97,5 jours consacrés aux projets",
    ],
    ["exactly the 110 days", figures(110, 0, 0), "kept", "110 jours consacrés aux projets"],
    ["no day logged", figures(0, 0, 0), "missed", "0 jour consacré aux projets"],
  ])("2.1.1 against 110 days a year — %s", (_, f, status, headline) => {
    expect(projectIndicatorResult("2.1.1", f, days, false)).toMatchObject({ status, headline });
  });

  test.each([
    ["Le Bouscat: 3 delivered of 3", figures(0, 3, 3), "kept"],
    ["2 of 3", figures(0, 2, 3), "missed"],
  ])("2.1.2 against all the plan — %s", (_, f, status) => {
    expect(projectIndicatorResult("2.1.2", f, all, false).status).toBe(status);
  });

  test("nothing planned leaves 2.1.2 unmeasured, never 0 %; no figures, nothing measured", () => {
    expect(projectIndicatorResult("2.1.2", figures(12, 0, 0), all, false)).toEqual({
      headline: "Non mesuré",
      figures: [],
      status: "not-measured",
    });
    expect(projectIndicatorResult("2.1.1", null, days, false).status).toBe("not-measured");
  });

  test("a target to define jointly is measured, not judged; the reference year is never judged", () => {
    expect(projectIndicatorResult("2.1.1", figures(21.5, 1, 1), jointly, false).status).toBe(
      "measured",
    );
    expect(projectIndicatorResult("2.1.2", figures(21.5, 1, 1), all, true)).toMatchObject({
      status: "reference",
      headline: "100 % des projets prévus réalisés (1 sur 1)",
    });
  });
});

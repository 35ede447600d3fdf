import { describe, expect, test } from "vitest";
import { actionsOfYear } from "./year-actions.ts";

const action = (meetingDay: string, dueOn: string, closedOn: string | null = null) => ({
  meetingDay,
  dueOn,
  closedOn,
});

describe("actionsOfYear", () => {
  test.each([
    ["decided and closed in the year", action("2025-03-12", "2025-06-30", "2025-06-20"), 1, 1, 0],
    ["decided in the year, due after it, open", action("2025-11-05", "2026-02-01"), 1, 0, 0],
    [
      "due on 31 December, still open at the year's end",
      action("2025-10-01", "2025-12-31"),
      1,
      0,
      1,
    ],
    [
      "due in the year, closed on 1 January after it",
      action("2025-10-01", "2025-12-15", "2026-01-01"),
      1,
      0,
      1,
    ],
    [
      "due in the year, closed on 31 December",
      action("2025-10-01", "2025-12-15", "2025-12-31"),
      1,
      1,
      0,
    ],
    [
      "decided the year before, closed in the year",
      action("2024-12-10", "2025-01-31", "2025-02-04"),
      0,
      1,
      0,
    ],
    [
      "decided the year before, still open, due in the year",
      action("2024-06-01", "2024-09-30"),
      0,
      0,
      1,
    ],
    ["decided the year after", action("2026-01-10", "2025-12-31"), 0, 0, 0],
    [
      "decided on 29 February of a leap year",
      action("2024-02-29", "2024-03-29", "2024-03-28"),
      0,
      0,
      0,
    ],
  ])("%s", (_, a, opened, closed, overdue) => {
    expect(actionsOfYear([a], 2025)).toEqual({ opened, closed, overdue });
  });

  test("a leap year counts its 29 February; nothing is counted twice", () => {
    expect(
      actionsOfYear(
        [action("2024-02-29", "2024-03-29", "2024-03-28"), action("2024-12-31", "2024-12-31")],
        2024,
      ),
    ).toEqual({ opened: 2, closed: 1, overdue: 1 });
    expect(actionsOfYear([], 2025)).toEqual({ opened: 0, closed: 0, overdue: 0 });
  });
});

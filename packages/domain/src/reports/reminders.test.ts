import { describe, expect, test } from "vitest";
import { reportDeadline, reportReminder } from "./reminders.ts";

describe("reportDeadline", () => {
  test("31 March of the next year (000 art. 5)", () => {
    expect(reportDeadline(2025)).toBe("2026-03-31");
    expect(reportDeadline(2027)).toBe("2028-03-31"); // 2028 is a leap year: still 31 March
  });
});

describe("reportReminder", () => {
  test.each<[string, "draft" | "validated" | "sent" | null, string | null, number | null]>([
    ["2026-01-15", "draft", null, null],
    ["2026-02-28", null, null, null],
    ["2026-03-01", null, "month", 30],
    ["2026-03-23", "draft", "month", 8],
    ["2026-03-24", "validated", "week", 7],
    ["2026-03-31", "draft", "week", 0],
    ["2026-04-01", "draft", "overdue", -1],
    ["2026-03-29", "sent", null, null], // sent: nothing to remind
    ["2026-03-29", null, "week", 2], // DST starts on 29 March 2026: days still count whole
  ])("on %s with a report %s → %s", (today, status, stage, daysLeft) => {
    const reminder = reportReminder(2025, status, today);
    expect(reminder?.stage ?? null).toBe(stage);
    expect(reminder?.daysLeft ?? null).toBe(daysLeft);
  });

  test("words", () => {
    expect(reportReminder(2025, "draft", "2026-03-30")?.text).toBe(
      "Le rapport annuel 2025 est à envoyer au plus tard le 31 mars 2026 (demain).",
    );
    expect(reportReminder(2025, "draft", "2026-03-31")?.text).toContain("(aujourd'hui)");
    expect(reportReminder(2025, null, "2026-04-02")?.text).toBe(
      "Le rapport annuel 2025 devait être envoyé le 31 mars 2026 et ne l'a pas encore été.",
    );
  });

  test("a leap year's March 1st is still 30 days before", () => {
    expect(reportReminder(2027, null, "2028-03-01")?.daysLeft).toBe(30);
    expect(reportReminder(2027, null, "2028-02-29")).toBeNull();
  });
});

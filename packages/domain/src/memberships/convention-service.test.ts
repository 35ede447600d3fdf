import { describe, expect, test } from "vitest";
import { saisineCalendarSource } from "../saisines/saisine-calendar.ts";
import { addBusinessMinutes, businessMinutesBetween } from "../sla/business-time.ts";
import { calendarFromSupportHours } from "../sla/support-hours.ts";
import { REDON_HOURS } from "../sla/test-fixtures.ts";
import {
  CONVENTION_CALENDAR_VERSION,
  conventionCalendar,
  conventionService,
} from "./convention-service.ts";

describe("the Redon convention's intervention hours (002, annexe 2)", () => {
  const calendar = conventionCalendar();

  test("are the hours the annex writes: Monday to Thursday 8:00–12:30 and 13:30–18:00, Friday to 17:00", () => {
    expect(calendar).toEqual(calendarFromSupportHours(REDON_HOURS));
    // A full week of June 2026 without a holiday: 4 × 9 h + 8 h.
    expect(
      businessMinutesBetween(
        calendar,
        new Date("2026-06-08T00:00+02:00"),
        new Date("2026-06-15T00:00+02:00"),
      ),
    ).toBe(4 * 540 + 480);
  });

  test.each([
    ["over lunch", "2026-06-08T12:00+02:00", 60, "2026-06-08T14:00+02:00"],
    ["Friday closes at 17:00", "2026-06-12T16:30+02:00", 60, "2026-06-15T08:30+02:00"],
    ["Thursday closes at 18:00", "2026-06-11T17:30+02:00", 30, "2026-06-11T18:00+02:00"],
    ["over Lundi de Pentecôte 2026", "2026-05-22T16:30+02:00", 60, "2026-05-26T08:30+02:00"],
    ["over 11 novembre 2026 (Wednesday)", "2026-11-10T17:30+01:00", 60, "2026-11-12T08:30+01:00"],
  ])("%s", (_label, start, minutes, due) => {
    expect(addBusinessMinutes(calendar, new Date(start), minutes)).toEqual(new Date(due));
  });

  test("a convention saisine's calendar version resolves without any annex", () => {
    const source = saisineCalendarSource(() => undefined);
    const resolve = typeof source === "function" ? source : () => source;
    expect(resolve(CONVENTION_CALENDAR_VERSION)).toEqual(calendar);
  });

  test("the DSI answers for the services of the member's formula", () => {
    expect(conventionService("groupement-achats")).toBe(
      "DSI de Redon Agglomération — Socle annexe – groupements d'achats (niveau 2)",
    );
    expect(conventionService("socle-complet")).toBe(
      "DSI de Redon Agglomération — Socle complet (niveaux 1 à 4)",
    );
  });
});

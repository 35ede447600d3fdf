import { describe, expect, test } from "vitest";
import { businessMinutesBetween } from "./business-time.ts";
import { calendarSchema } from "./calendar.ts";
import {
  calendarFromSupportHours,
  type SupportHours,
  supportHoursSchema,
} from "./support-hours.ts";
import {
  BEGLES,
  BEGLES_HOURS,
  LE_BOUSCAT,
  LE_BOUSCAT_HOURS,
  PESSAC_HOURS,
  REDON_HOURS,
  SAINT_AUBIN_HOURS,
} from "./test-fixtures.ts";

const weekStart = new Date("2026-06-01T00:00+02:00"); // a week of 2026 without holidays
const weekEnd = new Date("2026-06-08T00:00+02:00");

describe("calendarFromSupportHours", () => {
  const cases: Array<[string, SupportHours, number]> = [
    ["Bègles (Tuesday and Wednesday unstated)", BEGLES_HOURS, 600 + 510 + 510],
    ["Le Bouscat", LE_BOUSCAT_HOURS, 5 * 450],
    ["Saint-Aubin-de-Médoc (Saturday morning)", SAINT_AUBIN_HOURS, 5 * 570 + 150],
    ["Pessac (Monday afternoon only)", PESSAC_HOURS, 330 + 4 * 510],
    ["Redon (Friday closes at 17h)", REDON_HOURS, 4 * 540 + 480],
  ];
  test.each(cases)(
    "%s gives a valid Paris calendar with its weekly hours",
    (_label, hours, minutes) => {
      const calendar = calendarFromSupportHours(hours);
      expect(calendarSchema.safeParse(calendar).success).toBe(true);
      expect(calendar.timeZone).toBe("Europe/Paris");
      expect(calendar.holidays).toBe("FR");
      expect(businessMinutesBetween(calendar, weekStart, weekEnd)).toBe(minutes);
    },
  );

  test.each([
    ["Bègles", BEGLES_HOURS, BEGLES],
    ["Le Bouscat", LE_BOUSCAT_HOURS, LE_BOUSCAT],
  ] as const)("%s drops unstated days", (_label, hours, expected) => {
    expect(calendarFromSupportHours(hours)).toEqual(expected);
  });

  test("counts French holidays: Bègles on Lundi de Pentecôte 2026", () => {
    const calendar = calendarFromSupportHours(BEGLES_HOURS);
    const monday = [
      new Date("2026-05-25T00:00+02:00"),
      new Date("2026-05-26T00:00+02:00"),
    ] as const;
    expect(businessMinutesBetween(calendar, ...monday)).toBe(0);
  });

  const invalid: Array<[string, SupportHours, RegExp]> = [
    [
      "overlapping intervals",
      {
        ...LE_BOUSCAT_HOURS,
        tue: [
          ["08:30", "12:00"],
          ["11:00", "17:00"],
        ],
      },
      /08:30–12:00 et 11:00–17:00 du mardi se chevauchent/,
    ],
    [
      "an hour written the French way",
      { ...LE_BOUSCAT_HOURS, mon: [["8h30", "12h"]] },
      /format HH:MM/,
    ],
  ];
  test.each(invalid)("refuses %s in French", (_label, hours, message) => {
    expect(() => calendarFromSupportHours(hours)).toThrow(message);
  });
});

describe("supportHoursSchema", () => {
  const cases: Array<[string, unknown, boolean]> = [
    ["the parsed shape of communes.json", BEGLES_HOURS, true],
    ["days left out", { mon: [["08:30", "12:00"]] }, true],
    ["a French day name", { lundi: [["08:30", "12:00"]] }, false],
    ["an interval of three times", { mon: [["08:30", "12:00", "13:00"]] }, false],
  ];
  test.each(cases)("%s", (_label, input, valid) => {
    expect(supportHoursSchema.safeParse(input).success).toBe(valid);
  });
});

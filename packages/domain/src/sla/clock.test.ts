import { describe, expect, test } from "vitest";
import { alwaysOpenCalendar, type Calendar } from "./calendar.ts";
import {
  type CalendarSource,
  type ClockSegment,
  clockSegmentSchema,
  clockStatus,
  dueAt,
  elapsedBusinessMinutes,
} from "./clock.ts";
import { LE_BOUSCAT } from "./test-fixtures.ts";

/**
 * Most cases live in the week of Monday 1 June 2026 (Paris summer time, +02:00), at Le Bouscat
 * (08:30–12:00, 13:00–17:00): "02 10:00" is Tuesday 2 June at 10:00. Full ISO strings pass as is.
 */
const at = (when: string): Date =>
  new Date(when.length > 8 ? when : `2026-06-${when.replace(" ", "T")}:00+02:00`);
const running = (from: string, to: string | null, calendarVersion = "v1"): ClockSegment => ({
  state: "running",
  from: at(from),
  to: to === null ? null : at(to),
  calendarVersion,
});
const paused = (from: string, to: string | null, calendarVersion = "v1"): ClockSegment => ({
  ...running(from, to, calendarVersion),
  state: "paused",
});

const pausedOvernight = [
  running("01 09:00", "01 10:00"),
  paused("01 10:00", "02 09:00"),
  running("02 09:00", null),
];
const waitingForCommune = [running("01 09:00", "01 10:00"), paused("01 10:00", null)];
const resolved = [running("01 09:00", "01 11:00")];
const fridayEvening = [running("05 18:00", null)];
const urgentAtNight = [running("2026-03-28T22:00+01:00", null)];

// An amendment made the clock 24/7 from Saturday noon: each period keeps its own calendar.
const byVersion: CalendarSource = (version) => {
  const calendars: Record<string, Calendar> = { v1: LE_BOUSCAT, v2: alwaysOpenCalendar() };
  const calendar = calendars[version];
  if (!calendar) throw new Error(`unknown calendar ${version}`);
  return calendar;
};
const amended = [running("06 10:00", "06 12:00", "v1"), running("06 12:00", null, "v2")];

const BOUSCAT = LE_BOUSCAT;
type ElapsedCase = [
  label: string,
  source: CalendarSource,
  clock: ClockSegment[],
  now: string,
  minutes: number,
];
const elapsedCases: ElapsedCase[] = [
  ["no period yet", BOUSCAT, [], "01 10:00", 0],
  ["running since 09:00", BOUSCAT, [running("01 09:00", null)], "01 09:45", 45],
  ["now before the first period", BOUSCAT, pausedOvernight, "01 08:00", 0],
  ["inside the first period", BOUSCAT, pausedOvernight, "01 09:30", 30],
  ["during the pause", BOUSCAT, pausedOvernight, "01 16:00", 60],
  ["after the pause", BOUSCAT, pausedOvernight, "02 10:00", 120],
  ["over lunch after the pause", BOUSCAT, pausedOvernight, "02 14:00", 60 + 180 + 60],
  ["still waiting for the commune", BOUSCAT, waitingForCommune, "03 10:00", 60],
  ["resolved long ago", BOUSCAT, resolved, "10 10:00", 120],
  ["each period on its calendar", byVersion, amended, "06 13:00", 60],
  ["24/7 over the DST night", alwaysOpenCalendar(), urgentAtNight, "2026-03-29T06:00+02:00", 420],
];

describe("elapsedBusinessMinutes", () => {
  test.each(elapsedCases)("%s", (_label, source, clock, now, minutes) => {
    expect(elapsedBusinessMinutes(source, clock, at(now))).toBe(minutes);
  });
});

type DueCase = [
  label: string,
  source: CalendarSource,
  clock: ClockSegment[],
  target: number,
  now: string,
  due: string | null,
];
const dueCases: DueCase[] = [
  ["running: projected from now", BOUSCAT, pausedOvernight, 240, "02 10:00", "02 12:00"],
  ["running: projection skips lunch", BOUSCAT, pausedOvernight, 300, "02 10:00", "02 14:00"],
  ["running while closed: next opening", BOUSCAT, fridayEvening, 30, "06 11:00", "08 09:00"],
  ["paused: unknown", BOUSCAT, waitingForCommune, 240, "01 15:00", null],
  ["stopped short of the target: unknown", BOUSCAT, resolved, 240, "03 10:00", null],
  ["no period yet: unknown", BOUSCAT, [], 240, "03 10:00", null],
  ["reached exactly as it paused", BOUSCAT, waitingForCommune, 60, "01 15:00", "01 10:00"],
  ["breached before the pause", BOUSCAT, pausedOvernight, 30, "02 10:00", "01 09:30"],
  ["breached after the pause", BOUSCAT, pausedOvernight, 90, "02 10:00", "02 09:30"],
  ["projected on the current calendar", byVersion, amended, 120, "06 13:00", "06 14:00"],
  [
    "urgent 24/7 over the DST night",
    alwaysOpenCalendar(),
    urgentAtNight,
    480,
    "2026-03-29T06:00+02:00",
    "2026-03-29T07:00+02:00",
  ],
];

describe("dueAt", () => {
  test.each(dueCases)("%s", (_label, source, clock, target, now, due) => {
    expect(dueAt(source, clock, target, at(now))?.toISOString() ?? null).toBe(
      due === null ? null : at(due).toISOString(),
    );
  });
});

type StatusCase = [
  label: string,
  target: number,
  ratio: number,
  warning: boolean,
  breached: boolean,
];
// 120 business minutes have elapsed on Tuesday at 10:00.
const statusCases: StatusCase[] = [
  ["far from the target", 480, 0.25, false, false],
  ["just under 75 %", 161, 120 / 161, false, false],
  ["exactly 75 %", 160, 0.75, true, false],
  ["exactly the target", 120, 1, true, true],
  ["past the target", 100, 1.2, true, true],
];

describe("clockStatus", () => {
  test.each(statusCases)("%s", (_label, target, ratio, warning, breached) => {
    const status = clockStatus(BOUSCAT, pausedOvernight, target, at("02 10:00"));
    expect(status).toEqual({ elapsed: 120, target, ratio, warning, breached });
  });
});

describe("clock periods are checked", () => {
  const refusals: Array<[string, ClockSegment[], number, RegExp]> = [
    ["an inverted period", [running("01 10:00", "01 09:00")], 60, /fin précède le début/],
    [
      "an open period before the last",
      [running("01 09:00", null), paused("01 10:00", null)],
      60,
      /seule la dernière/,
    ],
    [
      "overlapping periods",
      [running("01 09:00", "01 11:00"), paused("01 10:00", null)],
      60,
      /triées et ne pas se chevaucher/,
    ],
    ["an invalid date", [running("pas une date", null)], 60, /date invalide/],
    ["a zero target", resolved, 0, /strictement positif/],
    ["a negative target", resolved, -5, /strictement positif/],
  ];
  test.each(refusals)("%s", (_label, clock, target, message) => {
    expect(() => clockStatus(BOUSCAT, clock, target, at("03 10:00"))).toThrow(message);
    expect(() => dueAt(BOUSCAT, clock, target, at("03 10:00"))).toThrow(message);
  });
});

describe("clockSegmentSchema", () => {
  const cases: Array<[string, unknown, boolean]> = [
    ["an open running period", running("01 09:00", null), true],
    ["a closed paused period", paused("01 09:00", "01 10:00"), true],
    ["an inverted period", running("01 10:00", "01 09:00"), false],
    ["an unknown state", { ...running("01 09:00", null), state: "stopped" }, false],
    ["no calendar version", running("01 09:00", null, ""), false],
    ["a date as text", { ...running("01 09:00", null), from: "2026-06-01" }, false],
  ];
  test.each(cases)("%s", (_label, input, valid) => {
    expect(clockSegmentSchema.safeParse(input).success).toBe(valid);
  });
});

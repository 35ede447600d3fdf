import { describe, expect, test } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "./business-time.ts";
import { alwaysOpenCalendar, type Calendar } from "./calendar.ts";
import { NIGHT_ON_CALL, SUNDAY_ONLY } from "./test-fixtures.ts";

// Paris changes on the last Sundays of March (02:00 → 03:00) and October (03:00 → 02:00).
const sundays = (...intervals: Array<[string, string]>): Calendar => ({
  timeZone: "Europe/Paris",
  weekly: { sun: intervals },
  holidays: "FR",
});
const santiago = (weekly: Calendar["weekly"]): Calendar => ({
  timeZone: "America/Santiago",
  weekly,
  holidays: "none",
});

const ALWAYS = alwaysOpenCalendar();
const NEW_YORK = alwaysOpenCalendar("America/New_York");
const UTC = alwaysOpenCalendar("UTC");
/** A wall time inside the skipped hour means the first instant the clock reads it or later. */
const FROM_0230 = sundays(["02:30", "04:00"]);
const TO_0230 = sundays(["01:00", "02:30"]);
const SKIPPED = sundays(["02:15", "02:45"]);
const MEET_0230 = sundays(["00:00", "02:30"], ["02:30", "24:00"]);
// Santiago changes at midnight: in April its clock goes from Saturday 23:59 back to 23:00, so it
// never reads Sunday 00:00 before the second midnight and that Saturday lasts 25 hours; in
// September it jumps from Saturday 23:59 to Sunday 01:00.
const SANTIAGO = alwaysOpenCalendar("America/Santiago");
const SANTIAGO_SAT = santiago({ sat: [["00:00", "24:00"]] });
const SANTIAGO_SUN = santiago({ sun: [["00:00", "24:00"]] });

type Case = [label: string, calendar: Calendar, start: string, end: string, minutes: number];

const cases: Case[] = [
  ["24/7 spring 2026", ALWAYS, "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00", 1380],
  ["24/7 autumn 2026", ALWAYS, "2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00", 1500],
  ["24/7 spring 2025", ALWAYS, "2025-03-30T00:00+01:00", "2025-03-31T00:00+02:00", 1380],
  ["24/7 autumn 2025", ALWAYS, "2025-10-26T00:00+02:00", "2025-10-27T00:00+01:00", 1500],
  ["24/7 spring 2027", ALWAYS, "2027-03-28T00:00+01:00", "2027-03-29T00:00+02:00", 1380],
  ["24/7 autumn 2027", ALWAYS, "2027-10-31T00:00+02:00", "2027-11-01T00:00+01:00", 1500],
  ["24/7 across the jump", ALWAYS, "2026-03-29T01:30+01:00", "2026-03-29T03:30+02:00", 60],
  ["24/7 the repeated hour", ALWAYS, "2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00", 60],
  ["24/7 New York spring", NEW_YORK, "2026-03-08T00:00-05:00", "2026-03-09T00:00-04:00", 1380],
  ["24/7 UTC has no DST", UTC, "2026-03-29T00:00Z", "2026-03-30T00:00Z", 1440],
  ["Sundays, spring week", SUNDAY_ONLY, "2026-03-23T00:00+01:00", "2026-03-30T00:00+02:00", 1380],
  ["Sundays, autumn week", SUNDAY_ONLY, "2026-10-19T00:00+02:00", "2026-10-26T00:00+01:00", 1500],
  ["Sundays, Pâques 2027", SUNDAY_ONLY, "2027-03-22T00:00+01:00", "2027-03-30T00:00+02:00", 1380],
  ["Fête des Mères", SUNDAY_ONLY, "2026-05-31T00:00+02:00", "2026-06-01T00:00+02:00", 1440],
  ["Sundays, over the jump", SUNDAY_ONLY, "2026-03-29T01:00+01:00", "2026-03-29T04:00+02:00", 120],
  ["opens at 02:30, spring", FROM_0230, "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00", 60],
  ["opens at 02:30, ordinary", FROM_0230, "2026-04-05T00:00+02:00", "2026-04-06T00:00+02:00", 90],
  ["wholly skipped", SKIPPED, "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00", 0],
  ["meeting at 02:30", MEET_0230, "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00", 1380],
  // A repeated wall time means its first occurrence.
  ["opens at 02:30, autumn", FROM_0230, "2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00", 150],
  ["closes at 02:30, autumn", TO_0230, "2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00", 90],
  ["night on-call, spring", NIGHT_ON_CALL, "2026-03-28T20:00+01:00", "2026-03-29T06:00+02:00", 540],
  ["night on-call, autumn", NIGHT_ON_CALL, "2026-10-24T20:00+02:00", "2026-10-25T06:00+01:00", 660],
  ["Santiago repeated hour", SANTIAGO, "2026-04-04T23:30-03:00", "2026-04-04T23:30-04:00", 60],
  ["Santiago 25 h Sat", SANTIAGO_SAT, "2026-04-04T00:00-03:00", "2026-04-05T12:00-04:00", 1500],
  ["Santiago next Sunday", SANTIAGO_SUN, "2026-04-04T00:00-03:00", "2026-04-06T00:00-04:00", 1440],
  ["Santiago short Sunday", SANTIAGO_SUN, "2026-09-05T12:00-04:00", "2026-09-07T00:00-03:00", 1380],
];

describe("businessMinutesBetween across DST", () => {
  test.each(cases)("%s", (_label, calendar, start, end, minutes) => {
    expect(businessMinutesBetween(calendar, new Date(start), new Date(end))).toBe(minutes);
  });
});

type AddCase = [label: string, calendar: Calendar, start: string, minutes: number, due: string];

const addCases: AddCase[] = [
  ["24/7 a spring day", ALWAYS, "2026-03-29T00:00+01:00", 1380, "2026-03-30T00:00+02:00"],
  ["24/7 3 h over the jump", ALWAYS, "2026-03-29T00:00+01:00", 180, "2026-03-29T04:00+02:00"],
  ["24/7 3 h over fall back", ALWAYS, "2026-10-25T00:00+02:00", 180, "2026-10-25T02:00+01:00"],
  ["24/7 an autumn day", ALWAYS, "2026-10-25T00:00+02:00", 1500, "2026-10-26T00:00+01:00"],
  ["Sundays, over the jump", SUNDAY_ONLY, "2026-03-28T12:00+01:00", 120, "2026-03-29T03:00+02:00"],
  ["Sundays, over fall back", SUNDAY_ONLY, "2026-10-24T12:00+02:00", 180, "2026-10-25T02:00+01:00"],
  ["opens at 02:30, spring", FROM_0230, "2026-03-28T12:00+01:00", 10, "2026-03-29T03:10+02:00"],
  ["wholly skipped: next week", SKIPPED, "2026-03-28T12:00+01:00", 10, "2026-04-05T02:25+02:00"],
  ["night on-call, spring", NIGHT_ON_CALL, "2026-03-28T20:00+01:00", 540, "2026-03-29T06:00+02:00"],
  ["Santiago repeated hour", SANTIAGO, "2026-04-04T23:30-03:00", 60, "2026-04-04T23:30-04:00"],
  ["Santiago short Sunday", SANTIAGO_SUN, "2026-09-05T12:00-04:00", 60, "2026-09-06T02:00-03:00"],
];

describe("addBusinessMinutes across DST", () => {
  test.each(addCases)("%s", (_label, calendar, start, minutes, due) => {
    expect(addBusinessMinutes(calendar, new Date(start), minutes).toISOString()).toBe(
      new Date(due).toISOString(),
    );
  });
});

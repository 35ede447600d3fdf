import { describe, expect, test } from "vitest";
import { businessMinutesBetween } from "./business-time.ts";
import { alwaysOpenCalendar, type Calendar } from "./calendar.ts";
import { BEGLES, LE_BOUSCAT, NIGHT_ON_CALL } from "./test-fixtures.ts";

// Instants carry their Paris offset explicitly (+01:00 winter, +02:00 summer): the test process
// runs in America/New_York, so nothing may lean on the host zone.
const NO_HOLIDAYS: Calendar = { ...LE_BOUSCAT, holidays: "none" };
const ALWAYS = alwaysOpenCalendar();

type Case = [label: string, calendar: Calendar, start: string, end: string, minutes: number];

const cases: Case[] = [
  // Le Bouscat: Mon–Fri 08:30–12:00 and 13:00–17:00 (450 min a day).
  ["same morning", LE_BOUSCAT, "2026-06-01T09:00+02:00", "2026-06-01T11:00+02:00", 120],
  ["across lunch", LE_BOUSCAT, "2026-06-01T11:00+02:00", "2026-06-01T14:00+02:00", 120],
  ["start inside lunch", LE_BOUSCAT, "2026-06-01T12:30+02:00", "2026-06-01T14:00+02:00", 60],
  ["both inside lunch", LE_BOUSCAT, "2026-06-01T12:10+02:00", "2026-06-01T12:50+02:00", 0],
  ["start before opening", LE_BOUSCAT, "2026-06-01T07:00+02:00", "2026-06-01T09:00+02:00", 30],
  ["end after closing", LE_BOUSCAT, "2026-06-01T16:00+02:00", "2026-06-01T20:00+02:00", 60],
  ["both after closing", LE_BOUSCAT, "2026-06-01T17:00+02:00", "2026-06-01T23:00+02:00", 0],
  ["a whole Monday", LE_BOUSCAT, "2026-06-01T00:00+02:00", "2026-06-02T00:00+02:00", 450],
  ["Friday to Monday", LE_BOUSCAT, "2026-06-05T16:00+02:00", "2026-06-08T09:00+02:00", 90],
  ["weekend only", LE_BOUSCAT, "2026-06-06T10:00+02:00", "2026-06-07T18:00+02:00", 0],
  ["a plain week", LE_BOUSCAT, "2026-06-01T00:00+02:00", "2026-06-08T00:00+02:00", 2250],
  ["start equals end", LE_BOUSCAT, "2026-06-01T10:00+02:00", "2026-06-01T10:00+02:00", 0],
  ["30 seconds", LE_BOUSCAT, "2026-06-01T09:00:00+02:00", "2026-06-01T09:00:30+02:00", 0.5],
  ["one closing minute", LE_BOUSCAT, "2026-06-01T16:59+02:00", "2026-06-01T17:00+02:00", 1],
  // French public holidays, Le Bouscat.
  ["Lundi de Pâques 2026", LE_BOUSCAT, "2026-04-03T16:00+02:00", "2026-04-07T09:00+02:00", 90],
  ["Lundi de Pâques 2025", LE_BOUSCAT, "2025-04-18T16:00+02:00", "2025-04-22T09:00+02:00", 90],
  ["Ascension 2026", LE_BOUSCAT, "2026-05-13T16:00+02:00", "2026-05-15T09:00+02:00", 90],
  ["14 juillet 2026", LE_BOUSCAT, "2026-07-13T16:00+02:00", "2026-07-15T09:00+02:00", 90],
  ["11 novembre 2026", LE_BOUSCAT, "2026-11-10T16:00+01:00", "2026-11-12T09:00+01:00", 90],
  ["week of Ascension", LE_BOUSCAT, "2026-05-11T00:00+02:00", "2026-05-18T00:00+02:00", 1800],
  ["week of 8 mai 2026", LE_BOUSCAT, "2026-05-04T00:00+02:00", "2026-05-11T00:00+02:00", 1800],
  ["Noël to 1er janvier", LE_BOUSCAT, "2026-12-24T00:00+01:00", "2027-01-04T00:00+01:00", 2250],
  // DST the Sunday before, then Easter Monday 2027-03-29.
  ["Pâques 2027 after DST", LE_BOUSCAT, "2027-03-26T16:00+01:00", "2027-03-30T09:00+02:00", 90],
  ["across spring DST", LE_BOUSCAT, "2026-03-27T16:00+01:00", "2026-03-30T09:00+02:00", 90],
  ["across autumn DST", LE_BOUSCAT, "2026-10-23T16:00+02:00", "2026-10-26T09:00+01:00", 90],
  ["leap day 2028", LE_BOUSCAT, "2028-02-28T16:00+01:00", "2028-03-01T09:00+01:00", 540],
  // Bègles: Mon 08:30–18:30, Thu–Fri 08:30–17:00; Tuesday and Wednesday are not open.
  ["Bègles Monday to Tuesday", BEGLES, "2026-06-01T08:00+02:00", "2026-06-02T12:00+02:00", 600],
  ["Bègles Monday to Thursday", BEGLES, "2026-06-01T17:00+02:00", "2026-06-04T09:00+02:00", 120],
  ["Bègles Wednesday", BEGLES, "2026-06-03T10:00+02:00", "2026-06-03T16:00+02:00", 0],
  ["Bègles week", BEGLES, "2026-06-01T00:00+02:00", "2026-06-08T00:00+02:00", 1620],
  ["Bègles Pentecôte", BEGLES, "2026-05-22T16:00+02:00", "2026-05-28T09:00+02:00", 90],
  ["Bègles Pâques 2027", BEGLES, "2027-03-26T08:30+01:00", "2027-04-01T08:30+02:00", 510],
  // Intervals ending at 24:00 (Friday 18:00–24:00, Saturday 00:00–06:00).
  ["through 24:00", NIGHT_ON_CALL, "2026-06-05T20:00+02:00", "2026-06-06T03:00+02:00", 420],
  ["up to 24:00", NIGHT_ON_CALL, "2026-06-05T23:00+02:00", "2026-06-06T00:00+02:00", 60],
  ["holidays none", NO_HOLIDAYS, "2026-04-06T00:00+02:00", "2026-04-07T00:00+02:00", 450],
  // A 24/7 calendar counts elapsed time, holidays included.
  ["24/7 Noël", ALWAYS, "2026-12-25T00:00+01:00", "2026-12-26T00:00+01:00", 1440],
  ["24/7 a whole year", ALWAYS, "2026-01-01T00:00+01:00", "2027-01-01T00:00+01:00", 525_600],
  ["24/7 over leap day", ALWAYS, "2028-02-28T00:00+01:00", "2028-03-01T00:00+01:00", 2880],
];

describe("businessMinutesBetween", () => {
  test.each(cases)("%s", (_label, calendar, start, end, minutes) => {
    expect(businessMinutesBetween(calendar, new Date(start), new Date(end))).toBe(minutes);
  });
});

describe("businessMinutesBetween with closures", () => {
  const withClosures: Calendar = { ...LE_BOUSCAT, closures: ["2026-06-02", "2028-02-29"] };
  const closureCases: Array<[string, string, string, number]> = [
    ["a closed Tuesday", "2026-06-01T00:00+02:00", "2026-06-04T00:00+02:00", 900],
    ["inside the closed day", "2026-06-02T09:00+02:00", "2026-06-02T16:00+02:00", 0],
    ["a closed leap day", "2028-02-28T16:00+01:00", "2028-03-01T09:00+01:00", 90],
  ];
  test.each(closureCases)("%s", (_label, start, end, minutes) => {
    expect(businessMinutesBetween(withClosures, new Date(start), new Date(end))).toBe(minutes);
  });
});

describe("businessMinutesBetween refuses", () => {
  const refusals: Array<[string, Date, Date, RegExp]> = [
    [
      "an end before the start",
      new Date("2026-06-01T10:00+02:00"),
      new Date("2026-06-01T09:00+02:00"),
      /précède le début/,
    ],
    [
      "an invalid start",
      new Date("pas une date"),
      new Date("2026-06-01T09:00+02:00"),
      /Début\s: date invalide/,
    ],
    [
      "an invalid end",
      new Date("2026-06-01T09:00+02:00"),
      new Date(Number.NaN),
      /Fin\s: date invalide/,
    ],
  ];
  test.each(refusals)("%s", (_label, start, end, message) => {
    expect(() => businessMinutesBetween(LE_BOUSCAT, start, end)).toThrow(message);
  });
});

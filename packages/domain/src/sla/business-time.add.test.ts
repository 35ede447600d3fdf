import { describe, expect, test } from "vitest";
import { addBusinessMinutes } from "./business-time.ts";
import { alwaysOpenCalendar, type Calendar } from "./calendar.ts";
import { BEGLES, LE_BOUSCAT, NIGHT_ON_CALL } from "./test-fixtures.ts";

type Case = [label: string, calendar: Calendar, start: string, minutes: number, due: string];

const cases: Case[] = [
  ["within the morning", LE_BOUSCAT, "2026-06-01T09:00+02:00", 60, "2026-06-01T10:00+02:00"],
  ["over lunch", LE_BOUSCAT, "2026-06-01T11:30+02:00", 60, "2026-06-01T13:30+02:00"],
  ["from inside lunch", LE_BOUSCAT, "2026-06-01T12:30+02:00", 30, "2026-06-01T13:30+02:00"],
  ["from before opening", LE_BOUSCAT, "2026-06-01T07:00+02:00", 30, "2026-06-01T09:00+02:00"],
  ["from after closing", LE_BOUSCAT, "2026-06-01T19:00+02:00", 30, "2026-06-02T09:00+02:00"],
  ["due at closing time", LE_BOUSCAT, "2026-06-01T16:30+02:00", 30, "2026-06-01T17:00+02:00"],
  ["one minute past closing", LE_BOUSCAT, "2026-06-01T16:30+02:00", 31, "2026-06-02T08:31+02:00"],
  ["ends at noon, not 13:00", LE_BOUSCAT, "2026-06-01T11:00+02:00", 60, "2026-06-01T12:00+02:00"],
  ["a business day", LE_BOUSCAT, "2026-06-01T09:00+02:00", 450, "2026-06-02T09:00+02:00"],
  ["Friday to Monday", LE_BOUSCAT, "2026-06-05T16:00+02:00", 90, "2026-06-08T09:00+02:00"],
  ["from Saturday", LE_BOUSCAT, "2026-06-06T10:00+02:00", 1, "2026-06-08T08:31+02:00"],
  ["zero minutes does not snap", LE_BOUSCAT, "2026-06-06T10:00+02:00", 0, "2026-06-06T10:00+02:00"],
  ["fractional minutes", LE_BOUSCAT, "2026-06-01T09:00+02:00", 1.5, "2026-06-01T09:01:30+02:00"],
  ["over Lundi de Pâques 2026", LE_BOUSCAT, "2026-04-03T16:00+02:00", 90, "2026-04-07T09:00+02:00"],
  ["over Lundi de Pâques 2025", LE_BOUSCAT, "2025-04-18T16:00+02:00", 90, "2025-04-22T09:00+02:00"],
  ["over Ascension 2026", LE_BOUSCAT, "2026-05-13T16:00+02:00", 90, "2026-05-15T09:00+02:00"],
  ["over 11 novembre 2026", LE_BOUSCAT, "2026-11-10T16:00+01:00", 90, "2026-11-12T09:00+01:00"],
  // 60 on 24 December, 4 days of 450 between the two holidays, 30 on Monday 4 January.
  ["over Noël, 1er janvier", LE_BOUSCAT, "2026-12-24T16:00+01:00", 1890, "2027-01-04T09:00+01:00"],
  ["over DST and Pâques 2027", LE_BOUSCAT, "2027-03-26T16:00+01:00", 90, "2027-03-30T09:00+02:00"],
  ["onto leap day 2028", LE_BOUSCAT, "2028-02-28T16:00+01:00", 90, "2028-02-29T09:00+01:00"],
  // 22 full days of 450 min, June 2026 having no holiday, then 100 min on 1 July.
  ["10,000 minutes", LE_BOUSCAT, "2026-06-01T08:30+02:00", 10_000, "2026-07-01T10:10+02:00"],
  ["Bègles Tuesday to Thursday", BEGLES, "2026-06-02T10:00+02:00", 30, "2026-06-04T09:00+02:00"],
  ["Bègles over Pentecôte", BEGLES, "2026-05-25T09:00+02:00", 60, "2026-05-28T09:30+02:00"],
  ["Bègles long Monday", BEGLES, "2026-06-01T08:30+02:00", 600, "2026-06-01T18:30+02:00"],
  ["up to 24:00", NIGHT_ON_CALL, "2026-06-05T23:00+02:00", 60, "2026-06-06T00:00+02:00"],
  ["past 24:00", NIGHT_ON_CALL, "2026-06-05T23:00+02:00", 61, "2026-06-06T00:01+02:00"],
  ["24/7 on Noël", alwaysOpenCalendar(), "2026-12-25T10:00+01:00", 60, "2026-12-25T11:00+01:00"],
];

describe("addBusinessMinutes", () => {
  test.each(cases)("%s", (_label, calendar, start, minutes, due) => {
    expect(addBusinessMinutes(calendar, new Date(start), minutes).toISOString()).toBe(
      new Date(due).toISOString(),
    );
  });
});

describe("addBusinessMinutes with closures", () => {
  test("skips a closed leap day", () => {
    const calendar: Calendar = { ...LE_BOUSCAT, closures: ["2028-02-29"] };
    expect(addBusinessMinutes(calendar, new Date("2028-02-28T16:00+01:00"), 90).toISOString()).toBe(
      new Date("2028-03-01T09:00+01:00").toISOString(),
    );
  });
});

describe("addBusinessMinutes refuses", () => {
  const start = new Date("2026-06-01T09:00+02:00");
  const never: Calendar = { timeZone: "Europe/Paris", weekly: {}, holidays: "FR" };
  const emptyDays: Calendar = {
    timeZone: "Europe/Paris",
    weekly: { mon: [], tue: [] },
    holidays: "none",
  };
  const refusals: Array<[string, Calendar, Date, number, RegExp]> = [
    ["negative minutes", LE_BOUSCAT, start, -1, /positif ou nul/],
    ["NaN minutes", LE_BOUSCAT, start, Number.NaN, /positif ou nul/],
    ["infinite minutes", LE_BOUSCAT, start, Number.POSITIVE_INFINITY, /positif ou nul/],
    ["an invalid start", LE_BOUSCAT, new Date(Number.NaN), 10, /date invalide/],
    ["a calendar never open", never, start, 10, /aucune heure d'ouverture/],
    ["a calendar with empty days only", emptyDays, start, 10, /aucune heure d'ouverture/],
  ];
  test.each(refusals)("%s", (_label, calendar, from, minutes, message) => {
    expect(() => addBusinessMinutes(calendar, from, minutes)).toThrow(message);
  });

  test("a calendar closed on every opening day for over ten years", () => {
    const mondays = Array.from({ length: 600 }, (_, week) =>
      new Date(Date.UTC(2026, 5, 1 + 7 * week)).toISOString().slice(0, 10),
    );
    const calendar: Calendar = {
      ...LE_BOUSCAT,
      weekly: { mon: [["09:00", "10:00"]] },
      closures: mondays,
    };
    expect(() => addBusinessMinutes(calendar, start, 10)).toThrow(/n'ouvre jamais sur dix ans/);
    // The same calendar does open once its closures run out.
    const shorter = { ...calendar, closures: mondays.slice(0, 500) };
    expect(addBusinessMinutes(shorter, start, 10).toISOString()).toBe(
      new Date("2035-12-31T09:10+01:00").toISOString(), // the 501st Monday, in winter time
    );
  });

  test("a calendar never open still answers 0 minutes with the start", () => {
    expect(addBusinessMinutes(never, start, 0).getTime()).toBe(start.getTime());
  });
});

describe("addBusinessMinutes is fast", () => {
  test("10,000 business minutes from 200 different starts in well under 1 ms each", () => {
    const first = new Date("2026-01-05T08:30+01:00").getTime();
    addBusinessMinutes(LE_BOUSCAT, new Date(first), 10_000); // loads the holiday tables once
    const began = performance.now();
    for (let i = 0; i < 200; i++) {
      addBusinessMinutes(LE_BOUSCAT, new Date(first + i * 37 * 3_600_000), 10_000);
    }
    const perCall = (performance.now() - began) / 200;
    expect(perCall).toBeLessThan(1);
  });
});

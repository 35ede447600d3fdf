import { describe, expect, test } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "./business-time.ts";
import { type Calendar, calendarSchema } from "./calendar.ts";
import { PESSAC_HOURS } from "./test-fixtures.ts";

// Pessac's support hours with the on-call of one council meeting, Monday 18 January 2027 from
// 19:00 to 23:00 (« Conseil Municipal L19h/fin CM/23H »), and the closure of 24–31 December 2026.
const pessac = (extra: Calendar["extraOpenings"], closures?: string[]): Calendar => ({
  timeZone: "Europe/Paris",
  weekly: {
    mon: PESSAC_HOURS.mon ?? [],
    tue: PESSAC_HOURS.tue ?? [],
    wed: PESSAC_HOURS.wed ?? [],
    thu: PESSAC_HOURS.thu ?? [],
    fri: PESSAC_HOURS.fri ?? [],
  },
  holidays: "FR",
  extraOpenings: extra,
  closures,
});
const council = pessac([{ date: "2027-01-18", start: "19:00", end: "23:00" }]);

describe("dated openings (an on-call evening for a council meeting)", () => {
  test("the evening counts on its date only", () => {
    // Monday 18 January: 13:30–19:00 then 19:00–23:00, one span of 570 minutes.
    expect(
      businessMinutesBetween(
        council,
        new Date("2027-01-18T00:00+01:00"),
        new Date("2027-01-19T00:00+01:00"),
      ),
    ).toBe(570);
    // The Monday after has its support hours only.
    expect(
      businessMinutesBetween(
        council,
        new Date("2027-01-25T00:00+01:00"),
        new Date("2027-01-26T00:00+01:00"),
      ),
    ).toBe(330);
  });

  test("a saisine filed at 20:00 that evening is due within the meeting", () => {
    expect(addBusinessMinutes(council, new Date("2027-01-18T20:00+01:00"), 60)).toEqual(
      new Date("2027-01-18T21:00+01:00"),
    );
    // 180 minutes: the last minute of the evening, not Tuesday morning.
    expect(addBusinessMinutes(council, new Date("2027-01-18T20:00+01:00"), 180)).toEqual(
      new Date("2027-01-18T23:00+01:00"),
    );
    expect(addBusinessMinutes(council, new Date("2027-01-18T20:00+01:00"), 181)).toEqual(
      new Date("2027-01-19T08:31+01:00"),
    );
  });

  test("an opening overlapping the week's hours is not counted twice", () => {
    const overlap = pessac([{ date: "2027-01-18", start: "18:00", end: "20:00" }]);
    expect(
      businessMinutesBetween(
        overlap,
        new Date("2027-01-18T13:30+01:00"),
        new Date("2027-01-18T21:00+01:00"),
      ),
    ).toBe(390);
  });

  test("two openings on one day add up, touching ones merge", () => {
    const two = pessac([
      { date: "2027-01-16", start: "09:00", end: "10:00" },
      { date: "2027-01-16", start: "10:00", end: "11:00" },
      { date: "2027-01-16", start: "14:00", end: "15:30" },
    ]);
    // Saturday 16 January: no support hours, 210 minutes of openings.
    expect(
      businessMinutesBetween(
        two,
        new Date("2027-01-16T00:00+01:00"),
        new Date("2027-01-17T00:00+01:00"),
      ),
    ).toBe(210);
  });

  test("a dated opening holds on a public holiday and on a closure", () => {
    // Lundi de Pâques 2027 (29 March): closed, except the opening put on duty for it.
    const easter = pessac([{ date: "2027-03-29", start: "19:00", end: "23:00" }]);
    expect(
      businessMinutesBetween(
        easter,
        new Date("2027-03-29T00:00+02:00"),
        new Date("2027-03-30T00:00+02:00"),
      ),
    ).toBe(240);
    const closed = pessac([{ date: "2026-12-28", start: "19:00", end: "21:00" }], ["2026-12-28"]);
    expect(
      businessMinutesBetween(
        closed,
        new Date("2026-12-28T00:00+01:00"),
        new Date("2026-12-29T00:00+01:00"),
      ),
    ).toBe(120);
  });

  test("across the autumn DST change the evening keeps its wall-clock hours", () => {
    // Sunday 31 October 2027 (clocks go back at 03:00): 19:00–23:00 is still 240 minutes.
    const dst = pessac([{ date: "2027-10-31", start: "19:00", end: "23:00" }]);
    expect(
      businessMinutesBetween(
        dst,
        new Date("2027-10-31T00:00+02:00"),
        new Date("2027-11-01T00:00+01:00"),
      ),
    ).toBe(240);
  });

  test("a calendar with only dated openings still has open time", () => {
    const only: Calendar = {
      timeZone: "Europe/Paris",
      weekly: {},
      holidays: "FR",
      extraOpenings: [{ date: "2028-02-29", start: "10:00", end: "11:00" }],
    };
    expect(addBusinessMinutes(only, new Date("2028-02-01T00:00+01:00"), 30)).toEqual(
      new Date("2028-02-29T10:30+01:00"),
    );
  });

  test.each([
    [{ date: "2027-01-18", start: "23:00", end: "19:00" }, "l'heure de début doit précéder"],
    [{ date: "2027-01-18", start: "19h", end: "23:00" }, "format HH:MM attendu"],
    [{ date: "2027-02-30", start: "19:00", end: "23:00" }, "AAAA-MM-JJ"],
  ])("a wrong opening %j is refused in French", (opening, message) => {
    const result = calendarSchema.safeParse(pessac([opening]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
    // A hand-built calendar that skipped the schema is refused by the walks too.
    expect(() =>
      businessMinutesBetween(
        pessac([opening]),
        new Date("2027-01-18T00:00+01:00"),
        new Date("2027-01-19T00:00+01:00"),
      ),
    ).toThrow(message);
  });
});

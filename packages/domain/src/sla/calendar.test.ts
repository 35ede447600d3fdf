import { describe, expect, test } from "vitest";
import { businessMinutesBetween } from "./business-time.ts";
import { alwaysOpenCalendar, type Calendar, calendarSchema } from "./calendar.ts";
import { BEGLES, LE_BOUSCAT, NIGHT_ON_CALL, SUNDAY_ONLY } from "./test-fixtures.ts";

const paris = (weekly: Calendar["weekly"], extra: Partial<Calendar> = {}): unknown => ({
  timeZone: "Europe/Paris",
  weekly,
  holidays: "FR",
  ...extra,
});

describe("calendarSchema accepts", () => {
  const cases: Array<[string, unknown]> = [
    ["Le Bouscat", LE_BOUSCAT],
    ["Bègles", BEGLES],
    ["a Sunday ending at 24:00", SUNDAY_ONLY],
    ["night on-call across midnight", NIGHT_ON_CALL],
    ["24/7", alwaysOpenCalendar()],
    ["24/7 in New York", alwaysOpenCalendar("America/New_York")],
    ["no open day at all", paris({})],
    ["an empty day", paris({ mon: [] })],
    [
      "touching intervals",
      paris({
        mon: [
          ["08:00", "12:00"],
          ["12:00", "14:00"],
        ],
      }),
    ],
    [
      "intervals given out of order",
      paris({
        mon: [
          ["13:00", "17:00"],
          ["08:30", "12:00"],
        ],
      }),
    ],
    ["closures on real dates", paris({}, { closures: ["2026-12-24", "2028-02-29"] })],
    ["UTC", { timeZone: "UTC", weekly: {}, holidays: "none" }],
  ];
  test.each(cases)("%s", (_label, input) => {
    expect(calendarSchema.safeParse(input).success).toBe(true);
  });
});

describe("calendarSchema rejects, in French", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ["a time without leading zero", paris({ mon: [["8:30", "12:00"]] }), /format HH:MM/],
    ["24:01", paris({ mon: [["08:00", "24:01"]] }), /format HH:MM/],
    ["23:60", paris({ mon: [["08:00", "23:60"]] }), /format HH:MM/],
    ["24:00 as a start", paris({ mon: [["24:00", "24:00"]] }), /début doit précéder/],
    ["an inverted interval", paris({ tue: [["18:30", "08:30"]] }), /début doit précéder/],
    ["an empty interval", paris({ tue: [["09:00", "09:00"]] }), /début doit précéder/],
    [
      "overlapping intervals",
      paris({
        wed: [
          ["08:00", "12:00"],
          ["11:00", "14:00"],
        ],
      }),
      /08:00–12:00 et 11:00–14:00 du mercredi se chevauchent/,
    ],
    [
      "an interval inside another",
      paris({
        sun: [
          ["00:00", "24:00"],
          ["10:00", "11:00"],
        ],
      }),
      /se chevauchent/,
    ],
    ["an unknown zone", { ...LE_BOUSCAT, timeZone: "Mars/Olympus" }, /Fuseau horaire inconnu/],
    ["a bare UTC offset", { ...LE_BOUSCAT, timeZone: "+01:00" }, /Fuseau horaire inconnu/],
    ["another holiday set", { ...LE_BOUSCAT, holidays: "DE" }, /Jours fériés/],
    ["a closure that does not exist", paris({}, { closures: ["2026-02-29"] }), /AAAA-MM-JJ/],
    ["a closure in French order", paris({}, { closures: ["25/12/2026"] }), /AAAA-MM-JJ/],
    ["a French day name", paris({ lun: [["08:00", "12:00"]] } as never), /lun/],
  ];
  test.each(cases)("%s", (_label, input, message) => {
    const result = calendarSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toMatch(message);
  });
});

describe("hand-built calendars are checked before use", () => {
  const start = new Date("2026-06-01T08:00:00+02:00");
  const end = new Date("2026-06-01T18:00:00+02:00");
  const cases: Array<[string, Calendar, RegExp]> = [
    [
      "overlap would count twice",
      {
        ...LE_BOUSCAT,
        weekly: {
          mon: [
            ["08:00", "12:00"],
            ["11:00", "14:00"],
          ],
        },
      },
      /se chevauchent/,
    ],
    ["inverted interval", { ...LE_BOUSCAT, weekly: { mon: [["12:00", "08:00"]] } }, /précéder/],
    ["unknown zone", { ...LE_BOUSCAT, timeZone: "Europe/Pariss" }, /Fuseau horaire inconnu/],
    ["impossible closure", { ...LE_BOUSCAT, closures: ["2026-02-30"] }, /fermeture invalide/],
  ];
  test.each(cases)("%s", (_label, calendar, message) => {
    expect(() => businessMinutesBetween(calendar, start, end)).toThrow(message);
  });
});

describe("alwaysOpenCalendar", () => {
  test("is open every minute of every day and ignores holidays", () => {
    const calendar = alwaysOpenCalendar();
    expect(calendar.timeZone).toBe("Europe/Paris");
    expect(calendar.holidays).toBe("none");
    expect(Object.values(calendar.weekly)).toEqual(Array(7).fill([["00:00", "24:00"]]));
  });

  test("refuses an unknown zone", () => {
    expect(() => alwaysOpenCalendar("Europe/Atlantis")).toThrow(/Fuseau horaire inconnu/);
  });
});

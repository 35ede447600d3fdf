import { describe, expect, test } from "vitest";
import {
  type BodyDefinition,
  type Cadence,
  MEETING_BODY_LABELS,
  type MeetingBody,
} from "./bodies.ts";
import {
  type CountedMeeting,
  dueAndHeld,
  dueSlots,
  nextDueSlot,
  tallySlots,
} from "./due-calendar.ts";

const body = (b: MeetingBody, cadence: Cadence): BodyDefinition => ({
  body: b,
  label: MEETING_BODY_LABELS[b],
  subDomain: null,
  cadence,
  frequencyAsWritten: null,
  source: "Contrat, art. 5",
  intercommunal: false,
});
const followUp = body("comite-suivi", { kind: "follow-up" });
const mayors = body("reunion-maires", { kind: "per-year", count: 2 });
const launch = body("reunion-lancement", { kind: "once" });
const periods = (slots: { start: string; end: string; required: number }[]) =>
  slots.map((s) => [s.start, s.end, s.required]);

describe("dueSlots", () => {
  test("a quarter across the new year is due in the year it ends, once", () => {
    const span = { start: "2023-03-01", end: null };
    expect(periods(dueSlots(followUp, span, 2025))).toEqual([
      ["2024-12-01", "2025-03-01", 1],
      ["2025-03-01", "2025-06-01", 1],
      ["2025-06-01", "2025-09-01", 1],
      ["2025-09-01", "2025-12-01", 1],
    ]);
    expect(dueSlots(followUp, span, 2026)[0]?.start).toBe("2025-12-01");
  });

  test("the first twelve months: one follow-up meeting a month", () => {
    expect(dueSlots(followUp, { start: "2025-01-15", end: null }, 2025)).toHaveLength(12);
    expect(dueSlots(followUp, { start: "2025-01-15", end: null }, 2024)).toEqual([]);
  });

  test.each([
    ["a whole year: two", "2020-01-01", 2025, [["2025-01-01", "2026-01-01", 2]]],
    ["signed in March: two", "2025-03-10", 2025, [["2025-03-10", "2026-01-01", 2]]],
    [
      "signed in September: fewer than six months owe one",
      "2025-09-01",
      2025,
      [["2025-09-01", "2026-01-01", 1]],
    ],
    ["before the contract: none", "2026-01-01", 2025, []],
  ])("meetings with the mayors, %s", (_label, start, year, expected) => {
    expect(periods(dueSlots(mayors, { start, end: null }, year))).toEqual(expected);
  });

  test("the launch meeting: once, in the contract's first month", () => {
    expect(periods(dueSlots(launch, { start: "2025-12-15", end: null }, 2025))).toEqual([]);
    expect(periods(dueSlots(launch, { start: "2025-12-15", end: null }, 2026))).toEqual([
      ["2025-12-15", "2026-01-15", 1],
    ]);
    expect(dueSlots(launch, { start: "2025-12-15", end: null }, 2027)).toEqual([]);
  });

  test("an ended contract owes nothing after its end, and its last period ends with it", () => {
    const span = { start: "2023-03-01", end: "2025-05-01" };
    expect(periods(dueSlots(followUp, span, 2025))).toEqual([
      ["2024-12-01", "2025-03-01", 1],
      ["2025-03-01", "2025-05-01", 1],
    ]);
  });

  test("every two weeks from the start day; no rhythm, nothing due", () => {
    const points = body("point-operationnel", { kind: "every-days", days: 14 });
    const slots = dueSlots(points, { start: "2025-01-06", end: null }, 2025);
    expect(slots[0]).toMatchObject({ start: "2025-01-06", end: "2025-01-20" });
    expect(slots).toHaveLength(25); // the 26th ends in 2026
    expect(
      dueSlots(
        body("commission-pilotage", { kind: "none" }),
        { start: "2022-01-01", end: null },
        2025,
      ),
    ).toEqual([]);
  });
});

describe("tallySlots, dueAndHeld, nextDueSlot", () => {
  const slots = dueSlots(followUp, { start: "2023-03-01", end: null }, 2025);
  const meeting = (id: string, day: string, held: boolean): CountedMeeting => ({
    id,
    key: "comite-suivi",
    day,
    held,
  });

  test("« 3 comités de suivi tenus sur 4 dus », the fourth late", () => {
    const meetings = [
      meeting("a", "2025-02-10", true),
      meeting("b", "2025-04-03", true),
      meeting("b2", "2025-05-20", true), // a second one in the same quarter counts once
      meeting("c", "2025-07-01", true),
      meeting("other", "2025-10-01", true),
    ];
    meetings[4] = { ...meetings[4], key: "comite-strategique" } as CountedMeeting;
    const tallies = tallySlots(slots, meetings, "2026-01-10");
    expect(tallies.map((t) => t.state)).toEqual(["tenue", "tenue", "tenue", "en-retard"]);
    expect(dueAndHeld(tallies)).toEqual({ due: 4, held: 3 });
  });

  test("states on a day inside the year: held, planned, to plan, to come", () => {
    const tallies = tallySlots(
      slots,
      [meeting("a", "2025-02-10", true), meeting("p", "2025-05-02", false)],
      "2025-04-15",
    );
    expect(tallies.map((t) => t.state)).toEqual(["tenue", "planifiee", "a-venir", "a-venir"]);
    expect(nextDueSlot(tallies)?.start).toBe("2025-06-01");
    const later = tallySlots(slots, [], "2025-06-01");
    expect(later.map((t) => t.state)).toEqual(["en-retard", "en-retard", "a-planifier", "a-venir"]);
    expect(nextDueSlot(later)?.start).toBe("2025-06-01");
  });

  test("the last day of a period still counts; the next day it is late", () => {
    const [first] = slots;
    if (!first) throw new Error("no slot");
    expect(tallySlots([first], [meeting("a", "2025-02-28", true)], "2025-03-01")[0]?.state).toBe(
      "tenue",
    );
    expect(tallySlots([first], [meeting("a", "2025-03-01", true)], "2025-03-01")[0]?.state).toBe(
      "en-retard",
    );
    expect(tallySlots([first], [], "2025-02-28")[0]?.state).toBe("a-planifier");
  });
});

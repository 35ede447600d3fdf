import { describe, expect, test } from "vitest";
import { alwaysOpenCalendar } from "../sla/calendar.ts";
import type { CalendarSource } from "../sla/clock.ts";
import { LE_BOUSCAT } from "../sla/test-fixtures.ts";
import {
  type DueState,
  dueState,
  type Milestone,
  measuredDelays,
  nextAlertAt,
  saisineMilestones,
} from "./alerts.ts";
import { delayTargetStates } from "./due-dates.ts";
import { clockSegmentsFromEvents, type SaisineClockEvent } from "./clock-events.ts";
import type { SaisineStatus } from "./vocabulary.ts";

const at = (iso: string) => new Date(iso);
const calendars: CalendarSource = (version) =>
  version === "bouscat" ? LE_BOUSCAT : alwaysOpenCalendar();

describe("saisineMilestones", () => {
  // Filed Monday 1 June 2026 at 10:00 in Le Bouscat (08:30–12:00, 13:00–17:00, Mon–Fri).
  const events: SaisineClockEvent[] = [
    {
      kind: "created",
      at: at("2026-06-01T10:00:00+02:00"),
      nature: "ordinaire",
      calendarVersion: "bouscat",
    },
    { kind: "assigned", at: at("2026-06-01T10:00:00+02:00"), assigneeId: "a1" },
  ];
  const clock = clockSegmentsFromEvents(events);

  test("handling in 4 business hours: due at 15:00 (the lunch break is not counted), warned at 75 %", () => {
    // Not yet taken into account (an assignment would be): only filed.
    const filed = clockSegmentsFromEvents(events.slice(0, 1));
    const m = saisineMilestones(
      calendars,
      filed,
      { handling: 240, resolution: null },
      new Map(),
      at("2026-06-01T11:00:00+02:00"),
    );
    expect(m.milestones.map((x) => x.key)).toEqual(["handling"]);
    expect(m.milestones[0]?.dueAt?.toISOString()).toBe("2026-06-01T13:00:00.000Z");
    // 75 % of 240 min = 180 min: 10:00–12:00 (120) then 13:00–14:00.
    expect(m.warnAt?.toISOString()).toBe("2026-06-01T12:00:00.000Z");
  });

  test("the current holder's OLA is a milestone; no target, no milestone but still a figure", () => {
    const now = at("2026-06-02T09:30:00+02:00");
    const withOla = saisineMilestones(
      calendars,
      clock,
      { handling: null, resolution: null },
      new Map([["a1", 60]]),
      now,
    );
    expect(withOla.milestones.map((x) => x.key)).toEqual(["ola:a1"]);
    expect(withOla.ola.get("a1")?.breached).toBe(true);
    const without = saisineMilestones(
      calendars,
      clock,
      { handling: null, resolution: null },
      new Map([["a1", null]]),
      now,
    );
    expect(without.milestones).toEqual([]);
    // Mon 10:00–12:00, 13:00–17:00 then Tue 08:30–09:30: 7 business hours.
    expect(without.ola.get("a1")).toMatchObject({ elapsed: 420, dueAt: null, breached: false });
  });
});

describe("nextAlertAt", () => {
  const milestone = (key: string, warnAt: string | null, dueAt: string | null): Milestone => ({
    key,
    milestone: key === "resolution" ? "resolution" : "handling",
    assignmentId: null,
    warnAt: warnAt ? at(warnAt) : null,
    dueAt: dueAt ? at(dueAt) : null,
    warning: false,
    breached: false,
  });
  const handling = milestone("handling", "2026-06-01T12:00:00Z", "2026-06-01T13:00:00Z");
  const resolution = milestone("resolution", "2026-06-03T09:00:00Z", "2026-06-04T09:00:00Z");

  test.each<[string, Milestone[], string[], string | null]>([
    ["nothing sent: the earliest warning", [handling, resolution], [], "2026-06-01T12:00:00.000Z"],
    [
      "warning sent: its breach",
      [handling, resolution],
      ["handling:warning"],
      "2026-06-01T13:00:00.000Z",
    ],
    [
      "breach sent: the next milestone's warning",
      [handling, resolution],
      ["handling:breach"],
      "2026-06-03T09:00:00.000Z",
    ],
    ["everything sent: none", [handling], ["handling:warning", "handling:breach"], null],
    ["no milestone: none", [], [], null],
  ])("%s", (_label, milestones, sent, expected) => {
    expect(nextAlertAt(milestones, sent)?.toISOString() ?? null).toBe(expected);
  });
});

describe("dueState", () => {
  const now = at("2026-06-01T12:00:00Z");
  const row = (over: Partial<Parameters<typeof dueState>[0]>) => ({
    isOpen: true,
    status: "en-cours" as SaisineStatus,
    handlingDueAt: null,
    resolutionDueAt: null,
    warnAt: null,
    ...over,
  });
  test.each<[string, Parameters<typeof dueState>[0], DueState]>([
    ["closed", row({ isOpen: false, handlingDueAt: at("2026-05-01T00:00:00Z") }), "none"],
    [
      "past its nearest due date",
      row({
        handlingDueAt: at("2026-06-02T00:00:00Z"),
        resolutionDueAt: at("2026-06-01T12:00:00Z"),
      }),
      "breached",
    ],
    [
      "past 75 %",
      row({ resolutionDueAt: at("2026-06-02T00:00:00Z"), warnAt: at("2026-06-01T11:00:00Z") }),
      "due-soon",
    ],
    [
      "before 75 %",
      row({ resolutionDueAt: at("2026-06-02T00:00:00Z"), warnAt: at("2026-06-01T18:00:00Z") }),
      "on-time",
    ],
    ["on hold, no due date running", row({ status: "en-attente-tiers" }), "paused"],
    ["awaiting the managers' decision", row({ status: "decision-attendue" }), "paused"],
    ["no target: nothing to say", row({}), "none"],
  ])("%s → %s", (_label, saisine, expected) => expect(dueState(saisine, now)).toBe(expected));
});

describe("saisineMilestones — the delays the indicators report", () => {
  // Le Bouscat: 08:30–12:00 and 13:00–17:00, Monday to Friday.
  const at = (iso: string) => new Date(iso);
  test("handled after 90 business minutes, resolved the next morning after 7 h 30 (lunch excluded)", () => {
    const clock = clockSegmentsFromEvents([
      {
        kind: "created",
        at: at("2026-06-01T10:00:00+02:00"),
        nature: "ordinaire",
        calendarVersion: "bouscat",
      },
      { kind: "assigned", at: at("2026-06-01T11:30:00+02:00"), assigneeId: "a1" },
      { kind: "resolved", at: at("2026-06-02T10:00:00+02:00") },
    ]);
    const m = saisineMilestones(
      calendars,
      clock,
      { handling: null, resolution: null },
      new Map(),
      at("2026-06-03T12:00:00+02:00"),
    );
    expect(m.handlingMinutes).toBe(90);
    // Mon 10:00–12:00 (120) + 13:00–17:00 (240) + Tue 08:30–10:00 (90).
    expect(m.resolutionMinutes).toBe(450);
  });

  test("a pause for the commune is not counted; not yet handled nor resolved: nothing to report", () => {
    const filed = {
      kind: "created" as const,
      at: at("2026-06-01T09:00:00+02:00"),
      nature: "ordinaire" as const,
      calendarVersion: "bouscat",
    };
    const waiting = clockSegmentsFromEvents([
      filed,
      { kind: "paused", at: at("2026-06-01T09:30:00+02:00"), reason: "attente-commune" },
      { kind: "resumed", at: at("2026-06-01T14:00:00+02:00") },
      { kind: "resolved", at: at("2026-06-01T15:00:00+02:00") },
    ]);
    const m = saisineMilestones(
      calendars,
      waiting,
      { handling: null, resolution: null },
      new Map(),
      at("2026-06-02T09:00:00+02:00"),
    );
    expect(m.resolutionMinutes).toBe(90);
    const open = saisineMilestones(
      calendars,
      clockSegmentsFromEvents([filed]),
      { handling: 240, resolution: null },
      new Map(),
      at("2026-06-01T10:00:00+02:00"),
    );
    expect(open.handlingMinutes).toBeNull();
    expect(open.resolutionMinutes).toBeNull();
  });
});

describe("measuredDelays and delayTargetStates", () => {
  const at = (iso: string) => new Date(iso);
  test("measured so far on the contract clock, the handling cut at its instant", () => {
    const clock = clockSegmentsFromEvents([
      {
        kind: "created",
        at: at("2026-06-01T10:00:00+02:00"),
        nature: "ordinaire",
        calendarVersion: "bouscat",
      },
      { kind: "assigned", at: at("2026-06-01T11:12:00+02:00"), assigneeId: "a1" },
    ]);
    // « Délai cible à définir — mesuré : 1 h 12 ouvrée » for the handling, 3 h 12 so far overall.
    expect(
      measuredDelays(calendars, clock.contract, clock.handledAt, at("2026-06-01T14:12:00+02:00")),
    ).toEqual({
      handlingMinutes: 72,
      resolutionMinutes: 192,
    });
  });

  test.each([
    [
      {
        type: "demande",
        nature: "ordinaire",
        handlingTargetMinutes: 240,
        resolutionTargetMinutes: null,
      },
      { handling: "set", resolution: "none" },
    ],
    [
      {
        type: "incident",
        nature: "ordinaire",
        handlingTargetMinutes: null,
        resolutionTargetMinutes: null,
      },
      { handling: "to-define", resolution: "to-define" },
    ],
    [
      {
        type: "incident",
        nature: "urgence",
        handlingTargetMinutes: 60,
        resolutionTargetMinutes: 120,
      },
      { handling: "set", resolution: "set" },
    ],
    [
      {
        type: "incident",
        nature: "exceptionnelle",
        handlingTargetMinutes: null,
        resolutionTargetMinutes: null,
      },
      { handling: "none", resolution: "none" },
    ],
    [
      {
        type: "incident",
        nature: "ordinaire",
        handlingTargetMinutes: null,
        resolutionTargetMinutes: null,
        conventionId: "convention-redon",
      },
      { handling: "none", resolution: "none" },
    ],
  ] as const)("%j → %j", (saisine, states) => {
    expect(delayTargetStates(saisine)).toEqual(states);
  });
});

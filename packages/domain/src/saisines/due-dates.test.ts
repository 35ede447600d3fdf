import { describe, expect, test } from "vitest";
import type { SaisineNature, SubDomainLetter } from "../contracts/annex.ts";
import { alwaysOpenCalendar, type Calendar } from "../sla/calendar.ts";
import type { CalendarSource } from "../sla/clock.ts";
import type { SlaTarget } from "../sla/targets.ts";
import { LE_BOUSCAT } from "../sla/test-fixtures.ts";
import { clockSegmentsFromEvents, type SaisineClockEvent } from "./clock-events.ts";
import { assignmentDueDate, dueDates, targetsForSaisine } from "./due-dates.ts";
import type { SaisineCriticality, SaisineType } from "./vocabulary.ts";

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

// Le Bouscat: 08:30–12:00 and 13:00–17:00, Monday to Friday, French holidays closed.
const calendars: CalendarSource = (version) => {
  const known: Record<string, Calendar> = { bouscat: LE_BOUSCAT, continu: alwaysOpenCalendar() };
  const calendar = known[version];
  if (!calendar) throw new Error(`calendrier inconnu ${version}`);
  return calendar;
};
const created = (when: string, calendarVersion = "bouscat"): SaisineClockEvent => ({
  kind: "created",
  at: at(when),
  nature: "ordinaire",
  calendarVersion,
});

type DueCase = [
  label: string,
  events: SaisineClockEvent[],
  targets: { handling?: number | null; resolution?: number | null },
  now: string,
  expected: {
    handlingDueAt: string | null;
    resolutionDueAt: string | null;
    warn: { handling: string | null; resolution: string | null };
    breached?: { handling?: boolean; resolution?: boolean };
  },
];

const dueCases: DueCase[] = [
  [
    // Wednesday 13 May 2026, 16:00; Ascension on Thursday 14: 60 min Wednesday, then Friday.
    "over Ascension: 4 business hours to handle, 2 days (840 min) to resolve",
    [created("2026-05-13T16:00:00+02:00")],
    { handling: 240, resolution: 840 },
    "2026-05-13T16:30:00+02:00",
    {
      handlingDueAt: "2026-05-15T09:30:00.000Z", // Friday 11:30
      resolutionDueAt: "2026-05-18T13:00:00.000Z", // Monday 18 May 15:00
      warn: { handling: "2026-05-15T08:30:00.000Z", resolution: "2026-05-18T08:30:00.000Z" },
    },
  ],
  [
    "handled in time: the handling date is no longer pending, resolution still projected",
    [
      created("2026-05-13T16:00:00+02:00"),
      { kind: "qualified", at: at("2026-05-13T16:45:00+02:00") },
    ],
    { handling: 240, resolution: 840 },
    "2026-05-15T09:00:00+02:00",
    {
      handlingDueAt: null,
      resolutionDueAt: "2026-05-18T13:00:00.000Z",
      warn: { handling: null, resolution: "2026-05-18T08:30:00.000Z" },
    },
  ],
  [
    // Tuesday 10 November 2026, 16:00; Armistice on Wednesday 11.
    "handled late over 11 November: the breach instant stays known",
    [
      created("2026-11-10T16:00:00+01:00"),
      { kind: "qualified", at: at("2026-11-12T14:00:00+01:00") },
    ],
    { handling: 240 },
    "2026-11-13T10:00:00+01:00",
    {
      handlingDueAt: "2026-11-12T10:30:00.000Z", // Thursday 11:30
      resolutionDueAt: null,
      warn: { handling: "2026-11-12T09:30:00.000Z", resolution: null },
      breached: { handling: true },
    },
  ],
  [
    "waiting for the commune: nobody knows when it will be due",
    [
      created("2026-06-01T09:00:00+02:00"),
      { kind: "qualified", at: at("2026-06-01T09:10:00+02:00") },
      { kind: "paused", at: at("2026-06-01T10:00:00+02:00"), reason: "attente-commune" },
    ],
    { handling: 240, resolution: 840 },
    "2026-06-02T10:00:00+02:00",
    { handlingDueAt: null, resolutionDueAt: null, warn: { handling: null, resolution: null } },
  ],
  [
    "the wait does not count: resumed Tuesday 14:00 with 60 min spent",
    [
      created("2026-06-01T09:00:00+02:00"),
      { kind: "paused", at: at("2026-06-01T10:00:00+02:00"), reason: "attente-tiers" },
      { kind: "resumed", at: at("2026-06-02T14:00:00+02:00") },
    ],
    { resolution: 240 },
    "2026-06-02T14:00:00+02:00",
    {
      handlingDueAt: null,
      resolutionDueAt: "2026-06-02T15:00:00.000Z", // 60 + 180 (Tuesday 14:00–17:00): at closing
      warn: { handling: null, resolution: "2026-06-02T14:00:00.000Z" },
    },
  ],
  [
    // Saturday 28 March 2026, 22:00 CET; clocks jump from 02:00 to 03:00 on Sunday 29.
    "an urgency round the clock across the spring DST change: 4 real hours",
    [created("2026-03-28T22:00:00+01:00", "continu")],
    { resolution: 240 },
    "2026-03-28T23:00:00+01:00",
    {
      handlingDueAt: null,
      resolutionDueAt: "2026-03-29T01:00:00.000Z", // 03:00 CEST
      warn: { handling: null, resolution: "2026-03-29T00:00:00.000Z" },
    },
  ],
  [
    "no target, nothing due",
    [created("2026-06-01T09:00:00+02:00")],
    { handling: null },
    "2026-06-01T10:00:00+02:00",
    { handlingDueAt: null, resolutionDueAt: null, warn: { handling: null, resolution: null } },
  ],
];

describe("dueDates", () => {
  test.each(dueCases)("%s", (_label, events, targets, now, expected) => {
    const result = dueDates(calendars, clockSegmentsFromEvents(events), targets, at(now));
    expect(iso(result.handlingDueAt)).toBe(expected.handlingDueAt);
    expect(iso(result.resolutionDueAt)).toBe(expected.resolutionDueAt);
    expect(iso(result.warnAt75.handling)).toBe(expected.warn.handling);
    expect(iso(result.warnAt75.resolution)).toBe(expected.warn.resolution);
    expect(result.handling?.breached ?? false).toBe(expected.breached?.handling ?? false);
    expect(result.resolution?.breached ?? false).toBe(expected.breached?.resolution ?? false);
  });

  test("statuses carry the warning at 75 % and the breach", () => {
    const clock = clockSegmentsFromEvents([created("2026-06-01T09:00:00+02:00")]);
    const before = dueDates(calendars, clock, { resolution: 240 }, at("2026-06-01T11:59:00+02:00"));
    expect(before.resolution).toMatchObject({ elapsed: 179, warning: false, breached: false });
    // 09:00–12:00 is exactly 75 % of 240 min; the lunch break adds nothing.
    const at75 = dueDates(calendars, clock, { resolution: 240 }, at("2026-06-01T12:45:00+02:00"));
    expect(at75.resolution).toMatchObject({ elapsed: 180, warning: true, breached: false });
    expect(iso(at75.warnAt75.resolution)).toBe("2026-06-01T10:00:00.000Z");
    const late = dueDates(calendars, clock, { resolution: 240 }, at("2026-06-01T14:30:00+02:00"));
    expect(late.resolution).toMatchObject({ elapsed: 270, warning: true, breached: true });
    expect(iso(late.resolutionDueAt)).toBe("2026-06-01T12:00:00.000Z");
  });
});

describe("assignmentDueDate — the team's internal target (OLA)", () => {
  test("a reassigned team's clock starts at its assignment and pauses with the contract's", () => {
    const clock = clockSegmentsFromEvents([
      created("2026-05-12T09:00:00+02:00"),
      { kind: "assigned", at: at("2026-05-12T09:00:00+02:00"), assigneeId: "desk" },
      { kind: "assigned", at: at("2026-05-12T16:00:00+02:00"), assigneeId: "infra" },
      { kind: "paused", at: at("2026-05-13T09:00:00+02:00"), reason: "attente-tiers" },
      { kind: "resumed", at: at("2026-05-15T09:00:00+02:00") },
    ]);
    const [desk, infra] = clock.assignments;
    if (!desk || !infra) throw new Error("two assignments expected");
    // Infra: Tuesday 16:00–17:00, Wednesday 08:30–09:00 = 90 min; paused; Friday from 09:00.
    const due = assignmentDueDate(calendars, infra, 120, at("2026-05-15T09:00:00+02:00"));
    expect(iso(due.dueAt)).toBe("2026-05-15T07:30:00.000Z"); // Friday 09:30
    expect(due.status).toMatchObject({ elapsed: 90, warning: true, breached: false });
    // The desk held it 09:00–16:00 on Tuesday: 3 h + 3 h = 360 min, for a 240 min target.
    const deskDue = assignmentDueDate(calendars, desk, 240, at("2026-05-15T09:00:00+02:00"));
    expect(deskDue.status.breached).toBe(true);
    expect(iso(deskDue.dueAt)).toBe("2026-05-12T12:00:00.000Z"); // Tuesday 14:00
  });
});

describe("targetsForSaisine", () => {
  const targets: SlaTarget[] = [
    { indicator: "3.3.1", businessMinutes: 480 },
    { indicator: "3.3.2", criticality: "bloquant", businessMinutes: 240, compliancePercent: 95 },
    { indicator: "3.3.2", criticality: "non-bloquant", businessMinutes: 960 },
    { indicator: "4.1.1", businessMinutes: 60 },
    { indicator: "4.1.2", criticality: "bloquant", businessMinutes: 450 },
  ];
  type TargetCase = [
    SaisineType,
    SubDomainLetter,
    SaisineCriticality,
    SaisineNature,
    number | null,
    number | null,
  ];
  test.each<TargetCase>([
    ["incident", "C", "bloquant", "ordinaire", 480, 240],
    ["incident", "C", "non-bloquant", "urgence", 480, 960],
    ["demande", "C", "bloquant", "ordinaire", 480, null],
    ["conseil", "A", "non-bloquant", "ordinaire", 480, null],
    // Hosting and operations: intervention and restoration delays first.
    ["incident", "D", "bloquant", "ordinaire", 60, 450],
    // No 4.1.2 for a non-blocking incident: back to 3.3.2.
    ["incident", "D", "non-bloquant", "ordinaire", 60, 960],
    ["demande", "D", "bloquant", "ordinaire", 480, null],
    // Out of the contract: only what the decision agreed.
    ["incident", "C", "bloquant", "exceptionnelle", null, null],
  ])(
    "%s %s %s %s → handling %s, resolution %s",
    (type, subDomain, criticality, nature, handling, resolution) => {
      const found = targetsForSaisine(targets, { type, subDomain, criticality, nature });
      expect(found.handling?.businessMinutes ?? null).toBe(handling);
      expect(found.resolution?.businessMinutes ?? null).toBe(resolution);
    },
  );

  test("a commune with no agreed target yet (« à définir conjointement ») gets none", () => {
    expect(
      targetsForSaisine([], {
        type: "incident",
        subDomain: "C",
        criticality: "bloquant",
        nature: "ordinaire",
      }),
    ).toEqual({ handling: null, resolution: null });
  });
});

import { describe, expect, test } from "vitest";
import type { ClockSegment } from "../sla/clock.ts";
import {
  clockSegmentsFromEvents,
  type SaisineClockEvent,
  saisineClockEventSchema,
} from "./clock-events.ts";

/** "01 09:00" is Monday 1 June 2026, 09:00 in Paris (summer time, +02:00). */
const t = (when: string): Date => new Date(`2026-06-${when.replace(" ", "T")}:00+02:00`);
type Seg = [state: ClockSegment["state"], from: string, to: string | null, version?: string];
const segs = (...list: Seg[]): ClockSegment[] =>
  list.map(([state, from, to, version = "bouscat#support"]) => ({
    state,
    from: t(from),
    to: to === null ? null : t(to),
    calendarVersion: version,
  }));

const created = (
  at: string,
  nature: "ordinaire" | "urgence" | "exceptionnelle" = "ordinaire",
): SaisineClockEvent => ({
  kind: "created",
  at: t(at),
  nature,
  calendarVersion: "bouscat#support",
});
const ev = <K extends SaisineClockEvent["kind"]>(
  kind: K,
  at: string,
  extra: Omit<Extract<SaisineClockEvent, { kind: K }>, "kind" | "at"> = {} as never,
): SaisineClockEvent => ({ kind, at: t(at), ...extra }) as SaisineClockEvent;

type ClockCase = [
  label: string,
  events: SaisineClockEvent[],
  expected: {
    contract: ClockSegment[];
    handledAt: string | null;
    resolvedAt: string | null;
    assignments?: Array<{
      assigneeId: string;
      from: string;
      to: string | null;
      segments: ClockSegment[];
    }>;
  },
];

const clockCases: ClockCase[] = [
  [
    "just filed: the clock runs",
    [created("01 09:00")],
    {
      contract: segs(["running", "01 09:00", null]),
      handledAt: null,
      resolvedAt: null,
      assignments: [],
    },
  ],
  [
    "waiting for the commune pauses the contract clock and the assignee's",
    [
      created("01 09:00"),
      ev("qualified", "01 09:20"),
      ev("assigned", "01 09:30", { assigneeId: "desk" }),
      ev("paused", "01 10:00", { reason: "attente-commune" }),
      ev("resumed", "02 14:00"),
      ev("assigned", "02 15:00", { assigneeId: "infra" }),
      ev("resolved", "03 11:00"),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 10:00"],
        ["paused", "01 10:00", "02 14:00"],
        ["running", "02 14:00", "03 11:00"],
      ),
      handledAt: "01 09:20",
      resolvedAt: "03 11:00",
      assignments: [
        {
          assigneeId: "desk",
          from: "01 09:30",
          to: "02 15:00",
          segments: segs(
            ["running", "01 09:30", "01 10:00"],
            ["paused", "01 10:00", "02 14:00"],
            ["running", "02 14:00", "02 15:00"],
          ),
        },
        {
          assigneeId: "infra",
          from: "02 15:00",
          to: null,
          segments: segs(["running", "02 15:00", "03 11:00"]),
        },
      ],
    },
  ],
  [
    "reopened: the clock continues, the wait for confirmation does not count",
    [
      created("01 09:00"),
      ev("assigned", "01 09:00", { assigneeId: "desk" }),
      ev("resolved", "01 11:00"),
      ev("reopened", "03 09:00"),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 11:00"],
        ["paused", "01 11:00", "03 09:00"],
        ["running", "03 09:00", null],
      ),
      handledAt: "01 09:00",
      resolvedAt: null,
      assignments: [
        {
          assigneeId: "desk",
          from: "01 09:00",
          to: null,
          segments: segs(
            ["running", "01 09:00", "01 11:00"],
            ["paused", "01 11:00", "03 09:00"],
            ["running", "03 09:00", null],
          ),
        },
      ],
    },
  ],
  [
    "resolved twice: the second resolution is the one in effect, then confirmed",
    [
      created("01 09:00"),
      ev("resolved", "01 11:00"),
      ev("reopened", "02 09:00"),
      ev("resolved", "02 10:00"),
      ev("closed", "03 08:00"),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 11:00"],
        ["paused", "01 11:00", "02 09:00"],
        ["running", "02 09:00", "02 10:00"],
      ),
      handledAt: "01 11:00",
      resolvedAt: "02 10:00",
    },
  ],
  [
    "filed as exceptional: paused until the managers accept it",
    [
      created("01 09:00", "exceptionnelle"),
      ev("exception-decided", "04 16:00", { outcome: "acceptee" }),
      ev("resolved", "05 10:00"),
    ],
    {
      contract: segs(["paused", "01 09:00", "04 16:00"], ["running", "04 16:00", "05 10:00"]),
      handledAt: "04 16:00",
      resolvedAt: "05 10:00",
    },
  ],
  [
    "filed as exceptional and declined: the clock stops, nothing was due",
    [
      created("01 09:00", "exceptionnelle"),
      ev("assigned", "01 10:00", { assigneeId: "dg" }),
      ev("exception-decided", "02 09:00", { outcome: "declinee" }),
    ],
    {
      contract: segs(["paused", "01 09:00", "02 09:00"]),
      handledAt: "01 10:00",
      resolvedAt: null,
      assignments: [
        {
          assigneeId: "dg",
          from: "01 10:00",
          to: "02 09:00",
          segments: segs(["paused", "01 10:00", "02 09:00"]),
        },
      ],
    },
  ],
  [
    "requalified exceptional while running: paused for the decision, then on again",
    [
      created("01 09:00"),
      ev("qualified", "01 10:00", { nature: "exceptionnelle" }),
      ev("exception-decided", "02 10:00", { outcome: "acceptee" }),
      ev("qualified", "02 11:00", { nature: "exceptionnelle" }),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 10:00"],
        ["paused", "01 10:00", "02 10:00"],
        ["running", "02 10:00", null],
      ),
      handledAt: "01 10:00",
      resolvedAt: null,
    },
  ],
  [
    "requalified urgent: the on-call calendar applies from that instant",
    [
      created("01 09:00"),
      ev("qualified", "01 10:00", {
        nature: "urgence",
        calendarVersion: "bouscat#support-astreinte",
      }),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 10:00"],
        ["running", "01 10:00", null, "bouscat#support-astreinte"],
      ),
      handledAt: "01 10:00",
      resolvedAt: null,
    },
  ],
  [
    "an amendment during a pause splits the pause; after a resolution it waits for a reopening",
    [
      created("01 09:00"),
      ev("paused", "01 10:00", { reason: "attente-tiers" }),
      ev("calendar-changed", "02 00:00", { calendarVersion: "avenant-4#support" }),
      ev("resumed", "02 09:00"),
      ev("resolved", "02 10:00"),
      ev("calendar-changed", "03 00:00", { calendarVersion: "avenant-5#support" }),
      ev("reopened", "03 09:00"),
    ],
    {
      contract: segs(
        ["running", "01 09:00", "01 10:00"],
        ["paused", "01 10:00", "02 00:00"],
        ["paused", "02 00:00", "02 09:00", "avenant-4#support"],
        ["running", "02 09:00", "02 10:00", "avenant-4#support"],
        ["paused", "02 10:00", "03 09:00", "avenant-5#support"],
        ["running", "03 09:00", null, "avenant-5#support"],
      ),
      handledAt: "01 10:00",
      resolvedAt: null,
    },
  ],
  [
    "withdrawn by the commune while waiting: everything stops",
    [
      created("01 09:00"),
      ev("assigned", "01 09:30", { assigneeId: "desk" }),
      ev("paused", "01 10:00", { reason: "attente-commune" }),
      ev("closed", "01 15:00"),
      ev("calendar-changed", "02 00:00", { calendarVersion: "v2" }),
    ],
    {
      contract: segs(["running", "01 09:00", "01 10:00"], ["paused", "01 10:00", "01 15:00"]),
      handledAt: "01 09:30",
      resolvedAt: null,
      assignments: [
        {
          assigneeId: "desk",
          from: "01 09:30",
          to: "01 15:00",
          segments: segs(["running", "01 09:30", "01 10:00"], ["paused", "01 10:00", "01 15:00"]),
        },
      ],
    },
  ],
  [
    "solved during the call: no empty segment",
    [
      created("01 09:00"),
      ev("qualified", "01 09:00"),
      ev("assigned", "01 09:00", { assigneeId: "desk" }),
      ev("resolved", "01 09:00"),
    ],
    {
      contract: [],
      handledAt: "01 09:00",
      resolvedAt: "01 09:00",
      assignments: [{ assigneeId: "desk", from: "01 09:00", to: null, segments: [] }],
    },
  ],
  [
    "refused: the clock stops at the refusal",
    [created("01 09:00"), ev("declined", "01 09:45")],
    {
      contract: segs(["running", "01 09:00", "01 09:45"]),
      handledAt: "01 09:45",
      resolvedAt: null,
    },
  ],
];

describe("clockSegmentsFromEvents", () => {
  test.each(clockCases)("%s", (_label, events, expected) => {
    const clock = clockSegmentsFromEvents(events);
    expect(clock.contract).toEqual(expected.contract);
    expect(clock.handledAt).toEqual(expected.handledAt === null ? null : t(expected.handledAt));
    expect(clock.resolvedAt).toEqual(expected.resolvedAt === null ? null : t(expected.resolvedAt));
    if (expected.assignments) {
      expect(clock.assignments).toEqual(
        expected.assignments.map((a) => ({
          ...a,
          from: t(a.from),
          to: a.to === null ? null : t(a.to),
        })),
      );
    }
  });

  test.each<[string, SaisineClockEvent[], RegExp]>([
    [
      "no creation first",
      [ev("qualified", "01 09:00")],
      /^Événement n°\u00a01 \(qualified\)\s: l'historique commence par la création/,
    ],
    [
      "two creations",
      [created("01 09:00"), created("01 10:00")],
      /^Événement n°\u00a02 \(created\)/,
    ],
    ["out of order", [created("01 09:00"), ev("qualified", "01 08:00")], /ordre chronologique/],
    [
      "resumed without a pause",
      [created("01 09:00"), ev("resumed", "01 10:00")],
      /n'était pas en attente/,
    ],
    [
      "paused twice",
      [
        created("01 09:00"),
        ev("paused", "01 10:00", { reason: "attente-commune" }),
        ev("paused", "01 11:00", { reason: "attente-tiers" }),
      ],
      /n'est pas en cours/,
    ],
    [
      "resolved before the decision",
      [created("01 09:00", "exceptionnelle"), ev("resolved", "01 10:00")],
      /décision sur la saisine exceptionnelle est attendue/,
    ],
    [
      "a decision nobody waited for",
      [created("01 09:00"), ev("exception-decided", "01 10:00", { outcome: "acceptee" })],
      /aucune décision n'était attendue/,
    ],
    [
      "reassigned while resolved",
      [
        created("01 09:00"),
        ev("resolved", "01 10:00"),
        ev("assigned", "01 11:00", { assigneeId: "x" }),
      ],
      /rouvrez la saisine/,
    ],
    [
      "requalified while resolved",
      [created("01 09:00"), ev("resolved", "01 10:00"), ev("qualified", "01 11:00")],
      /résolue ne se requalifie pas/,
    ],
    ["reopened while open", [created("01 09:00"), ev("reopened", "01 10:00")], /n'est pas résolue/],
    [
      "anything after closure",
      [created("01 09:00"), ev("closed", "01 10:00"), ev("reopened", "01 11:00")],
      /déjà close ou refusée/,
    ],
    [
      "an invalid date",
      [created("01 09:00"), { kind: "resolved", at: new Date(Number.NaN) }],
      /date invalide/,
    ],
  ])("refuses a corrupt history: %s", (_label, events, message) => {
    expect(() => clockSegmentsFromEvents(events)).toThrow(message);
  });

  test("events read from storage are checked by their schema, in French", () => {
    const parsed = saisineClockEventSchema.safeParse({
      kind: "paused",
      at: t("01 10:00"),
      reason: "vacances",
    });
    expect(parsed.success).toBe(false);
    expect(
      saisineClockEventSchema.safeParse({ kind: "lost", at: t("01 10:00") }).error?.issues[0]
        ?.message,
    ).toBe("Événement de saisine inconnu.");
  });
});

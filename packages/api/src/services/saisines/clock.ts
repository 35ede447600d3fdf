/**
 * A saisine's clocks after an event: rebuilt from its clock events (clockSegmentsFromEvents),
 * measured on the calendars each period names, then stored — due dates on the saisine row (what
 * the queues sort and filter on), periods in saisine_clock_segments (closed ones are never
 * rewritten, the trigger guarantees it), each holding's internal clock on its assignment row.
 *
 * Alerts: each milestone (handling, resolution, the current holder's OLA) warns at 75 % and at
 * breach, once (domain `saisineMilestones`, `nextAlertAt`). `alert_at` is the next instant the SLA
 * watcher must look at the saisine.
 */
import {
  type AssignmentClock,
  type CalendarSource,
  type ClockSegment,
  clockSegmentsFromEvents,
  type HoldingFigure,
  type Milestone,
  type SaisineClock,
  type SaisineClockEvent,
  type SaisineDueDates,
  saisineClockEventSchema,
  saisineMilestones,
} from "@mutu/domain";
import { insertStatement, schema, statement, type Tx } from "@mutu/db";
import { and, asc, eq, isNotNull, isNull, max, sql } from "drizzle-orm";
import type { SaisineRow } from "./access.ts";
import { calendarsFor } from "./annex.ts";

const { saisineAssignments, saisineClockSegments, saisineEvents, teams, teamMembers } = schema;

const segmentColumns = [
  "saisineId",
  "orgId",
  "assignmentId",
  "seq",
  "state",
  "fromAt",
  "toAt",
  "calendarVersion",
] as const;
/** One statement per period, sent together: one round trip, and a text that never varies. */
const insertSegment = insertStatement("saisine_segment", saisineClockSegments, segmentColumns);
type Segment = Parameters<typeof insertSegment>[1];

export type StoredClockEvent = { at: Date; clock: Record<string, unknown> };

const clockEventsOf = statement("saisine_clock_events", (db) =>
  db
    .select({ at: saisineEvents.at, clock: saisineEvents.clock })
    .from(saisineEvents)
    .where(
      and(
        eq(saisineEvents.saisineId, sql.placeholder("saisineId")),
        isNotNull(saisineEvents.clock),
      ),
    )
    .orderBy(asc(saisineEvents.id)),
);

/** The clock events of a saisine, oldest first. */
export async function loadClockEvents(tx: Tx, saisineId: string): Promise<SaisineClockEvent[]> {
  const rows = await clockEventsOf(tx, { saisineId });
  return rows.map((r) => toClockEvent(r.at, r.clock ?? {}));
}

export function toClockEvent(at: Date, clock: Record<string, unknown>): SaisineClockEvent {
  return saisineClockEventSchema.parse({ ...clock, at });
}

/** What is stored of a clock event: everything but its instant (the event's `at`). */
export function storedClock(event: SaisineClockEvent): Record<string, unknown> {
  const { at: _at, ...rest } = event;
  return rest;
}

export type AssignmentInfo = {
  id: string;
  targetMinutes: number | null;
};

export type ClockResult = {
  clock: SaisineClock;
  calendars: CalendarSource | null;
  due: SaisineDueDates | null;
  handlingDueAt: Date | null;
  resolutionDueAt: Date | null;
  warnAt: Date | null;
  milestones: Milestone[];
  /** The holdings' internal clocks, keyed by assignment id. */
  ola: Map<string, HoldingFigure>;
  /** Business minutes the handling and the resolution took, once reached. */
  handlingMinutes: number | null;
  resolutionMinutes: number | null;
};

/** Rebuilds and measures the clocks at `now` (the domain's rules), once the calendars are loaded. */
export async function measureClock(
  tx: Tx,
  row: Pick<SaisineRow, "handlingTargetMinutes" | "resolutionTargetMinutes">,
  events: readonly SaisineClockEvent[],
  assignments: readonly AssignmentInfo[],
  now: Date,
): Promise<ClockResult> {
  const clock = clockSegmentsFromEvents(events);
  const versions = new Set<string>();
  for (const e of events)
    if ("calendarVersion" in e && e.calendarVersion) versions.add(e.calendarVersion);
  const calendars = await calendarsFor(tx, versions);
  if (!calendars)
    return {
      clock,
      calendars,
      due: null,
      handlingDueAt: null,
      resolutionDueAt: null,
      warnAt: null,
      milestones: [],
      ola: new Map(),
      handlingMinutes: null,
      resolutionMinutes: null,
    };
  const measured = saisineMilestones(
    calendars,
    clock,
    { handling: row.handlingTargetMinutes, resolution: row.resolutionTargetMinutes },
    new Map(assignments.map((a) => [a.id, a.targetMinutes])),
    now,
  );
  return {
    clock,
    calendars,
    due: measured.due,
    handlingDueAt: measured.due.handlingDueAt,
    resolutionDueAt: measured.due.resolutionDueAt,
    warnAt: measured.warnAt,
    milestones: measured.milestones,
    ola: measured.ola,
    handlingMinutes: measured.handlingMinutes,
    resolutionMinutes: measured.resolutionMinutes,
  };
}

type StoredSegment = ClockSegment & { seq: number };

/**
 * Stores the periods: for each clock (the contract's and each holding's), the closed periods
 * already stored stay as they are; the open period at the end, if any, is replaced by what
 * follows. Deterministic rebuilding makes the closed prefix identical by construction.
 */
export async function persistSegments(
  tx: Tx,
  saisine: Pick<SaisineRow, "id" | "orgId">,
  clock: SaisineClock,
  options: { fresh?: boolean } = {},
) {
  const clocks: { assignmentId: string | null; segments: ClockSegment[] }[] = [
    { assignmentId: null, segments: clock.contract },
    ...clock.assignments.map((a: AssignmentClock) => ({
      assignmentId: a.assigneeId,
      segments: a.segments,
    })),
  ];
  // The closed prefix is read and the open tail removed in the same round trip.
  const [closed] = options.fresh
    ? [[]]
    : await Promise.all([
        tx
          .select({
            assignmentId: saisineClockSegments.assignmentId,
            last: max(saisineClockSegments.seq),
          })
          .from(saisineClockSegments)
          .where(
            and(
              eq(saisineClockSegments.saisineId, saisine.id),
              isNotNull(saisineClockSegments.toAt),
            ),
          )
          .groupBy(saisineClockSegments.assignmentId),
        tx
          .delete(saisineClockSegments)
          .where(
            and(eq(saisineClockSegments.saisineId, saisine.id), isNull(saisineClockSegments.toAt)),
          ),
      ]);
  const closedCount = new Map(closed.map((c) => [c.assignmentId, (c.last ?? -1) + 1]));
  const rows: Segment[] = [];
  for (const c of clocks) {
    const from = closedCount.get(c.assignmentId) ?? 0;
    c.segments.forEach((segment, seq) => {
      if (seq < from) return;
      rows.push({
        saisineId: saisine.id,
        orgId: saisine.orgId,
        assignmentId: c.assignmentId,
        seq,
        state: segment.state,
        fromAt: segment.from,
        toAt: segment.to,
        calendarVersion: segment.calendarVersion,
      });
    });
  }
  await Promise.all(rows.map((row) => insertSegment(tx, row)));
}

/** The stored periods of a saisine's clocks, as the SLA functions take them. */
export async function storedSegments(tx: Tx, saisineId: string) {
  const rows = await tx
    .select()
    .from(saisineClockSegments)
    .where(eq(saisineClockSegments.saisineId, saisineId))
    .orderBy(asc(saisineClockSegments.assignmentId), asc(saisineClockSegments.seq));
  const contract: StoredSegment[] = [];
  const byAssignment = new Map<string, StoredSegment[]>();
  for (const r of rows) {
    const segment = {
      state: r.state,
      from: r.fromAt,
      to: r.toAt,
      calendarVersion: r.calendarVersion,
      seq: r.seq,
    };
    if (r.assignmentId === null) contract.push(segment);
    else byAssignment.set(r.assignmentId, [...(byAssignment.get(r.assignmentId) ?? []), segment]);
  }
  return { contract, byAssignment };
}

/** Updates each holding's stored internal-clock figures. */
export async function persistAssignments(
  tx: Tx,
  clock: SaisineClock,
  ola: ClockResult["ola"],
  touched: ReadonlySet<string>,
) {
  await Promise.all(
    clock.assignments
      .filter((holding) => touched.has(holding.assigneeId))
      .map((holding) => {
        const figures = ola.get(holding.assigneeId);
        return tx
          .update(saisineAssignments)
          .set({
            endedAt: holding.to,
            elapsedMinutes: Math.round(figures?.elapsed ?? 0),
            dueAt: figures?.dueAt ?? null,
            warnAt: figures?.warnAt ?? null,
            breached: figures?.breached ?? false,
          })
          .where(eq(saisineAssignments.id, holding.assigneeId));
      }),
  );
}

/** The OLA target of a team, or of a person's first team with one; else the contract's. */
export async function olaTargetFor(
  tx: Tx,
  assignee: { kind: "person"; personId: string } | { kind: "team"; teamId: string },
  fallback: number | null,
): Promise<number | null> {
  const rows =
    assignee.kind === "team"
      ? await tx.select({ ola: teams.olaMinutes }).from(teams).where(eq(teams.id, assignee.teamId))
      : await tx
          .select({ ola: teams.olaMinutes })
          .from(teamMembers)
          .innerJoin(teams, eq(teams.id, teamMembers.teamId))
          .where(and(eq(teamMembers.personId, assignee.personId), isNotNull(teams.olaMinutes)))
          .orderBy(asc(teams.name))
          .limit(1);
  return rows[0]?.ola ?? fallback;
}

const assignmentTargetsOf = statement("saisine_assignment_targets", (db) =>
  db
    .select({ id: saisineAssignments.id, targetMinutes: saisineAssignments.targetMinutes })
    .from(saisineAssignments)
    .where(eq(saisineAssignments.saisineId, sql.placeholder("saisineId"))),
);

/** Assignments' targets, for measureClock. */
export async function assignmentTargets(tx: Tx, saisineId: string): Promise<AssignmentInfo[]> {
  return assignmentTargetsOf(tx, { saisineId });
}

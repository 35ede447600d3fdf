/**
 * What a saisine's clocks mean for the people who work on it: its milestones (handling and
 * resolution on the contract clock, the current holder's internal OLA), each warned at 75 % and at
 * breach, once; the next instant an alert is due; and where the saisine stands against its nearest
 * due date (« en retard », « échéance proche »…), as lists and pages show it.
 */
import type { CalendarSource, ClockSegment } from "../sla/clock.ts";
import { elapsedBusinessMinutes } from "../sla/clock.ts";
import { clipSegments, type SaisineClock } from "./clock-events.ts";
import { assignmentDueDate, dueDates, type SaisineDueDates } from "./due-dates.ts";
import type { SaisineStatus } from "./vocabulary.ts";

export type Milestone = {
  /** 'handling', 'resolution' or 'ola:<assignment id>': the key alerts are recorded under. */
  key: string;
  milestone: "handling" | "resolution" | "ola";
  assignmentId: string | null;
  warnAt: Date | null;
  dueAt: Date | null;
  warning: boolean;
  breached: boolean;
};

export type HoldingFigure = {
  elapsed: number;
  dueAt: Date | null;
  warnAt: Date | null;
  breached: boolean;
};

export type SaisineMilestones = {
  due: SaisineDueDates;
  milestones: Milestone[];
  /** Each holding's internal clock, keyed by assignment id. */
  ola: Map<string, HoldingFigure>;
  /** The earliest 75 % instant of the contract's milestones. */
  warnAt: Date | null;
  /** Business minutes the handling took, once handled; the resolution, once resolved (rounded). */
  handlingMinutes: number | null;
  resolutionMinutes: number | null;
};

const earliest = (dates: readonly (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);

/**
 * Measures the clocks at `now` against the contract's targets (minutes of business time) and each
 * holding's OLA. Only the current holder is warned: a finished holding's figure is history.
 */
export function saisineMilestones(
  calendars: CalendarSource,
  clock: SaisineClock,
  targets: { handling: number | null; resolution: number | null },
  holdingTargets: ReadonlyMap<string, number | null>,
  now: Date,
): SaisineMilestones {
  const due = dueDates(calendars, clock, targets, now);
  const milestones: Milestone[] = [];
  const contract = [
    ["handling", due.handling, due.handlingDueAt, due.warnAt75.handling],
    ["resolution", due.resolution, due.resolutionDueAt, due.warnAt75.resolution],
  ] as const;
  for (const [key, status, dueAt, warnAt] of contract)
    if (status && dueAt)
      milestones.push({
        key,
        milestone: key,
        assignmentId: null,
        warnAt,
        dueAt,
        warning: status.warning,
        breached: status.breached,
      });
  const warnAt = earliest(milestones.map((m) => m.warnAt));
  const ola = new Map<string, HoldingFigure>();
  for (const holding of clock.assignments) {
    const target = holdingTargets.get(holding.assigneeId) ?? null;
    const elapsed = elapsedBusinessMinutes(calendars, holding.segments, now);
    if (target === null || target <= 0) {
      ola.set(holding.assigneeId, { elapsed, dueAt: null, warnAt: null, breached: false });
      continue;
    }
    const m = assignmentDueDate(calendars, holding, target, now);
    ola.set(holding.assigneeId, {
      elapsed,
      dueAt: m.dueAt,
      warnAt: m.warnAt,
      breached: m.status.breached,
    });
    if (holding.to === null && m.dueAt)
      milestones.push({
        key: `ola:${holding.assigneeId}`,
        milestone: "ola",
        assignmentId: holding.assigneeId,
        warnAt: m.warnAt,
        dueAt: m.dueAt,
        warning: m.status.warning,
        breached: m.status.breached,
      });
  }
  const handlingMinutes = clock.handledAt
    ? Math.round(
        elapsedBusinessMinutes(
          calendars,
          clipSegments(clock.contract, new Date(-8.64e15), clock.handledAt),
          now,
        ),
      )
    : null;
  // The contract clock stops at the resolution: what it measured is the resolution's delay.
  const resolutionMinutes = clock.resolvedAt
    ? Math.round(elapsedBusinessMinutes(calendars, clock.contract, now))
    : null;
  return { due, milestones, ola, warnAt, handlingMinutes, resolutionMinutes };
}

/**
 * The next instant the SLA watcher must look at the saisine: the earliest warning or breach not
 * yet sent (`<key>:warning`, `<key>:breach`); a breach sent supersedes its warning.
 */
export function nextAlertAt(
  milestones: readonly Milestone[],
  sent: readonly string[],
): Date | null {
  const done = new Set(sent);
  const instants: (Date | null)[] = [];
  for (const m of milestones) {
    if (done.has(`${m.key}:breach`)) continue;
    if (!done.has(`${m.key}:warning`)) instants.push(m.warnAt);
    instants.push(m.dueAt);
  }
  return earliest(instants);
}

export const DUE_STATES = ["breached", "due-soon", "on-time", "paused", "none"] as const;
export type DueState = (typeof DUE_STATES)[number];

/** Where a saisine stands against its nearest due date at `now`. */
export function dueState(
  saisine: {
    isOpen: boolean;
    status: SaisineStatus;
    handlingDueAt: Date | null;
    resolutionDueAt: Date | null;
    warnAt: Date | null;
  },
  now: Date,
): DueState {
  if (!saisine.isOpen) return "none";
  const due = earliest([saisine.handlingDueAt, saisine.resolutionDueAt]);
  if (due && due <= now) return "breached";
  if (due && saisine.warnAt && saisine.warnAt <= now) return "due-soon";
  if (due) return "on-time";
  if (saisine.status.startsWith("en-attente") || saisine.status === "decision-attendue")
    return "paused";
  return "none";
}

/**
 * The business time the contract clock has measured so far for the handling (cut at its handling
 * when handled) and for the resolution: what a page shows beside a target, or alone while the
 * target is « à définir conjointement ».
 */
export function measuredDelays(
  calendars: CalendarSource,
  contract: readonly ClockSegment[],
  handledAt: Date | null,
  now: Date,
): { handlingMinutes: number; resolutionMinutes: number } {
  const handling = handledAt ? clipSegments(contract, new Date(-8.64e15), handledAt) : contract;
  return {
    handlingMinutes: Math.round(elapsedBusinessMinutes(calendars, handling, now)),
    resolutionMinutes: Math.round(elapsedBusinessMinutes(calendars, contract, now)),
  };
}

/**
 * Which contract targets apply to a saisine, and when they fall due on its clocks. Due dates
 * are stored with the saisine and recomputed at each event; warnings go out at 75 % of the
 * target and at breach (clockStatus).
 */
import type { SaisineNature, SubDomainLetter } from "../contracts/annex.ts";
import {
  type CalendarSource,
  type ClockSegment,
  type ClockStatus,
  clockStatus,
  dueAt,
} from "../sla/clock.ts";
import type { SlaIndicator, SlaTarget } from "../sla/targets.ts";
import { type AssignmentClock, clipSegments, type SaisineClock } from "./clock-events.ts";
import type { SaisineCriticality, SaisineType } from "./vocabulary.ts";

export type SaisineTargets = { handling: SlaTarget | null; resolution: SlaTarget | null };

/** How closely a target names the saisine: its nature and its criticality count, or it misses (-1). */
export function specificity(
  target: Pick<SlaTarget, "nature" | "criticality">,
  saisine: { nature: SaisineNature; criticality: SaisineCriticality },
): number {
  if (target.nature !== undefined && target.nature !== saisine.nature) return -1;
  if (target.criticality !== undefined && target.criticality !== saisine.criticality) return -1;
  return (target.nature === undefined ? 0 : 2) + (target.criticality === undefined ? 0 : 1);
}

function pick(
  targets: readonly SlaTarget[],
  indicators: readonly SlaIndicator[],
  saisine: { nature: SaisineNature; criticality: SaisineCriticality },
): SlaTarget | null {
  for (const indicator of indicators) {
    let best: SlaTarget | null = null;
    let bestScore = -1;
    for (const target of targets) {
      if (target.indicator !== indicator) continue;
      const score = specificity(target, saisine);
      if (score > bestScore) {
        best = target;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * The contract's targets that measure this saisine (the most specific wins: its nature and
 * criticality, then its nature, then its criticality, then every saisine):
 * - handling ("prise en compte"): 3.3.1; an incident on hosting and operations (D) is measured
 *   by 4.1.1 "délai d'intervention" when the commune set one;
 * - resolution, incidents only (3.3.2 "résolution des incidents par criticité"); for D
 *   incidents 4.1.2 "délai de remise en service" first;
 * - an exceptional saisine is out of the contract: its delays are those its decision agreed,
 *   none of the contract's.
 */
export function targetsForSaisine(
  targets: readonly SlaTarget[],
  saisine: {
    type: SaisineType;
    subDomain: SubDomainLetter;
    criticality: SaisineCriticality;
    nature: SaisineNature;
  },
): SaisineTargets {
  if (saisine.nature === "exceptionnelle") return { handling: null, resolution: null };
  const infrastructure = saisine.type === "incident" && saisine.subDomain === "D";
  return {
    handling: pick(targets, infrastructure ? ["4.1.1", "3.3.1"] : ["3.3.1"], saisine),
    resolution:
      saisine.type === "incident"
        ? pick(targets, infrastructure ? ["4.1.2", "3.3.2"] : ["3.3.2"], saisine)
        : null,
  };
}

export type MilestoneDue = {
  /** Reached: the instant it was reached. Pending and running: the projection. Else null. */
  dueAt: Date | null;
  /** Same, for 75 % of the target. */
  warnAt: Date | null;
  status: ClockStatus;
};

function milestone(
  calendars: CalendarSource,
  segments: readonly ClockSegment[],
  targetMinutes: number,
  now: Date,
): MilestoneDue {
  return {
    dueAt: dueAt(calendars, segments, targetMinutes, now),
    warnAt: dueAt(calendars, segments, targetMinutes * 0.75, now),
    status: clockStatus(calendars, segments, targetMinutes, now),
  };
}

export type SaisineDueDates = {
  handlingDueAt: Date | null;
  resolutionDueAt: Date | null;
  warnAt75: { handling: Date | null; resolution: Date | null };
  handling: ClockStatus | null;
  resolution: ClockStatus | null;
};

/**
 * Due dates of a saisine on its contract clock, for targets in business minutes (null or
 * absent: no target, nothing due). The handling clock is the contract clock cut at `handledAt`.
 * A date is null while the clock is paused (nobody knows when it resumes) or once it stopped
 * short of the target: a stored null means "not pending", the status says whether it was kept.
 */
export function dueDates(
  calendars: CalendarSource,
  clock: Pick<SaisineClock, "contract" | "handledAt">,
  targets: { handling?: number | null; resolution?: number | null },
  now: Date,
): SaisineDueDates {
  const handlingSegments =
    clock.handledAt === null
      ? clock.contract
      : clipSegments(clock.contract, new Date(-8.64e15), clock.handledAt);
  const handling =
    targets.handling == null ? null : milestone(calendars, handlingSegments, targets.handling, now);
  const resolution =
    targets.resolution == null
      ? null
      : milestone(calendars, clock.contract, targets.resolution, now);
  return {
    handlingDueAt: handling?.dueAt ?? null,
    resolutionDueAt: resolution?.dueAt ?? null,
    warnAt75: { handling: handling?.warnAt ?? null, resolution: resolution?.warnAt ?? null },
    handling: handling?.status ?? null,
    resolution: resolution?.status ?? null,
  };
}

/** The internal (OLA) due date of one assignment, for the team's own target. */
export function assignmentDueDate(
  calendars: CalendarSource,
  assignment: Pick<AssignmentClock, "segments">,
  targetMinutes: number,
  now: Date,
): MilestoneDue {
  return milestone(calendars, assignment.segments, targetMinutes, now);
}

/**
 * Whether a delay is measured against a target: set by the contract, still « à définir
 * conjointement » (the clock measures without a due date), or not one the contract measures
 * (the resolution of a request; any delay of an exceptional saisine, agreed by its decision).
 */
export type DelayTargetState = "set" | "to-define" | "none";

export function delayTargetStates(saisine: {
  type: SaisineType;
  nature: SaisineNature;
  handlingTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  /** Filed under the Redon convention, which sets no delay (its conventionId). */
  conventionId?: string | null;
}): { handling: DelayTargetState; resolution: DelayTargetState } {
  if (saisine.nature === "exceptionnelle" || saisine.conventionId)
    return { handling: "none", resolution: "none" };
  return {
    handling: saisine.handlingTargetMinutes === null ? "to-define" : "set",
    resolution:
      saisine.type !== "incident"
        ? "none"
        : saisine.resolutionTargetMinutes === null
          ? "to-define"
          : "set",
  };
}

/**
 * A saisine's clocks rebuilt from its event history, as SLA clock segments:
 * - the contract clock, the commune's view: it runs from filing to resolution and never
 *   restarts from zero (a reassignment or a reopening continues it). It pauses while waiting
 *   for the commune or a third party, while an exceptional saisine awaits the managers'
 *   decision, and between a resolution and its reopening (the commune was being asked);
 * - one internal clock (OLA) per assignment: the contract clock restricted to the period the
 *   assignee held the saisine, so a team is never charged for a wait the contract excuses.
 * Deterministic and pure: the same history always gives the same segments.
 */
import { z } from "zod";
import type { SaisineNature } from "../contracts/annex.ts";
import { frenchNumero } from "../text/typography.ts";
import type { ClockSegment } from "../sla/clock.ts";
import { saisineNatureSchema } from "./vocabulary.ts";

export const PAUSE_REASONS = ["attente-commune", "attente-tiers"] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

const at = z.date({ error: "Date d'événement invalide." });
const calendarVersion = z.string().min(1, { error: "Version de calendrier manquante." });

export const saisineClockEventSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("created"), at, nature: saisineNatureSchema, calendarVersion }),
    /** Requalification; a new nature may change the calendar (urgence) or need a decision. */
    z.object({
      kind: z.literal("qualified"),
      at,
      nature: saisineNatureSchema.optional(),
      calendarVersion: calendarVersion.optional(),
    }),
    /** An amendment changed the support hours from this instant. */
    z.object({ kind: z.literal("calendar-changed"), at, calendarVersion }),
    z.object({
      kind: z.literal("exception-decided"),
      at,
      outcome: z.enum(["acceptee", "declinee"]),
    }),
    z.object({ kind: z.literal("assigned"), at, assigneeId: z.string().min(1) }),
    z.object({ kind: z.literal("paused"), at, reason: z.enum(PAUSE_REASONS) }),
    z.object({ kind: z.literal("resumed"), at }),
    z.object({ kind: z.literal("resolved"), at }),
    z.object({ kind: z.literal("reopened"), at }),
    /** The operator refused the saisine (out of scope, duplicate…). */
    z.object({ kind: z.literal("declined"), at }),
    /** Confirmed, closed after the confirmation delay, or withdrawn by the commune. */
    z.object({ kind: z.literal("closed"), at }),
  ],
  { error: "Événement de saisine inconnu." },
);
export type SaisineClockEvent = z.infer<typeof saisineClockEventSchema>;

export type AssignmentClock = {
  assigneeId: string;
  from: Date;
  /** null while the assignee still holds the saisine. */
  to: Date | null;
  segments: ClockSegment[];
};

export type SaisineClock = {
  contract: ClockSegment[];
  /** First sign the operator took the saisine into account (indicator 3.3.1). */
  handledAt: Date | null;
  /** The resolution in effect: null when never resolved or reopened since. */
  resolvedAt: Date | null;
  assignments: AssignmentClock[];
};

type Open = { state: ClockSegment["state"]; from: Date; calendarVersion: string };

// Events that show the operator took the saisine into account.
const HANDLING_KINDS: ReadonlySet<SaisineClockEvent["kind"]> = new Set([
  "qualified",
  "assigned",
  "paused",
  "resolved",
  "exception-decided",
  "declined",
]);

function fail(index: number, event: SaisineClockEvent, why: string): never {
  throw new RangeError(`Événement ${frenchNumero(index + 1)} (${event.kind}) : ${why}`);
}

/** The parts of `segments` within [from, to); `to` null = until the end. */
export function clipSegments(
  segments: readonly ClockSegment[],
  from: Date,
  to: Date | null,
): ClockSegment[] {
  const out: ClockSegment[] = [];
  for (const segment of segments) {
    const start = Math.max(segment.from.getTime(), from.getTime());
    const ends = [segment.to, to].filter((d): d is Date => d !== null).map((d) => d.getTime());
    const end = ends.length > 0 ? Math.min(...ends) : null;
    if (end !== null && end <= start) continue;
    out.push({ ...segment, from: new Date(start), to: end === null ? null : new Date(end) });
  }
  return out;
}

/**
 * The contract clock and each assignment's clock. Events must be in chronological order
 * (equal instants keep their order) and start with 'created'; an event impossible in the
 * saisine's state at that point throws a French RangeError, as the history is corrupt.
 */
export function clockSegmentsFromEvents(events: readonly SaisineClockEvent[]): SaisineClock {
  const contract: ClockSegment[] = [];
  const holdings: Array<{ assigneeId: string; from: Date; to: Date | null }> = [];
  let current: Open | null = null;
  let phase: "open" | "resolved" | "ended" = "open";
  let waiting = false;
  let awaitingDecision = false;
  let exceptionAccepted = false;
  let calendar = "";
  let handledAt: Date | null = null;
  let resolvedAt: Date | null = null;

  const close = (when: Date) => {
    if (current && when.getTime() > current.from.getTime()) {
      contract.push({ ...current, to: when });
    }
    current = null;
  };
  const open = (state: Open["state"], when: Date) => {
    close(when);
    current = { state, from: when, calendarVersion: calendar };
  };
  const endHolding = (when: Date) => {
    const last = holdings[holdings.length - 1];
    if (last && last.to === null) last.to = when;
  };
  const clockState = (): Open["state"] => (waiting || awaitingDecision ? "paused" : "running");
  const setNature = (nature: SaisineNature) => {
    awaitingDecision = nature === "exceptionnelle" && !exceptionAccepted;
  };

  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (Number.isNaN(event.at.getTime())) fail(index, event, "date invalide.");
    if (previous && event.at.getTime() < previous.at.getTime()) {
      fail(index, event, "l'historique doit être dans l'ordre chronologique.");
    }
    if ((index === 0) !== (event.kind === "created")) {
      fail(index, event, "l'historique commence par la création de la saisine, et une seule.");
    }
    if (phase === "ended" && event.kind !== "calendar-changed") {
      fail(index, event, "la saisine est déjà close ou refusée.");
    }
    if (handledAt === null && HANDLING_KINDS.has(event.kind)) handledAt = event.at;

    switch (event.kind) {
      case "created":
        calendar = event.calendarVersion;
        setNature(event.nature);
        open(clockState(), event.at);
        break;
      case "qualified":
        if (phase !== "open") fail(index, event, "une saisine résolue ne se requalifie pas.");
        if (event.calendarVersion) calendar = event.calendarVersion;
        if (event.nature) setNature(event.nature);
        if (current?.state !== clockState() || current.calendarVersion !== calendar) {
          open(clockState(), event.at);
        }
        break;
      case "calendar-changed":
        calendar = event.calendarVersion;
        if (current && current.calendarVersion !== calendar) open(current.state, event.at);
        break;
      case "exception-decided":
        if (!awaitingDecision) fail(index, event, "aucune décision n'était attendue.");
        awaitingDecision = false;
        if (event.outcome === "acceptee") {
          exceptionAccepted = true;
          open(clockState(), event.at);
        } else {
          close(event.at);
          endHolding(event.at);
          phase = "ended";
        }
        break;
      case "assigned":
        if (phase === "resolved") fail(index, event, "rouvrez la saisine avant de la réattribuer.");
        endHolding(event.at);
        holdings.push({ assigneeId: event.assigneeId, from: event.at, to: null });
        break;
      case "paused":
        if (phase !== "open" || waiting) fail(index, event, "la saisine n'est pas en cours.");
        waiting = true;
        if (current?.state !== "paused") open("paused", event.at);
        break;
      case "resumed":
        if (phase !== "open" || !waiting) fail(index, event, "la saisine n'était pas en attente.");
        waiting = false;
        if (current?.state !== clockState()) open(clockState(), event.at);
        break;
      case "resolved":
        if (phase !== "open") fail(index, event, "la saisine n'est pas ouverte.");
        if (awaitingDecision) {
          fail(index, event, "la décision sur la saisine exceptionnelle est attendue.");
        }
        close(event.at);
        waiting = false;
        phase = "resolved";
        resolvedAt = event.at;
        break;
      case "reopened": {
        if (phase !== "resolved" || !resolvedAt) {
          fail(index, event, "la saisine n'est pas résolue.");
        }
        // The commune was being asked to confirm: the clock was waiting for it, not stopped.
        if (event.at.getTime() > resolvedAt.getTime()) {
          contract.push({
            state: "paused",
            from: resolvedAt,
            to: event.at,
            calendarVersion: calendar,
          });
        }
        phase = "open";
        resolvedAt = null;
        open("running", event.at);
        break;
      }
      case "declined":
      case "closed":
        close(event.at);
        endHolding(event.at);
        phase = "ended";
        break;
    }
  });

  if (current) contract.push({ ...(current as Open), to: null });
  return {
    contract,
    handledAt,
    resolvedAt,
    assignments: holdings.map((holding) => ({
      ...holding,
      segments: clipSegments(contract, holding.from, holding.to),
    })),
  };
}

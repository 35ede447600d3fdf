/**
 * Status changes through the domain's status machine, each with the clock event it means: start,
 * put on hold (waiting for the commune or a third party) and resume, resolve, and on the commune's
 * side confirm, reopen, withdraw or answer a request for information; close or refuse.
 */
import {
  applyTransition,
  isFinalSaisineStatus,
  residentDataPurgeDate,
  type SaisineAction,
  type SaisineClockEvent,
  type SaisineStatus,
} from "@mutu/domain";
import { AppError } from "../../errors.ts";
import type { ServiceContext } from "../tenant.ts";
import { assertMaySideAct, type SaisineRow, sideOf } from "./access.ts";
import type { NewEvent } from "./history.ts";
import { type Change, mutateSaisine, mutationResult, transitionError } from "./mutate.ts";

/** The timeline's word for each action. */
const EVENT_KIND: Record<SaisineAction, string> = {
  qualifier: "qualified",
  demarrer: "started",
  "attendre-commune": "paused",
  "attendre-tiers": "paused",
  reprendre: "resumed",
  repondre: "answered",
  resoudre: "resolved",
  confirmer: "confirmed",
  rouvrir: "reopened",
  clore: "closed",
  refuser: "refused",
  "accepter-exception": "exception-accepted",
  "decliner-exception": "exception-declined",
  retirer: "withdrawn",
};

const WAITING: readonly SaisineStatus[] = ["en-attente-commune", "en-attente-tiers"];

/** The clock events an action means, from the saisine's current status. */
function clockEventsOf(action: SaisineAction, from: SaisineStatus, at: Date): SaisineClockEvent[] {
  switch (action) {
    case "attendre-commune":
    case "attendre-tiers": {
      const reason = action === "attendre-commune" ? "attente-commune" : "attente-tiers";
      // Switching from one wait to the other: the clock stays paused, for another reason.
      return WAITING.includes(from)
        ? [
            { kind: "resumed", at },
            { kind: "paused", at, reason },
          ]
        : [{ kind: "paused", at, reason }];
    }
    case "reprendre":
    case "repondre":
      return [{ kind: "resumed", at }];
    case "resoudre":
      return [{ kind: "resolved", at }];
    case "rouvrir":
      return [{ kind: "reopened", at }];
    case "confirmer":
    case "clore":
    case "retirer":
      return [{ kind: "closed", at }];
    case "refuser":
      return [{ kind: "declined", at }];
    default:
      return [];
  }
}

/** Fields an action sets besides the status. */
function fieldsOf(action: SaisineAction, row: SaisineRow, at: Date): Partial<SaisineRow> {
  switch (action) {
    case "resoudre":
      return { resolvedAt: at };
    case "rouvrir":
      return { resolvedAt: null };
    case "confirmer":
    case "clore":
    case "retirer":
    case "refuser":
      return closingFields(row, at);
    default:
      return {};
  }
}

/** Closing starts the residents' data retention period. */
export function closingFields(row: Pick<SaisineRow, "onBehalfOf">, at: Date) {
  return {
    closedAt: at,
    residentPurgeAt: row.onBehalfOf?.name ? residentDataPurgeDate(at) : null,
  };
}

/** Builds the change for `action` on `row`, or refuses with the status machine's French reason. */
export function transitionChange(
  row: SaisineRow,
  action: SaisineAction,
  side: "commune" | "operator",
  at: Date,
  note: string | undefined,
  extra: { events?: NewEvent[] } = {},
): Change {
  const result = applyTransition(
    {
      status: row.status,
      nature: row.nature,
      exceptionAccepted: row.exceptionAccepted,
      resolvedAt: row.resolvedAt,
    },
    { action, side, at },
  );
  if (!result.ok) throw transitionError(result.error);
  const clock = clockEventsOf(action, row.status, at);
  // The event carries the last clock event; any before it (a wait switching reason) go first.
  const events: NewEvent[] = [
    ...(extra.events ?? []),
    ...clock.slice(0, -1).map((c) => ({
      kind: "clock",
      visibility: "interne" as const,
      at,
      payload: { action },
      clock: c,
    })),
    {
      kind: EVENT_KIND[action],
      visibility: "public",
      at,
      body: note ?? null,
      payload: { action, from: row.status, to: result.status },
      clock: clock[clock.length - 1] ?? null,
    },
  ];
  return {
    action: `saisine.${EVENT_KIND[action]}`,
    set: { status: result.status, ...fieldsOf(action, row, at) },
    events,
    // Free texts stay in the timeline (redacted after retention); the trail is immutable.
    auditAfter: { withNote: Boolean(note) },
  };
}

export type TransitionRequest = { saisineId: string; version: number; note?: string | undefined };

const SIDE_OF_ACTION: Partial<Record<SaisineAction, "commune" | "operator">> = {
  demarrer: "operator",
  "attendre-commune": "operator",
  "attendre-tiers": "operator",
  reprendre: "operator",
  resoudre: "operator",
  clore: "operator",
  refuser: "operator",
  confirmer: "commune",
  rouvrir: "commune",
  retirer: "commune",
};

/** One status change, as the procedures of the router name them. */
export async function transition(
  ctx: ServiceContext,
  action: SaisineAction,
  input: TransitionRequest,
) {
  const side = SIDE_OF_ACTION[action];
  if (!side) throw new Error(`no procedure for ${action}`);
  assertMaySideAct(ctx.caller, side);
  const row = await mutateSaisine(ctx, input, (current, _tx, now) =>
    transitionChange(current, action, side, now, input.note),
  );
  return mutationResult(row);
}

/**
 * The commune adds information. Waiting for the commune, this answers the request and the clock
 * starts again ("repondre"); otherwise it is a public addition to the timeline.
 */
export async function addInformation(
  ctx: ServiceContext,
  input: { saisineId: string; version: number; body: string },
) {
  assertMaySideAct(ctx.caller, "commune");
  const row = await mutateSaisine(ctx, input, (current, _tx, now) => {
    if (isFinalSaisineStatus(current.status))
      throw new AppError(
        "BAD_REQUEST",
        "La saisine est close : elle ne peut plus être complétée. Si le problème revient, déposez une nouvelle saisine.",
      );
    if (current.status === "en-attente-commune")
      return transitionChange(current, "repondre", sideOf(ctx.caller), now, input.body);
    return {
      action: "saisine.information",
      events: [{ kind: "information", visibility: "public", at: now, body: input.body }],
    };
  });
  return mutationResult(row);
}

/**
 * Status changes through the domain's lifecycle table — the side that may act, the status it
 * leads to, the timeline's word and the clock event — recorded on the saisine: start, put on hold
 * (waiting for the commune or a third party) and resume, resolve, and on the commune's side
 * confirm, reopen, withdraw or answer a request for information; close or refuse.
 */
import {
  applyTransition,
  isFinalSaisineStatus,
  type LifecycleRule,
  lifecycleClockEvents,
  residentDataPurgeDate,
  SAISINE_LIFECYCLE,
  type SaisineAction,
  type SaisineStatus,
} from "@mutu/domain";
import { AppError } from "../../errors.ts";
import type { ServiceContext } from "../tenant.ts";
import { assertMaySideAct, type SaisineRow, sideOf } from "./access.ts";
import type { NewEvent } from "./history.ts";
import { type Change, mutateSaisine, mutationResult, transitionError } from "./mutate.ts";

/** Fields an action sets besides the status: the resolution instant, the closing ones. */
function fieldsOf(
  action: SaisineAction,
  to: SaisineStatus,
  row: SaisineRow,
  at: Date,
): Partial<SaisineRow> {
  const { resolution }: LifecycleRule = SAISINE_LIFECYCLE[action];
  return {
    ...(resolution ? { resolvedAt: resolution === "set" ? at : null } : {}),
    ...(isFinalSaisineStatus(to) ? closingFields(row, at) : {}),
  };
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
  const clock = lifecycleClockEvents(action, row.status, at);
  const { event } = SAISINE_LIFECYCLE[action];
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
      kind: event,
      visibility: "public",
      at,
      body: note ?? null,
      payload: { action, from: row.status, to: result.status },
      clock: clock[clock.length - 1] ?? null,
    },
  ];
  return {
    action: `saisine.${event}`,
    set: { status: result.status, ...fieldsOf(action, result.status, row, at) },
    events,
    // Free texts stay in the timeline (redacted after retention); the trail is immutable.
    auditAfter: { withNote: Boolean(note) },
  };
}

export type TransitionRequest = { saisineId: string; version: number; note?: string | undefined };

/** One status change, as the procedures of the router name them. */
export async function transition(
  ctx: ServiceContext,
  action: SaisineAction,
  input: TransitionRequest,
) {
  const { side } = SAISINE_LIFECYCLE[action];
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
        "La saisine est close : elle ne peut plus être complétée. Si le problème revient, déposez une nouvelle saisine.",
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

/**
 * The one way a saisine changes: in the caller's tenant transaction, lock the row, check the
 * version the caller read, let the verb decide (status machine, routing…), then rebuild the clocks
 * when the change moves them, store the new state with version + 1, and leave the timeline, the
 * change feed, the notifications and the audit trail behind — all or nothing.
 */
import {
  type AuditAction,
  FINAL_SAISINE_STATUSES,
  nextAlertAt,
  type SaisineHappening,
  type SaisineStatus,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { lockSaisine, type SaisineRow, saisineColumns } from "./access.ts";
import {
  assignmentTargets,
  loadClockEvents,
  measureClock,
  persistAssignments,
  persistSegments,
} from "./clock.ts";
import { notify } from "../notifications/send.ts";
import { prepared } from "./prepared.ts";
import {
  type Actor,
  actorFrom,
  auditSaisine,
  auditedState,
  insertEvents,
  type NewEvent,
  recordChange,
} from "./history.ts";

const { saisines } = schema;

export type Change = {
  /** Audit action, e.g. "saisine.paused". */
  action: AuditAction;
  set?: Partial<typeof saisines.$inferInsert>;
  events: NewEvent[];
  /** The change feed's kind (defaults to the action without its prefix). */
  feedVisibility?: "public" | "interne";
  auditAfter?: Record<string, unknown>;
};

export function transitionError(error: string) {
  return new AppError("BAD_REQUEST", error);
}

/** What the people concerned hear of a change (see the domain's notificationsFor). */
function happeningsOf(
  before: SaisineRow,
  after: SaisineRow,
  change: Change,
  actor: Actor,
): SaisineHappening[] {
  const happenings: SaisineHappening[] = [];
  if (change.events.some((e) => e.kind === "assigned")) happenings.push({ kind: "assigned" });
  if (after.status !== before.status) happenings.push({ kind: "status", to: after.status });
  // What the commune writes for the shared service (information, an answer, a reopening).
  if (actor.side === "commune" && change.events.some((e) => e.visibility === "public" && e.body))
    happenings.push({ kind: "public-note", side: "commune" });
  return happenings;
}

const factsOf = (after: SaisineRow, change: Change) => ({
  assigneeLabel: after.assigneeLabel,
  note: [...change.events].reverse().find((e) => e.visibility === "public" && e.body)?.body ?? null,
});

/** Applies `change` to the locked `row`: clocks, row, timeline, feed, notifications, audit. Returns the new row. */
export async function applyChange(
  tx: Tx,
  actor: Actor,
  row: SaisineRow,
  change: Change,
  now: Date,
): Promise<SaisineRow> {
  const next = { ...row, ...change.set } as SaisineRow;
  let derived: Partial<typeof saisines.$inferInsert> = {};
  const newClock = change.events.filter((e) => e.clock);
  if (newClock.length) {
    const [history, holdings] = await Promise.all([
      loadClockEvents(tx, row.id),
      assignmentTargets(tx, row.id),
    ]);
    const lastAt = history[history.length - 1]?.at ?? now;
    // Events keep chronological order even if this server's clock lags the last writer's.
    for (const e of change.events) if (e.at < lastAt) e.at = lastAt;
    for (const e of newClock) if (e.clock) e.clock = { ...e.clock, at: e.at };
    const events = [...history, ...newClock.map((e) => e.clock).filter((c) => c != null)];
    const measured = await measureClock(tx, next, events, holdings, now);
    await persistSegments(tx, row, measured.clock);
    const firstAt = newClock[0]?.at ?? now;
    const touched = new Set(
      measured.clock.assignments
        .filter((h) => h.to === null || h.to.getTime() >= firstAt.getTime())
        .map((h) => h.assigneeId),
    );
    await persistAssignments(tx, measured.clock, measured.ola, touched);
    const final = FINAL_SAISINE_STATUSES.includes(next.status as SaisineStatus);
    derived = {
      handledAt: measured.clock.handledAt,
      handlingMinutes: measured.handlingMinutes,
      resolutionMinutes: measured.resolutionMinutes,
      handlingDueAt: measured.handlingDueAt,
      resolutionDueAt: measured.resolutionDueAt,
      warnAt: final ? null : measured.warnAt,
      alertAt: final ? null : nextAlertAt(measured.milestones, next.alertsSent),
    };
  }
  const [updated] = await prepared(
    tx
      .update(saisines)
      .set({ ...change.set, ...derived, rowVersion: row.rowVersion + 1, updatedAt: now })
      .where(eq(saisines.id, row.id))
      .returning(saisineColumns),
  );
  if (!updated) throw new Error("saisine update returned nothing");
  const publicChange =
    change.events.some((e) => e.visibility === "public") || !change.events.length;
  await Promise.all([
    notify(
      tx,
      updated,
      actor,
      happeningsOf(row, updated, change, actor),
      factsOf(updated, change),
      now,
    ),
    insertEvents(tx, updated, actor, change.events),
    recordChange(
      tx,
      updated,
      change.action.replace(/^saisine\./, ""),
      change.feedVisibility ?? (publicChange ? "public" : "interne"),
      now,
    ),
    auditSaisine(tx, actor, updated, change.action, auditedState(row), {
      ...auditedState(updated),
      ...change.auditAfter,
    }),
  ]);
  return updated;
}

/**
 * Locks the caller's saisine at the version they read, lets `decide` build the change, applies it.
 * `decide` throws AppError to refuse: nothing is written.
 */
export function mutateSaisine(
  ctx: ServiceContext,
  target: { saisineId: string; version: number | null },
  decide: (row: SaisineRow, tx: Tx, now: Date) => Promise<Change> | Change,
) {
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const row = await lockSaisine(tx, ctx.caller, target.saisineId, target.version);
    const change = await decide(row, tx, now);
    return applyChange(tx, actorFrom(ctx.caller), row, change, now);
  });
}

/** What a mutation returns: enough for a page to update itself or to refetch. */
export function mutationResult(row: SaisineRow) {
  return {
    id: row.id,
    reference: row.reference,
    version: row.rowVersion,
    status: row.status,
    assigneeLabel: row.assigneeLabel,
    handlingDueAt: row.handlingDueAt,
    resolutionDueAt: row.resolutionDueAt,
    warnAt: row.warnAt,
    needsQualification: row.needsQualification,
    updatedAt: row.updatedAt,
  };
}

/**
 * Qualification by the call centre: correcting type, sub-domain, nature or criticality re-routes
 * the saisine through the annex in force that day (its matrix may have changed by an amendment),
 * picks the targets agreed at filing for the new combination, and may change the calendar (an
 * urgence runs on the on-call hours) or require the managers' decision (exceptionnelle). The
 * contract clock goes on: qualification never restarts it.
 */
import { applyTransition, type QualifySaisineInput, type SaisineClockEvent } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { ServiceContext } from "../tenant.ts";
import { assertMaySideAct, type SaisineRow } from "./access.ts";
import { agreementInForce, routeBy } from "./annex.ts";
import { functionLabelsOf } from "./filer.ts";
import type { NewEvent } from "./history.ts";
import { type Change, mutateSaisine, mutationResult, transitionError } from "./mutate.ts";

const { organisations } = schema;

const requesterFunctions = (tx: Tx, row: SaisineRow) =>
  row.requesterId ? functionLabelsOf(tx, row.requesterId) : Promise.resolve([]);

export async function qualifySaisine(
  ctx: ServiceContext,
  input: QualifySaisineInput & { version: number },
) {
  assertMaySideAct(ctx.caller, "operator");
  const row = await mutateSaisine(ctx, input, (current, tx, now) =>
    qualifyChange(tx, ctx, current, input, now),
  );
  return mutationResult(row);
}

/**
 * The change a qualification makes (no change of type, sub-domain, nature or criticality: the
 * saisine is confirmed as filed, re-routed all the same by the annex in force).
 */
export async function qualifyChange(
  tx: Tx,
  ctx: ServiceContext,
  current: SaisineRow,
  input: Omit<QualifySaisineInput, "saisineId">,
  now: Date,
): Promise<Change> {
  const next = {
    type: input.type ?? current.type,
    subDomain: input.subDomain ?? current.subDomain,
    nature: input.nature ?? current.nature,
    criticality: input.criticality ?? current.criticality,
  };
  const result = applyTransition(
    {
      status: current.status,
      nature: current.nature,
      exceptionAccepted: current.exceptionAccepted,
      resolvedAt: current.resolvedAt,
    },
    { action: "qualifier", side: "operator", at: now, nature: next.nature },
  );
  if (!result.ok) throw transitionError(result.error);
  const [inForce, filedUnder] = await Promise.all([
    agreementInForce(tx, ctx.caller, current.orgId, now),
    // Delays are those of the contract the saisine was filed under: requalifying (to an
    // urgence, say) takes that contract's delays for the new kind, never a later amendment's.
    agreementInForce(tx, ctx.caller, current.orgId, current.createdAt),
  ]);
  const routed = routeBy(
    inForce,
    next,
    { functionLabels: await requesterFunctions(tx, current) },
    filedUnder,
  );
  const [org] = await tx
    .select({ proximityCentre: organisations.proximityCentre })
    .from(organisations)
    .where(eq(organisations.id, current.orgId));
  const clock: SaisineClockEvent[] = [];
  // Waiting, then sent for the managers' decision: the wait ends, the decision is awaited.
  if (result.status === "decision-attendue" && current.status.startsWith("en-attente"))
    clock.push({ kind: "resumed", at: now });
  clock.push({
    kind: "qualified",
    at: now,
    nature: next.nature,
    calendarVersion: routed.calendarVersion,
  });
  const before = {
    type: current.type,
    subDomain: current.subDomain,
    nature: current.nature,
    criticality: current.criticality,
    communeFunction: current.communeFunction,
    sharedServiceFunction: current.sharedServiceFunction,
    annexVersionId: current.annexVersionId,
  };
  const after = {
    ...next,
    communeFunction: routed.communeFunction,
    sharedServiceFunction: routed.sharedServiceFunction,
    annexVersionId: routed.annexVersionId,
  };
  const events: NewEvent[] = clock.map((c, i) => ({
    kind: i === clock.length - 1 ? "qualified" : "clock",
    visibility: i === clock.length - 1 ? ("public" as const) : ("interne" as const),
    at: now,
    body: i === clock.length - 1 ? (input.note ?? null) : null,
    payload: { before, after, from: current.status, to: result.status },
    clock: c,
  }));
  return {
    action: "saisine.qualify",
    set: {
      ...next,
      status: result.status,
      annexVersionId: routed.annexVersionId,
      conventionId: routed.conventionId,
      communeFunction: routed.communeFunction,
      sharedServiceFunction: routed.sharedServiceFunction,
      proximityCentre: routed.proximityCentre,
      proximityCentreName: routed.proximityCentre ? (org?.proximityCentre ?? null) : null,
      // The call centre has checked it: qualified, whatever the filer's functions.
      needsQualification: false,
      qualificationReason: null,
      calendarVersion: routed.calendarVersion,
      handlingTargetMinutes: routed.handlingTargetMinutes,
      resolutionTargetMinutes: routed.resolutionTargetMinutes,
    },
    events,
    auditAfter: { requalified: { before, after }, withNote: Boolean(input.note) },
  };
}

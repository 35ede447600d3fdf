/**
 * The end-of-retention schedule of a commune (004 V-f): what reaches its end and when, and each
 * step recorded with who did it — the Métropole tells the commune of an erasure, the commune
 * confirms it (or not, with its reason), then the erasure is carried out; anonymisation and
 * archives are carried out and recorded. An erasure the commune has not confirmed is refused.
 */
import {
  carryOutRefusal,
  frenchDate,
  RETENTION_END_ACTION_LABELS,
  RETENTION_STEP_LABELS,
  type RetentionStep,
  retentionSteps,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, asc, eq, gte, inArray, lte, ne, or } from "drizzle-orm";
import { actorOf } from "../../auth/caller.ts";
import { AppError } from "../../errors.ts";
import { inTenant, listedOrgs, type ServiceContext } from "../tenant.ts";
import { assertPermission, leaveTrail, loadRecord, orgOf, sideOf, today } from "./context.ts";
import { operationSummary } from "./processing-view.ts";
import { planNextPass } from "./retention-plan.ts";

const { organisations, rgpdProcessings, rgpdRetentionOperations } = schema;
const op = rgpdRetentionOperations;

/**
 * The schedule: for a commune (or all the Métropole's), the passes still to do up to `until`, and
 * those carried out or declined since `since` — earliest first.
 */
export async function retentionSchedule(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; until?: string | undefined; since?: string | undefined },
) {
  const where = listedOrgs(ctx.caller, input.orgId, op.orgId);
  const until = input.until ?? `${Number(today(ctx).slice(0, 4)) + 1}${today(ctx).slice(4)}`;
  return inTenant(ctx, async (tx) => {
    const pending = and(ne(op.status, "done"), ne(op.status, "declined"), lte(op.dueOn, until));
    const settled = input.since
      ? and(or(eq(op.status, "done"), eq(op.status, "declined")), gte(op.dueOn, input.since))
      : undefined;
    const window = settled ? or(pending, settled) : pending;
    if (window) where.push(window);
    const rows = await tx
      .select({
        op,
        orgName: organisations.name,
        orgKind: organisations.kind,
        processingNumber: rgpdProcessings.number,
        processingName: rgpdProcessings.name,
      })
      .from(op)
      .innerJoin(rgpdProcessings, eq(rgpdProcessings.id, op.processingId))
      .innerJoin(organisations, eq(organisations.id, op.orgId))
      .where(and(...where))
      .orderBy(asc(op.dueOn), asc(rgpdProcessings.number))
      .limit(2000);
    const side = sideOf(ctx.caller);
    const may = (permission: "rgpd.manage") => ctx.caller.permissions.includes(permission);
    return rows.map((r) => ({
      ...operationSummary(r.op),
      orgId: r.op.orgId,
      orgName: r.orgName,
      processingNumber: r.processingNumber,
      processingName: r.processingName,
      steps: may("rgpd.manage") ? retentionSteps(r.op, r.orgKind, side) : [],
    }));
  });
}

const loadOperation = (tx: Tx, operationId: string) =>
  loadRecord(tx, op, operationId, "Opération de fin de conservation", true);

/** One step on one operation, if the domain allows it for this side now. */
export async function retentionStep(
  ctx: ServiceContext,
  step: RetentionStep,
  input: { operationId: string; note?: string; reason?: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  return inTenant(ctx, async (tx) => {
    const row = await loadOperation(tx, input.operationId);
    const org = await orgOf(tx, row.orgId);
    if (step === "carry-out") {
      const refusal = carryOutRefusal(row, org.kind);
      if (refusal) throw new AppError("CONFLICT", refusal);
    }
    if (!retentionSteps(row, org.kind, sideOf(ctx.caller)).includes(step))
      throw new AppError(
        "CONFLICT",
        `« ${RETENTION_STEP_LABELS[step]} » n'est pas possible pour cette opération maintenant.`,
      );
    const now = ctx.now();
    const who = actorOf(ctx.caller).label;
    const change =
      step === "inform"
        ? { status: "commune-informed" as const, informedAt: now, informedBy: who }
        : step === "confirm"
          ? { status: "confirmed" as const, confirmedAt: now, confirmedBy: who }
          : step === "decline"
            ? {
                status: "declined" as const,
                confirmedAt: now,
                confirmedBy: who,
                declinedReason: input.reason ?? "",
              }
            : { status: "done" as const, doneAt: now, doneBy: who, doneNote: input.note ?? "" };
    await tx.update(op).set(change).where(eq(op.id, row.id));
    if (step === "carry-out") {
      const [processing] = await tx
        .select()
        .from(rgpdProcessings)
        .where(eq(rgpdProcessings.id, row.processingId));
      if (processing?.status === "in-force") await planNextPass(tx, processing, row, today(ctx));
    }
    const what = `${RETENTION_END_ACTION_LABELS[row.action]} de « ${row.data} »`;
    const due = frenchDate(row.dueOn);
    const summaries: Record<RetentionStep, string> = {
      inform: `Commune informée de l'opération prévue le ${due} : ${what}.`,
      confirm: `La commune confirme l'opération prévue le ${due} : ${what}.`,
      decline: `La commune ne confirme pas l'opération prévue le ${due} (${what}) : ${input.reason ?? ""}`,
      "carry-out": `Opération réalisée : ${what}. ${input.note ?? ""}`,
    };
    await leaveTrail(tx, ctx, {
      orgId: row.orgId,
      subject: "processing",
      subjectId: row.processingId,
      kind: `retention-${step}`,
      summary: summaries[step],
      before: { operationId: row.id, status: row.status },
      after: { operationId: row.id, ...change },
    });
    return { id: row.id };
  });
}

/** The operations of several processing records (their register's export). */
export function operationsOf(tx: Tx, processingIds: string[]) {
  if (processingIds.length === 0) return Promise.resolve([]);
  return tx.select().from(op).where(inArray(op.processingId, processingIds)).orderBy(asc(op.dueOn));
}

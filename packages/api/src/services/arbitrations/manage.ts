/**
 * Arbitration of a disagreement about a saisine (000 art. 4): raised by either side, then each
 * level held is recorded — participants, date, decision — level 1 (hierarchical authorities),
 * 2 (directors general), 3 (the Mayor and the President). A solution, the Mayor's instruction on
 * substance (final, applied as such) or level 3 ends it. Each step is on the saisine's timeline.
 */
import {
  type ArbitrationRecord,
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_SEATS,
  appendArbitration,
  type DisagreementKind,
  isFinalArbitration,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { AppError, forbidden, notFound } from "../../errors.ts";
import { canSee, sideOf, saisineColumns, shareLockSaisine } from "../saisines/access.ts";
import {
  actorColumns,
  actorFrom,
  auditSaisine,
  insertEvents,
  recordChange,
} from "../saisines/history.ts";
import { notify } from "../notifications/send.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";

const { arbitrationLevels, arbitrations, saisines } = schema;

export async function raiseArbitration(
  ctx: ServiceContext,
  input: { saisineId: string; kind: DisagreementKind; subject: string },
) {
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const row = await shareLockSaisine(tx, ctx.caller, input.saisineId);
    const [existing] = await tx
      .select({ id: arbitrations.id })
      .from(arbitrations)
      .where(eq(arbitrations.saisineId, row.id));
    if (existing)
      throw new AppError(
        "CONFLICT",
        "Un arbitrage est déjà engagé sur cette saisine : consignez-y le niveau suivant.",
      );
    const actor = actorFrom(ctx.caller);
    const [created] = await tx
      .insert(arbitrations)
      .values({
        saisineId: row.id,
        orgId: row.orgId,
        operatorId: row.operatorId,
        kind: input.kind,
        subject: input.subject,
        raisedAt: now,
        ...actorColumns(actor),
        status: "ouvert",
        createdAt: now,
      })
      .returning();
    if (!created) throw new Error("arbitration insert returned nothing");
    await insertEvents(tx, row, actor, [
      {
        kind: "arbitration-raised",
        visibility: "public",
        at: now,
        body: input.subject,
        payload: { arbitrationId: created.id, kind: input.kind },
      },
    ]);
    await recordChange(tx, row, "arbitration-raised", "public", now);
    await notify(
      tx,
      row,
      actor,
      [{ kind: "arbitration-raised" }],
      { note: input.subject, arbitrationLevel: 1 },
      now,
    );
    await auditSaisine(tx, actor, row, "arbitration.raise", null, {
      arbitrationId: created.id,
      kind: input.kind,
      subject: input.subject,
    });
    return arbitrationOutput(created, [], row);
  });
}

export async function recordArbitrationLevel(
  ctx: ServiceContext,
  input: ArbitrationRecord & { arbitrationId: string },
) {
  const { caller } = ctx;
  if (sideOf(caller) !== "operator" || !caller.permissions.includes("saisines.manage"))
    throw forbidden();
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const [found] = await tx
      .select({ arbitration: arbitrations, saisine: saisineColumns })
      .from(arbitrations)
      .innerJoin(saisines, eq(saisines.id, arbitrations.saisineId))
      .where(eq(arbitrations.id, input.arbitrationId))
      .for("update", { of: arbitrations });
    if (!found || !canSee(caller, found.saisine)) throw notFound("Arbitrage");
    const held = await tx
      .select()
      .from(arbitrationLevels)
      .where(eq(arbitrationLevels.arbitrationId, found.arbitration.id))
      .orderBy(asc(arbitrationLevels.level));
    const { arbitrationId: _id, ...record } = input;
    const appended = appendArbitration(held.map(recordOf), record);
    if (!appended.ok)
      throw new AppError("BAD_REQUEST", appended.error, { level: [appended.error] });
    const final = isFinalArbitration(record);
    const actor = actorFrom(caller);
    await tx.insert(arbitrationLevels).values({
      arbitrationId: found.arbitration.id,
      orgId: found.arbitration.orgId,
      level: record.level,
      kind: record.kind,
      heldOn: record.heldOn,
      participants: record.participants,
      outcome: record.outcome,
      decision: record.decision,
      final,
      ...actorColumns(actor),
      createdAt: now,
    });
    const [arbitration] = await tx
      .update(arbitrations)
      .set({ status: final ? "clos" : "ouvert", kind: record.kind })
      .where(eq(arbitrations.id, found.arbitration.id))
      .returning();
    await insertEvents(tx, found.saisine, actor, [
      {
        kind: "arbitration-level",
        visibility: "public",
        at: now,
        body: record.decision,
        payload: {
          arbitrationId: found.arbitration.id,
          level: record.level,
          seat: ARBITRATION_SEATS[record.level].label,
          outcome: record.outcome,
          outcomeLabel: ARBITRATION_OUTCOME_LABELS[record.outcome],
          heldOn: record.heldOn,
          final,
        },
      },
    ]);
    await recordChange(tx, found.saisine, "arbitration-level", "public", now);
    await auditSaisine(tx, actor, found.saisine, "arbitration.record-level", null, {
      arbitrationId: found.arbitration.id,
      ...record,
      final,
    });
    const levels = await tx
      .select()
      .from(arbitrationLevels)
      .where(eq(arbitrationLevels.arbitrationId, found.arbitration.id))
      .orderBy(asc(arbitrationLevels.level));
    return arbitrationOutput(arbitration ?? found.arbitration, levels, found.saisine);
  });
}

type ArbitrationRow = typeof arbitrations.$inferSelect;
type LevelRow = typeof arbitrationLevels.$inferSelect;

/** A level held, as the domain's rules read it. */
export function recordOf(l: LevelRow): ArbitrationRecord {
  return {
    level: l.level as ArbitrationRecord["level"],
    kind: l.kind,
    heldOn: l.heldOn,
    participants: l.participants,
    outcome: l.outcome,
    decision: l.decision,
  };
}

function arbitrationOutput(
  a: ArbitrationRow,
  levels: LevelRow[],
  saisine: { id: string; reference: string; title: string; orgId: string },
) {
  return {
    id: a.id,
    saisineId: saisine.id,
    reference: saisine.reference,
    saisineTitle: saisine.title,
    orgId: saisine.orgId,
    kind: a.kind,
    subject: a.subject,
    status: a.status,
    raisedAt: a.raisedAt,
    raisedBy: a.actorLabel,
    raisedBySide: a.actorSide,
    levels: levels.map((l) => ({
      level: l.level,
      seat: ARBITRATION_SEATS[l.level as ArbitrationRecord["level"]].label,
      heldOn: l.heldOn,
      participants: l.participants,
      outcome: l.outcome,
      decision: l.decision,
      final: l.final,
      recordedBy: l.actorLabel,
    })),
  };
}

export async function listArbitrations(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; status?: "ouvert" | "clos" | undefined },
) {
  const { caller } = ctx;
  if (input.orgId) assertVisibleOrg(caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const where: SQL[] = [];
    if (input.orgId) where.push(eq(arbitrations.orgId, input.orgId));
    if (input.status) where.push(eq(arbitrations.status, input.status));
    const rows = await tx
      .select({ arbitration: arbitrations, saisine: saisineColumns })
      .from(arbitrations)
      .innerJoin(saisines, eq(saisines.id, arbitrations.saisineId))
      .where(and(...where))
      .orderBy(desc(arbitrations.raisedAt))
      .limit(500);
    const visible = rows.filter((r) => canSee(caller, r.saisine));
    const levels = visible.length
      ? await tx
          .select()
          .from(arbitrationLevels)
          .where(
            inArray(
              arbitrationLevels.arbitrationId,
              visible.map((r) => r.arbitration.id),
            ),
          )
          .orderBy(asc(arbitrationLevels.level))
      : [];
    return visible.map((r) =>
      arbitrationOutput(
        r.arbitration,
        levels.filter((l) => l.arbitrationId === r.arbitration.id),
        r.saisine,
      ),
    );
  });
}

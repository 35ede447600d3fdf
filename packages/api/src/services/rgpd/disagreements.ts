/**
 * RGPD disagreements between a commune and the Métropole about a processing (004 V-g): the two
 * directors general, then the opinion of the Métropole's « Inspecteur général des services », then
 * the CNIL as a last resort — each step recorded, in that order, until one settles it.
 */
import {
  appendDisagreementStep,
  DISAGREEMENT_OUTCOME_LABELS,
  DISAGREEMENT_STEP_LABELS,
  type DisagreementOutcome,
  type DisagreementStep,
  frenchDate,
  nextDisagreementStep,
} from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, desc, eq } from "drizzle-orm";
import { notFound, refuseProblems } from "../../errors.ts";
import { actorFrom } from "../saisines/history.ts";
import { inTenant, listedOrgs, type ServiceContext, targetOrgId } from "../tenant.ts";
import { assertPermission, leaveTrail, loadRecord, recordStep } from "./context.ts";
import { loadProcessing } from "./processing-view.ts";

const { organisations, rgpdDisagreements, rgpdProcessings } = schema;
const g = rgpdDisagreements;

export async function listDisagreements(
  ctx: ServiceContext,
  input: { orgId?: string | undefined },
) {
  const where = listedOrgs(ctx.caller, input.orgId, g.orgId);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select({
        g,
        orgName: organisations.name,
        processingName: rgpdProcessings.name,
        processingNumber: rgpdProcessings.number,
      })
      .from(g)
      .innerJoin(organisations, eq(organisations.id, g.orgId))
      .leftJoin(rgpdProcessings, eq(rgpdProcessings.id, g.processingId))
      .where(and(...where))
      .orderBy(desc(g.raisedAt));
    return rows.map((r) => {
      const next = nextDisagreementStep(r.g.steps);
      return {
        id: r.g.id,
        orgId: r.g.orgId,
        orgName: r.orgName,
        processingId: r.g.processingId,
        processingName: r.processingName,
        processingNumber: r.processingNumber,
        subject: r.g.subject,
        raisedAt: r.g.raisedAt,
        raisedBy: r.g.raisedByLabel,
        status: r.g.status,
        steps: r.g.steps,
        nextStep: next.ok ? next.step : null,
      };
    });
  });
}

export async function raiseDisagreement(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; processingId: string | null; subject: string },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    if (input.processingId) {
      const processing = await loadProcessing(tx, input.processingId);
      if (processing.orgId !== orgId) throw notFound("Traitement");
    }
    const now = ctx.now();
    const [row] = await tx
      .insert(g)
      .values({
        orgId,
        operatorId: ctx.caller.operatorId,
        processingId: input.processingId,
        subject: input.subject,
        raisedAt: now,
        raisedByLabel: actorFrom(ctx.caller).label,
        status: "open",
        steps: [],
        createdAt: now,
      })
      .returning({ id: g.id });
    if (!row) throw new Error("disagreement insert returned nothing");
    await leaveTrail(tx, ctx, {
      orgId,
      subject: "disagreement",
      subjectId: row.id,
      kind: "disagreement-raised",
      summary: "Désaccord RGPD porté devant les directeurs généraux des services (V-g).",
      after: { processingId: input.processingId, subject: input.subject },
    });
    return row;
  });
}

export async function recordDisagreementStep(
  ctx: ServiceContext,
  input: {
    disagreementId: string;
    step: DisagreementStep;
    heldOn: string;
    participants: string;
    outcome: DisagreementOutcome;
    summary: string;
  },
) {
  assertPermission(ctx.caller, "rgpd.manage");
  return inTenant(ctx, async (tx) => {
    const row = await loadRecord(tx, g, input.disagreementId, "Désaccord", true);
    refuseProblems(appendDisagreementStep(row.steps, input));
    const { disagreementId: _id, ...step } = input;
    const steps = [
      ...row.steps,
      { ...step, recordedBy: actorFrom(ctx.caller).label, recordedAt: ctx.now().toISOString() },
    ];
    const closed = input.outcome === "settled" || input.step === "cnil";
    return recordStep(
      tx,
      ctx,
      g,
      { ...row, subject: "disagreement" },
      { steps, status: closed ? "closed" : "open" },
      {
        kind: "disagreement-step",
        summary: `${DISAGREEMENT_STEP_LABELS[input.step]} (${frenchDate(input.heldOn)}) : ${DISAGREEMENT_OUTCOME_LABELS[input.outcome].toLowerCase()}.`,
        after: step,
      },
    );
  });
}

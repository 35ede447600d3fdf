/**
 * Following a project: the study (002 §3.3.2), the DPO's opinion (004 V-e), the steering
 * committee's decision, the phases, the plan projet (004), the abandonment. Each verb asks the
 * domain whether the project's status allows it, changes the row and writes its history and audit
 * in one transaction.
 */
import { schema, type Tx } from "@mutu/db";
import {
  type AbandonProjectInput,
  type AdvanceProjectInput,
  type ArbitrateProjectInput,
  arbitrationMeetingRefusal,
  decisionRefusal,
  dpoOpinionRecorder,
  dpoOpinionRefusal,
  dpoSignature,
  halfDaysOf,
  nextPhase,
  type ProjectAction,
  type ProjectStatus,
  parisDate,
  planProjetRefusal,
  projectActionRefusal,
  type RecordDpoOpinionInput,
  type RecordStudyInput,
  STATUS_AFTER_DECISION,
  type SetPlanProjetInput,
  type SignedDpoOpinion,
} from "@mutu/domain";
import { eq } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { AppError, forbidden } from "../../errors.ts";
import { loadMeeting } from "../meetings/load.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import {
  actorFields,
  assertFollowsProjects,
  auditProject,
  type ProjectAuditAction,
  lockProject,
  type ProjectActor,
  type ProjectRow,
  projectActor,
  refuse,
  sideOfCaller,
} from "./access.ts";
import { projectDetail } from "./read.ts";

const { projectDecisions, projectPhaseChanges, projects } = schema;

type Step = {
  tx: Tx;
  row: ProjectRow;
  actor: ProjectActor;
  now: Date;
  today: string;
  caller: Caller;
};

/** The shared frame of every verb: the caller, the locked row, the action allowed, the detail. */
async function follow(
  ctx: ServiceContext,
  projectId: string,
  action: ProjectAction | null,
  fn: (step: Step) => Promise<void>,
) {
  const { caller } = ctx;
  assertFollowsProjects(caller);
  const now = ctx.now();
  const actor = projectActor(caller);
  return inTenant(ctx, async (tx) => {
    const row = await lockProject(tx, caller, projectId);
    if (action) {
      const refusal = projectActionRefusal(row.kind, row.status, action);
      if (refusal) throw new AppError("CONFLICT", refusal);
    }
    await fn({ tx, row, actor, now, today: parisDate(now), caller });
    return projectDetail(tx, caller, row.id);
  });
}

async function phaseChange(step: Step, to: ProjectStatus, note: string | null) {
  await step.tx.insert(projectPhaseChanges).values({
    projectId: step.row.id,
    orgId: step.row.orgId,
    fromStatus: step.row.status,
    toStatus: to,
    changedOn: step.today,
    note,
    ...actorFields(step.actor),
    createdAt: step.now,
  });
}

/** The step's project row changed, its `updated_at` with it. */
const updateRow = (step: Step, set: Omit<Partial<typeof projects.$inferInsert>, "updatedAt">) =>
  step.tx
    .update(projects)
    .set({ ...set, updatedAt: step.now })
    .where(eq(projects.id, step.row.id));

/** The step's audit entry on the project. */
const audit = (step: Step, action: ProjectAuditAction, before: unknown, after: unknown) =>
  auditProject(step.tx, step.actor, step.row, action, before, after);

/**
 * The project moved to the phase `to` (with the other columns of `set`): its row, its phase
 * history and the audit entry, from its status before to `after`.
 */
async function movePhase(
  step: Step,
  to: ProjectStatus,
  note: string | null,
  audited: { action: ProjectAuditAction; after: Record<string, unknown> },
  set: Omit<Partial<typeof projects.$inferInsert>, "updatedAt" | "status"> = {},
) {
  await updateRow(step, { status: to, ...set });
  await phaseChange(step, to, note);
  await audit(step, audited.action, { status: step.row.status }, audited.after);
}

export function recordStudy(ctx: ServiceContext, input: RecordStudyInput) {
  const { projectId, ...study } = input;
  return follow(ctx, projectId, "etudier", async (step) => {
    const status: ProjectStatus = step.row.status === "depose" ? "etudie" : step.row.status;
    await updateRow(step, {
      study,
      scope: study.scope,
      personalData: study.personalData,
      estimatedHalfDays: halfDaysOf(study.estimatedDays),
      status,
    });
    if (status !== step.row.status) await phaseChange(step, status, null);
    await audit(step, "project.study", step.row.study, study);
  });
}

/**
 * The DPO's opinion, given by the DPO (the commune's, or the Métropole's when shared) or recorded
 * by the shared service on the DPO's behalf; kept dated and signed, the previous one in the audit.
 */
export async function recordDpoOpinion(ctx: ServiceContext, input: RecordDpoOpinionInput) {
  const { projectId, ...opinion } = input;
  const { caller } = ctx;
  const recorder = dpoOpinionRecorder({
    side: sideOfCaller(caller),
    permissions: caller.permissions,
  });
  if (!recorder) throw forbidden();
  const now = ctx.now();
  const actor = projectActor(caller);
  return inTenant(ctx, async (tx) => {
    const row = await lockProject(tx, caller, projectId);
    const refusal = dpoOpinionRefusal(row, opinion.givenOn, parisDate(now));
    if (refusal) refuse(refusal.field, refusal.message);
    const signed: SignedDpoOpinion = {
      ...opinion,
      signedBy: actor.label,
      signedAs: dpoSignature(recorder, caller.org.name),
      recordedBy: recorder,
      recordedAt: now.toISOString(),
    };
    await tx
      .update(projects)
      .set({ dpoOpinion: signed, updatedAt: now })
      .where(eq(projects.id, row.id));
    await auditProject(tx, actor, row, "project.dpo-opinion", row.dpoOpinion, signed);
    return projectDetail(tx, caller, row.id);
  });
}

/**
 * The committee's decision, taken at a held meeting of the body that arbitrates for the commune:
 * the decision row points to the meeting (whose page then lists it) and copies its name and day.
 */
export function arbitrateProject(ctx: ServiceContext, input: ArbitrateProjectInput) {
  const { projectId, meetingId, ...record } = input;
  return follow(ctx, projectId, "arbitrer", async (step) => {
    const meeting = await loadMeeting(step.tx, meetingId);
    const wrongMeeting = arbitrationMeetingRefusal(meeting, step.row);
    if (wrongMeeting) refuse(wrongMeeting.field, wrongMeeting.message);
    const refusal = decisionRefusal(
      { ...record, decidedOn: meeting.day },
      { personalData: step.row.personalData, hasDpoOpinion: step.row.dpoOpinion !== null },
    );
    if (refusal) refuse(refusal.field, refusal.message);
    const status = STATUS_AFTER_DECISION[record.decision];
    const plannedYear = record.decision === "retenu" ? (record.plannedYear ?? null) : null;
    await step.tx.insert(projectDecisions).values({
      projectId: step.row.id,
      orgId: step.row.orgId,
      decision: record.decision,
      decidedOn: meeting.day,
      body: meeting.label,
      reasons: record.reasons,
      plannedYear,
      meetingId: meeting.id,
      ...actorFields(step.actor),
      createdAt: step.now,
    });
    await movePhase(
      step,
      status,
      record.reasons || null,
      {
        action: "project.decision",
        after: {
          ...record,
          meetingId: meeting.id,
          decidedOn: meeting.day,
          body: meeting.label,
          status,
        },
      },
      { plannedYear: plannedYear ?? step.row.plannedYear },
    );
  });
}

export function advanceProject(ctx: ServiceContext, input: AdvanceProjectInput) {
  return follow(ctx, input.projectId, "avancer", async (step) => {
    if (input.from !== step.row.status)
      throw new AppError(
        "CONFLICT",
        "Le projet a changé de phase entre-temps : rechargez la page avant de continuer.",
      );
    const to = nextPhase(step.row.kind, step.row.status);
    if (!to) throw new AppError("CONFLICT", "Ce projet n'a pas de phase suivante.");
    await movePhase(
      step,
      to,
      input.note ?? null,
      { action: "project.phase", after: { status: to, note: input.note ?? null } },
      { deliveredOn: to === "livre" ? step.today : step.row.deliveredOn },
    );
  });
}

export function abandonProject(ctx: ServiceContext, input: AbandonProjectInput) {
  return follow(ctx, input.projectId, "abandonner", async (step) => {
    await movePhase(step, "abandonne", input.reason, {
      action: "project.abandon",
      after: { status: "abandonne", reason: input.reason },
    });
  });
}

export function setPlanProjet(ctx: ServiceContext, input: SetPlanProjetInput) {
  return follow(ctx, input.projectId, null, async (step) => {
    const refusal = planProjetRefusal(step.row.kind, step.row.status);
    if (refusal) refuse("projectId", refusal);
    await updateRow(step, { planProjet: input.planProjet });
    await audit(step, "project.plan-projet", step.row.planProjet, input.planProjet);
  });
}

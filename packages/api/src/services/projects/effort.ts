/**
 * Effort in person-days on a project, counted by half days under its scope's activity (indicator
 * 2.1.1); never on a closed project nor for a day still to come (Paris calendar).
 */
import { schema } from "@mutu/db";
import {
  ACTIVITY_OF_SCOPE,
  effortRefusal,
  halfDaysOf,
  type LogEffortInput,
  nextPhase,
} from "@mutu/domain";
import { inTenant, type ServiceContext } from "../tenant.ts";
import {
  actorFields,
  assertFollowsProjects,
  auditProject,
  lockProject,
  projectActor,
  refuse,
} from "./access.ts";
import { projectDetail } from "./read.ts";

const { projectEffort } = schema;

export async function logEffort(ctx: ServiceContext, input: LogEffortInput) {
  const { caller } = ctx;
  assertFollowsProjects(caller);
  const now = ctx.now();
  const actor = projectActor(caller);
  return inTenant(ctx, async (tx) => {
    const row = await lockProject(tx, caller, input.projectId);
    const refusal = effortRefusal(row, input.workedOn, now);
    if (refusal) refuse(refusal.field, refusal.message);
    // Before the committee's decision a project is studied, not carried out: no effort on it yet.
    if (row.kind === "projet" && nextPhase(row.kind, row.status) === null)
      refuse(
        "projectId",
        "La charge s'impute une fois le projet retenu par le comité de pilotage.",
      );
    const halfDays = halfDaysOf(input.days) ?? 0;
    const activity = ACTIVITY_OF_SCOPE[row.scope];
    await tx.insert(projectEffort).values({
      projectId: row.id,
      orgId: row.orgId,
      workedOn: input.workedOn,
      halfDays,
      activity,
      note: input.note ?? null,
      ...actorFields(actor),
      createdAt: now,
    });
    await auditProject(tx, actor, row, "project.effort", null, {
      workedOn: input.workedOn,
      halfDays,
      activity,
    });
    return projectDetail(tx, caller, row.id);
  });
}

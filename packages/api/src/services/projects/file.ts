/**
 * Filing a fiche projet (002 annex 3): a commune for itself, or the shared service for a member (a
 * metropolitan project deployed on the commune). And opening a level-1 mission with its lettre de
 * mission (002 §3.2.3), which is its decision: it starts in execution.
 */
import { schema } from "@mutu/db";
import {
  type CreateMissionInput,
  type FileProjectInput,
  halfDaysOf,
  MISSION_START_STATUS,
} from "@mutu/domain";
import { forbidden } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import {
  actorFields,
  assertFollowsProjects,
  auditProject,
  type ProjectAuditAction,
  has,
  projectActor,
  sideOfCaller,
} from "./access.ts";
import { projectDetail } from "./read.ts";

const { projects } = schema;

type NewProject = Omit<
  typeof projects.$inferInsert,
  "operatorId" | "filedAt" | "updatedAt" | "createdAt" | keyof ReturnType<typeof actorFields>
>;

/** Inserts the project, audits it with what was entered, and answers its detail. */
function insertProject(
  ctx: ServiceContext,
  values: NewProject,
  action: ProjectAuditAction,
  entered: unknown,
) {
  const { caller } = ctx;
  const now = ctx.now();
  const actor = projectActor(caller);
  return inTenant(ctx, async (tx) => {
    const [created] = await tx
      .insert(projects)
      .values({
        ...values,
        operatorId: caller.operatorId,
        filedAt: now,
        ...actorFields(actor),
        updatedAt: now,
        createdAt: now,
      })
      .returning();
    if (!created) throw new Error("project insert returned nothing");
    await auditProject(tx, actor, created, action, null, entered);
    return projectDetail(tx, caller, created.id);
  });
}

export function fileProject(ctx: ServiceContext, input: FileProjectInput) {
  const { caller } = ctx;
  const side = sideOfCaller(caller);
  if (side === "commune" ? !has(caller, "projects.file") : !has(caller, "projects.manage"))
    throw forbidden();
  if (side === "commune" && input.orgId && input.orgId !== caller.org.id) throw forbidden();
  const orgId = side === "commune" ? caller.org.id : targetOrgId(caller, input.orgId);
  const { orgId: _org, ...entered } = input;
  return insertProject(
    ctx,
    {
      orgId,
      kind: "projet",
      title: input.title,
      scope: input.scope,
      subDomain: input.subDomain ?? null,
      status: "depose",
      fiche: input.fiche,
    },
    "project.file",
    entered,
  );
}

export function createMission(ctx: ServiceContext, input: CreateMissionInput) {
  assertFollowsProjects(ctx.caller);
  assertVisibleOrg(ctx.caller, input.orgId);
  return insertProject(
    ctx,
    {
      orgId: input.orgId,
      kind: "mission",
      title: input.title,
      scope: "communal",
      status: MISSION_START_STATUS,
      missionLetter: input.letter,
      estimatedHalfDays: halfDaysOf(input.letter.plannedDays),
      plannedYear: Number(input.letter.startOn.slice(0, 4)),
    },
    "project.mission",
    { title: input.title, letter: input.letter },
  );
}

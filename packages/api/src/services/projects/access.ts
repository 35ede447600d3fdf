/**
 * What every projects verb shares: who may act (a commune files for itself, the shared service
 * follows its members' projects), the project row locked for a change, the actor, the audit entry.
 */
import { type Tx, appendAudit, schema } from "@mutu/db";
import type { AuditAction, Permission } from "@mutu/domain";
import { eq } from "drizzle-orm";
import { actorOf, type Caller } from "../../auth/caller.ts";
import { AppError, forbidden, notFound } from "../../errors.ts";

const { projects } = schema;

export type ProjectRow = typeof projects.$inferSelect;

export type ProjectActor = {
  personId: string | null;
  tokenId: string | null;
  label: string;
  side: "commune" | "operator";
};

export const sideOfCaller = (caller: Caller): "commune" | "operator" =>
  caller.org.kind === "operator" ? "operator" : "commune";

export const projectActor = (caller: Caller): ProjectActor => ({
  ...actorOf(caller),
  side: sideOfCaller(caller),
});

export const actorFields = (actor: ProjectActor) => ({
  actorPersonId: actor.personId,
  actorTokenId: actor.tokenId,
  actorLabel: actor.label,
  actorSide: actor.side,
});

/** Following projects (study, decision, phases, effort, missions) is the shared service's work. */
export function assertFollowsProjects(caller: Caller) {
  if (sideOfCaller(caller) !== "operator" || !has(caller, "projects.manage")) throw forbidden();
}

export const has = (caller: Caller, permission: Permission) =>
  caller.permissions.includes(permission);

/** The project, locked until the transaction ends; one outside the caller's scope is unknown. */
export async function lockProject(tx: Tx, caller: Caller, projectId: string) {
  const [row] = await tx.select().from(projects).where(eq(projects.id, projectId)).for("update");
  if (!row || !caller.visibleOrgIds.includes(row.orgId)) throw notFound("Projet");
  return row;
}

export function refuse(field: string, message: string): never {
  throw new AppError("BAD_REQUEST", message, { [field]: [message] });
}

export type ProjectAuditAction = Extract<AuditAction, `project.${string}`>;

export function auditProject(
  tx: Tx,
  actor: ProjectActor,
  project: Pick<ProjectRow, "id" | "orgId">,
  action: ProjectAuditAction,
  before: unknown,
  after: unknown,
) {
  return appendAudit(tx, {
    orgId: project.orgId,
    actor,
    action,
    entity: "project",
    entityId: project.id,
    before,
    after,
  });
}

/**
 * Which saisines the operator's queue is about before its own filters: the operator's, of the
 * communes asked (or of a centre de proximité's communes), routed to a centre or not, held by a
 * person, a team, nobody, or the caller and their teams. The page, the counts and the export
 * share it, so they always count and show the same saisines.
 */
import { schema, type Tx } from "@mutu/db";
import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { assertVisibleOrg, type ServiceContext } from "../tenant.ts";

const { organisations, saisines, teamMembers } = schema;

export type QueueScopeFilters = {
  orgIds?: string[] | undefined;
  proximityCentre?: string | undefined;
  routedToProximityCentre?: boolean | undefined;
  assignee?:
    | { kind: "person"; personId: string }
    | { kind: "team"; teamId: string }
    | { kind: "unassigned" }
    | { kind: "me" }
    | undefined;
};

/** Only the shared service's staff have a queue; communes asked for must be theirs. */
export function assertQueueCaller(ctx: ServiceContext, input: QueueScopeFilters = {}) {
  if (ctx.caller.org.kind !== "operator")
    throw new AppError("FORBIDDEN", "La file des saisines est celle du service commun.");
  for (const orgId of input.orgIds ?? []) assertVisibleOrg(ctx.caller, orgId);
}

/**
 * The conditions, and the communes they come down to when they do (null: any of the operator's):
 * what the counts of closed saisines, kept per commune, can answer.
 */
export async function queueScope(tx: Tx, ctx: ServiceContext, input: QueueScopeFilters) {
  const { caller } = ctx;
  assertQueueCaller(ctx, input);
  const where: SQL[] = [eq(saisines.operatorId, caller.org.id)];
  let orgIds: string[] | null = input.orgIds?.length ? input.orgIds : null;
  if (orgIds) where.push(inArray(saisines.orgId, orgIds));
  if (input.proximityCentre) {
    const members = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.operatorId, caller.org.id),
          eq(organisations.proximityCentre, input.proximityCentre),
        ),
      );
    const ids = members.map((m) => m.id);
    orgIds = orgIds ? orgIds.filter((id) => ids.includes(id)) : ids;
    where.push(ids.length ? inArray(saisines.orgId, ids) : sql`false`);
  }
  // What the counts kept per commune cannot tell: who holds it, where it was routed.
  let perCommune = true;
  if (input.routedToProximityCentre !== undefined) {
    where.push(eq(saisines.proximityCentre, input.routedToProximityCentre));
    perCommune = false;
  }
  const a = input.assignee;
  if (a) perCommune = false;
  if (a?.kind === "person") where.push(eq(saisines.assigneePersonId, a.personId));
  if (a?.kind === "team") where.push(eq(saisines.assigneeTeamId, a.teamId));
  if (a?.kind === "unassigned")
    where.push(isNull(saisines.assigneePersonId), isNull(saisines.assigneeTeamId));
  if (a?.kind === "me") {
    const mine = caller.personId
      ? await tx
          .select({ teamId: teamMembers.teamId })
          .from(teamMembers)
          .where(eq(teamMembers.personId, caller.personId))
      : [];
    const clauses = [
      ...(caller.personId ? [eq(saisines.assigneePersonId, caller.personId)] : []),
      ...(mine.length
        ? [
            inArray(
              saisines.assigneeTeamId,
              mine.map((m) => m.teamId),
            ),
          ]
        : []),
    ];
    where.push(clauses.length ? (or(...clauses) ?? sql`false`) : sql`false`);
  }
  return { where, orgIds, perCommune };
}

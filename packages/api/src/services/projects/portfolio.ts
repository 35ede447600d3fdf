/**
 * The shared service's follow-up across its communes: every open project of the communes the
 * caller sees, with the stage it waits in (to study, to present to the steering committee, under
 * way), the longest waiting first in each stage.
 */
import { schema } from "@mutu/db";
import { CLOSED_PROJECT_STATUSES, PROJECT_STAGES, projectStage } from "@mutu/domain";
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { summaryOf } from "./read.ts";

const { organisations, projectEffort, projects } = schema;

export async function projectsPortfolio(ctx: ServiceContext) {
  return inTenant(ctx, async (tx) => {
    // Effort summed per listed project (indexed on project_id): closed projects' is never read.
    const halfDays = sql<number>`(select coalesce(sum(${projectEffort.halfDays}), 0)::int
      from ${projectEffort} where ${projectEffort.projectId} = ${projects.id})`;
    const rows = await tx
      .select({ project: projects, orgName: organisations.name, halfDays })
      .from(projects)
      .innerJoin(organisations, eq(organisations.id, projects.orgId))
      .where(
        and(
          inArray(projects.orgId, ctx.caller.visibleOrgIds),
          notInArray(projects.status, [...CLOSED_PROJECT_STATUSES]),
        ),
      )
      .orderBy(asc(projects.filedAt), asc(projects.id));
    const open = rows.flatMap(({ project, orgName, halfDays }) => {
      const stage = projectStage(project.kind, project.status);
      return stage ? [{ ...summaryOf(project, halfDays), orgName, stage }] : [];
    });
    return {
      projects: PROJECT_STAGES.flatMap((stage) => open.filter((p) => p.stage === stage)),
    };
  });
}

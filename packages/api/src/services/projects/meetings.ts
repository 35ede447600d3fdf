/**
 * Where projects meet governance: the held meetings that may arbitrate a project (its commune's
 * strategic committee, or its operator's enlarged steering commission), and the project decisions
 * a meeting took, which its page lists among its decisions.
 */
import { schema, type Tx } from "@mutu/db";
import { ARBITRATING_BODIES } from "@mutu/domain";
import { and, asc, desc, eq, inArray, not, or } from "drizzle-orm";
import type { ProjectRow } from "./access.ts";

const { meetings, organisations, projectDecisions, projects } = schema;

/** The most recent held meetings a project's arbitration may name, newest first. */
export function arbitrationMeetingsOf(tx: Tx, project: Pick<ProjectRow, "orgId" | "operatorId">) {
  return tx
    .select({ id: meetings.id, label: meetings.label, day: meetings.day })
    .from(meetings)
    .where(
      and(
        eq(meetings.status, "tenue"),
        inArray(meetings.body, [...ARBITRATING_BODIES]),
        or(
          and(eq(meetings.orgId, project.orgId), not(meetings.shared)),
          and(eq(meetings.operatorId, project.operatorId), meetings.shared),
        ),
      ),
    )
    .orderBy(desc(meetings.day), desc(meetings.startsAt))
    .limit(40);
}

/** The projects a meeting arbitrated, as far as the caller may read them (row-level security). */
export async function projectDecisionsOfMeeting(tx: Tx, meetingId: string) {
  const rows = await tx
    .select({
      projectId: projectDecisions.projectId,
      projectTitle: projects.title,
      orgName: organisations.name,
      decision: projectDecisions.decision,
      plannedYear: projectDecisions.plannedYear,
      reasons: projectDecisions.reasons,
    })
    .from(projectDecisions)
    .innerJoin(projects, eq(projects.id, projectDecisions.projectId))
    .innerJoin(organisations, eq(organisations.id, projectDecisions.orgId))
    .where(eq(projectDecisions.meetingId, meetingId))
    .orderBy(asc(projectDecisions.createdAt));
  return rows;
}

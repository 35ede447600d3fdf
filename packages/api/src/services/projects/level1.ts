/**
 * Level-1 half days charged to members' missions in a year (002 §3.2.3), and the ones beyond each
 * member's share, which the next year's contribution carries (art. 7.1.1).
 */
import { schema, type Tx } from "@mutu/db";
import { type Level1Beyond, level1PoolUse, type RedonTariff } from "@mutu/domain";
import { and, eq, inArray, sql } from "drizzle-orm";

const { projectEffort, projects } = schema;

/** Half days logged on missions in `year`, by member. */
export async function missionHalfDays(tx: Tx, orgIds: readonly string[], year: number) {
  if (orgIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({
      orgId: projectEffort.orgId,
      halfDays: sql<number>`coalesce(sum(${projectEffort.halfDays}), 0)::int`,
    })
    .from(projectEffort)
    .innerJoin(projects, eq(projects.id, projectEffort.projectId))
    .where(
      and(
        inArray(projectEffort.orgId, [...orgIds]),
        eq(projects.kind, "mission"),
        sql`${projectEffort.workedOn} between ${`${year}-01-01`} and ${`${year}-12-31`}`,
      ),
    )
    .groupBy(projectEffort.orgId);
  return new Map(rows.map((r) => [r.orgId, Number(r.halfDays)]));
}

/** What the contribution of `year` carries for level-1 work beyond the share the year before. */
export function beyondCarried(
  tariff: RedonTariff,
  population: number,
  year: number,
  chargedBefore: number,
): Level1Beyond {
  const use = level1PoolUse(tariff, population, year - 1, chargedBefore);
  return { workedIn: year - 1, halfDays: use.beyondHalfDays };
}

/**
 * What indicators 2.1.1 / 2.1.2 are computed from: for each year, the projects feature's own
 * figures (`projectsYear`: effort logged on projects, projects of the plan delivered), read in the
 * caller's transaction — the numbers the projects page shows.
 */
import type { Period, ProjectFigures } from "@mutu/domain";
import type { Tx } from "@mutu/db";
import { projectsYear } from "../projects/read.ts";

export async function projectYears(
  tx: Tx,
  orgId: string,
  years: readonly Period[],
  today: string,
): Promise<Map<string, ProjectFigures>> {
  const out = new Map<string, ProjectFigures>();
  for (const period of years) {
    const read = await projectsYear(tx, orgId, Number(period.from.slice(0, 4)), today);
    out.set(period.key, {
      loggedDays: read.load.loggedDays,
      planned: read.delivery.planned,
      delivered: read.delivery.delivered,
    });
  }
  return out;
}

/**
 * `dashboards.trend`: up to ten years of a commune's (or every member's) months — filed, closed,
 * delays within their recorded targets, first-contact resolution — from each commune's month
 * figures (one row a month: docs/adr/0037), so ten years cost what a year costs.
 */
import { addMonths, monthsOf, parisDate } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { monthlyFigures, NO_FIGURES, sharesOf } from "./month-figures.ts";

const { organisations } = schema;

export async function trendDashboard(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; years: number },
) {
  const { caller } = ctx;
  if (input.orgId) assertVisibleOrg(caller, input.orgId);
  const now = ctx.now();
  const thisMonth = `${parisDate(now).slice(0, 7)}-01`;
  const to = addMonths(thisMonth, 1);
  const from = addMonths(to, -12 * input.years);
  return inTenant(ctx, async (tx) => {
    let orgIds: string[];
    if (input.orgId) orgIds = [input.orgId];
    else if (caller.org.kind === "commune") orgIds = [caller.org.id];
    else {
      const members = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.operatorId, caller.org.id), eq(organisations.kind, "commune")))
        .orderBy(asc(organisations.name));
      orgIds = members.map((m) => m.id);
    }
    if (orgIds.length === 0) throw new AppError("NOT_FOUND", "Aucune commune à suivre.");
    const figures = await monthlyFigures(tx, orgIds, from, to);
    const ofMonth = new Map(figures.map((f) => [f.month, f]));
    return {
      orgId: input.orgId ?? (caller.org.kind === "commune" ? caller.org.id : null),
      from,
      to,
      months: monthsOf({ from, to }).map((month) => {
        const of = ofMonth.get(month) ?? NO_FIGURES;
        const { handling, resolution, firstContact } = sharesOf(of);
        return { month, filed: of.filed, closed: of.closed, handling, resolution, firstContact };
      }),
    };
  });
}

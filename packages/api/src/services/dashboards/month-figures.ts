/**
 * The figures a row of the consolidated table or a point of the trend adds up — filed, closed,
 * delays within their recorded targets, incidents resolved at first contact among those the call
 * centre registered — read from each commune's months in one row each (`saisine_month_figures`,
 * kept by the trigger of the monthly counts: docs/adr/0037), summed in SQL.
 */
import { type Period, samePeriodLastYear, type Share, shareOf } from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { type AnyColumn, and, gte, lt, type SQL, sql } from "drizzle-orm";
import { orgIdsIn } from "../indicators/stats.ts";

const { saisineMonthFigures } = schema;

/** A view's figures summed over the months `when` keeps. */
function figureSums(when: SQL) {
  const f = saisineMonthFigures;
  const sum = (column: AnyColumn) =>
    sql<number>`coalesce(sum(${column}) filter (where ${when}), 0)::int`;
  return {
    filed: sum(f.filed),
    closed: sum(f.closed),
    handlingMet: sum(f.handlingMet),
    handlingWithTarget: sum(f.handlingWithTarget),
    resolutionMet: sum(f.resolutionMet),
    resolutionWithTarget: sum(f.resolutionWithTarget),
    firstContact: sum(f.firstContact),
    registered: sum(f.registered),
  };
}

export type FigureSums = { [K in keyof ReturnType<typeof figureSums>]: number };

export const NO_FIGURES: FigureSums = {
  filed: 0,
  closed: 0,
  handlingMet: 0,
  handlingWithTarget: 0,
  resolutionMet: 0,
  resolutionWithTarget: 0,
  firstContact: 0,
  registered: 0,
};

/** The shares of summed figures, as `delayShare` and `firstContactShare` give them. */
export const sharesOf = (f: FigureSums) => ({
  handling: shareOf(f.handlingMet, f.handlingWithTarget),
  resolution: shareOf(f.resolutionMet, f.resolutionWithTarget),
  firstContact: shareOf(f.firstContact, f.registered),
});

/** Each month's figures of the communes `orgIds` in [from, to): at most 120 rows for ten years. */
const monthly = statement<
  (FigureSums & { month: string })[],
  { orgIds: string; from: string; to: string }
>("saisine_month_figures_by_month", (db) => {
  const { orgId, month } = saisineMonthFigures;
  return db
    .select({ month, ...figureSums(sql`true`) })
    .from(saisineMonthFigures)
    .where(
      and(orgIdsIn(orgId), gte(month, sql.placeholder("from")), lt(month, sql.placeholder("to"))),
    )
    .groupBy(month);
});

export function monthlyFigures(tx: Tx, orgIds: readonly string[], from: string, to: string) {
  return monthly(tx, { orgIds: orgIds.join(","), from, to });
}

/** Sums of one commune's (or a centre's) figures for the consolidated table. */
export type Summary = {
  filed: number;
  previousYear: number;
  handling: Share;
  resolution: Share;
  firstContact: Share;
};

/** A commune without counts for the period. */
const NO_SUMMARY: Summary = { filed: 0, previousYear: 0, ...sharesOf(NO_FIGURES) };

/** Each commune's summary of a period and the same period a year before: one row per commune. */
const communeSummaries = statement<
  (FigureSums & { orgId: string; previousYear: number })[],
  { orgIds: string; from: string; to: string; lastYearFrom: string; lastYearTo: string }
>("saisine_month_figures_summaries", (db) => {
  const { orgId, month, filed } = saisineMonthFigures;
  const [from, to] = [sql.placeholder("from"), sql.placeholder("to")];
  const [lastYearFrom, lastYearTo] = [
    sql.placeholder("lastYearFrom"),
    sql.placeholder("lastYearTo"),
  ];
  return (
    db
      .select({
        orgId,
        ...figureSums(sql`${month} >= ${from} and ${month} < ${to}`),
        previousYear: sql<number>`coalesce(sum(${filed}) filter (where ${month} >= ${lastYearFrom} and ${month} < ${lastYearTo}), 0)::int`,
      })
      .from(saisineMonthFigures)
      // The span of both (last year's starts first, this period ends last): one index range.
      .where(and(orgIdsIn(orgId), gte(month, lastYearFrom), lt(month, to)))
      .groupBy(orgId)
  );
});

/** The summary of each of these communes for `period`, in their order. */
export async function summariesOf(
  tx: Tx,
  orgIds: readonly string[],
  period: Period,
): Promise<Summary[]> {
  if (orgIds.length === 0) return [];
  const lastYear = samePeriodLastYear(period);
  const rows = await communeSummaries(tx, {
    orgIds: orgIds.join(","),
    from: period.from,
    to: period.to,
    lastYearFrom: lastYear.from,
    lastYearTo: lastYear.to,
  });
  const of = new Map(rows.map((r) => [r.orgId, r]));
  return orgIds.map((id) => {
    const r = of.get(id);
    return r ? { filed: r.filed, previousYear: r.previousYear, ...sharesOf(r) } : NO_SUMMARY;
  });
}

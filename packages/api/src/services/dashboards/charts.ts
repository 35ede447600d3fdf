/**
 * The charts of a dashboard from the monthly counts of the communes it covers: volumes by month
 * (with the year before, what was closed and the backlog at each month's end), by type, nature,
 * sub-domain, channel and criticality; delay classes; compliance by month; top applications. Every
 * figure is a sum of counts, so a commune's and a consolidated dashboard read alike.
 */
import {
  DELAY_BUCKET_LABELS,
  DELAY_SCOPES,
  monthsOf,
  type Period,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  SAISINE_TYPES,
  samePeriodLastYear,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { addMonths } from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { and, lt, sql } from "drizzle-orm";
import {
  byKey,
  byMonth,
  delayClasses,
  delayShare,
  firstContactShare,
  inMonths,
  orgIdsIn,
  type Stat,
  total,
} from "../indicators/stats.ts";

const { saisineStats } = schema;

const openBefore = statement<{ open: number }[], { orgIds: string; from: string }>(
  "saisine_stats_backlog",
  (db) => {
    const { kind, n, month } = saisineStats;
    return db
      .select({
        open: sql<number>`(coalesce(sum(${n}) filter (where ${kind} = 'filed'), 0) - coalesce(sum(${n}) filter (where ${kind} = 'closed'), 0))::int`,
      })
      .from(saisineStats)
      .where(
        and(
          orgIdsIn(saisineStats.orgId),
          lt(month, sql.placeholder("from")),
          // The condition of the index `saisine_stats_backlog`, as it is written there.
          sql`${kind} in ('filed', 'closed')`,
        ),
      );
  },
);

/** What was filed and closed before `from`: the backlog a period starts with. */
export async function backlogBefore(tx: Tx, orgIds: readonly string[], from: string) {
  if (orgIds.length === 0) return 0;
  const [row] = await openBefore(tx, { orgIds: orgIds.join(","), from });
  return row?.open ?? 0;
}

function counted<K extends string>(stats: readonly Stat[], kind: string, keys: readonly K[]) {
  const counts = byKey(stats, kind);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

export type PeriodCharts = ReturnType<typeof periodCharts>;

/**
 * The charts of `period` from `stats`, which hold its months and the same months a year earlier;
 * `openBefore` is the backlog at its start.
 */
export function periodCharts(stats: readonly Stat[], period: Period, openBefore: number) {
  const lastYear = samePeriodLastYear(period);
  const ofMonth = byMonth(stats);
  const current = inMonths(ofMonth, period.from, period.to);
  let backlog = openBefore;
  const months = monthsOf(period).map((month) => {
    const of = ofMonth.get(month) ?? [];
    const filed = total(of, "filed");
    const closed = total(of, "closed");
    backlog += filed - closed;
    return {
      month,
      filed,
      previousYear: total(ofMonth.get(addMonths(month, -12)) ?? [], "filed"),
      closed,
      backlog,
      handling: delayShare(of, "handling"),
      resolution: delayShare(of, "resolution"),
    };
  });
  const applications = new Map<string, { incidents: number; others: number }>();
  for (const [key, n] of byKey(current, "application")) {
    const [type = "", ...name] = key.split("|");
    const application = name.join("|");
    const entry = applications.get(application) ?? { incidents: 0, others: 0 };
    if (type === "incident") entry.incidents += n;
    else entry.others += n;
    applications.set(application, entry);
  }
  const classes = (measure: "handling" | "resolution") =>
    delayClasses(current, measure, DELAY_BUCKET_LABELS.length, DELAY_SCOPES).map(
      (count, index) => ({
        index,
        count,
      }),
    );
  return {
    months,
    filed: total(current, "filed"),
    previousYear: total(inMonths(ofMonth, lastYear.from, lastYear.to), "filed"),
    byType: counted(current, "type", SAISINE_TYPES),
    byNature: counted(current, "nature", SAISINE_NATURES),
    bySubDomain: counted(current, "sub_domain", SUB_DOMAIN_LETTERS),
    byChannel: counted(current, "channel", SAISINE_CHANNELS),
    byCriticality: counted(current, "criticality", SAISINE_CRITICALITIES),
    handlingClasses: classes("handling"),
    resolutionClasses: classes("resolution"),
    handling: delayShare(current, "handling"),
    resolution: delayShare(current, "resolution"),
    firstContact: firstContactShare(current),
    topApplications: [...applications]
      .map(([application, n]) => ({ application, ...n, total: n.incidents + n.others }))
      .sort(
        (a, b) =>
          b.incidents - a.incidents ||
          b.total - a.total ||
          a.application.localeCompare(b.application, "fr"),
      )
      .slice(0, 10),
  };
}

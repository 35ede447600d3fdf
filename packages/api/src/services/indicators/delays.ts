/**
 * The delays themselves, for the median and the 90th percentile of a commune's period (percentiles
 * do not add up: they are read from the saisines, counts from the monthly counts). The conditions
 * are those of the counts and of the lists' delay filter (saisines/drill-down.ts). One statement
 * built once (ADR 0011), read from the delay indexes alone (ADR 0033).
 */
import { type DelayMeasure, type DelayScope, type Period, periodInstants } from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { type AnyColumn, and, eq, isNotNull, ne, type SQL, sql } from "drizzle-orm";

const { saisines } = schema;

export type DelayMinutes = Map<`${DelayMeasure}|${DelayScope}`, number[]>;

type Row = { measure: DelayMeasure; scope: DelayScope; minutes: number[] };

const delaysOf = statement<Row[], { orgId: string; from: string; to: string }>(
  "saisine_delay_minutes",
  (db) => {
    const { type, subDomain, nature } = saisines;
    const scope = sql<DelayScope>`case when ${type} = 'incident' and ${subDomain} = 'D' then 'infrastructure' else 'general' end`;
    /** One measure's delays by scope: those recorded in the period, exceptional saisines apart. */
    const measured = (measure: DelayMeasure, at: AnyColumn, minutes: AnyColumn, only?: SQL) =>
      db
        .select({
          measure: sql<DelayMeasure>`${measure}::text`.as("measure"),
          scope: scope.as("scope"),
          minutes: sql<number[]>`array_agg(${minutes})`.as("minutes"),
        })
        .from(saisines)
        .where(
          and(
            eq(saisines.orgId, sql.placeholder("orgId")),
            sql`${at} >= ${sql.placeholder("from")}::timestamptz`,
            sql`${at} < ${sql.placeholder("to")}::timestamptz`,
            isNotNull(minutes),
            ne(nature, "exceptionnelle"),
            only,
          ),
        )
        .groupBy(scope);
    return measured("handling", saisines.handledAt, saisines.handlingMinutes).unionAll(
      measured("resolution", saisines.resolvedAt, saisines.resolutionMinutes, eq(type, "incident")),
    );
  },
);

export async function delayMinutes(
  tx: Tx,
  orgId: string,
  period: Pick<Period, "from" | "to">,
): Promise<DelayMinutes> {
  const { start, end } = periodInstants(period);
  const rows = await delaysOf(tx, { orgId, from: start.toISOString(), to: end.toISOString() });
  return new Map(rows.map((r) => [`${r.measure}|${r.scope}`, r.minutes.map(Number)] as const));
}

/**
 * The delays themselves, for the median and the 90th percentile of a commune's period (percentiles
 * do not add up: they are read from the saisines, counts from the monthly counts). The conditions
 * are those of the counts and of the lists' delay filter (saisines/drill-down.ts).
 */
import { type DelayMeasure, type DelayScope, type Period, periodInstants } from "@mutu/domain";
import { executedRows, type Tx } from "@mutu/db";
import { sql } from "drizzle-orm";

export type DelayMinutes = Map<`${DelayMeasure}|${DelayScope}`, number[]>;

export async function delayMinutes(
  tx: Tx,
  orgId: string,
  period: Pick<Period, "from" | "to">,
): Promise<DelayMinutes> {
  const { start, end } = periodInstants(period);
  const from = start.toISOString();
  const to = end.toISOString();
  const scope = sql.raw(
    "case when type = 'incident' and sub_domain = 'D' then 'infrastructure' else 'general' end",
  );
  const result = await tx.execute(sql`
    select 'handling' as measure, ${scope} as scope, array_agg(handling_minutes) as minutes
    from saisines
    where org_id = ${orgId} and handled_at >= ${from}::timestamptz and handled_at < ${to}::timestamptz
      and handling_minutes is not null and nature <> 'exceptionnelle'
    group by 2
    union all
    select 'resolution', ${scope}, array_agg(resolution_minutes)
    from saisines
    where org_id = ${orgId} and resolved_at >= ${from}::timestamptz and resolved_at < ${to}::timestamptz
      and resolution_minutes is not null and nature <> 'exceptionnelle' and type = 'incident'
    group by 2`);
  const rows = executedRows<{ measure: DelayMeasure; scope: DelayScope; minutes: number[] }>(
    result,
  );
  return new Map(rows.map((r) => [`${r.measure}|${r.scope}`, r.minutes.map(Number)] as const));
}

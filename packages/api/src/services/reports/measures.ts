/**
 * What the report reads from the saisines of a commune for a year and the year before: the delays
 * each milestone took against the target recorded on each saisine (grouped in SQL, judged by the
 * domain), and the counts filed per month, type, nature and sub-domain. Years are Paris years.
 */
import type { DelaySample } from "@mutu/domain";
import { parisDayStart } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

const { saisines } = schema;

const parisYear = (column: AnyPgColumn) =>
  sql<number>`extract(year from ${column} at time zone 'Europe/Paris')::int`;

/** The two years ending with `year`, as instants. */
const span = (year: number) => ({
  from: parisDayStart(`${year - 1}-01-01`),
  to: parisDayStart(`${year + 1}-01-01`),
});

export async function delaySamples(tx: Tx, orgId: string, year: number): Promise<DelaySample[]> {
  const { from, to } = span(year);
  const measures = [
    {
      measure: "handling" as const,
      at: saisines.handledAt,
      minutes: saisines.handlingMinutes,
      target: saisines.handlingTargetMinutes,
    },
    {
      measure: "resolution" as const,
      at: saisines.resolvedAt,
      minutes: saisines.resolutionMinutes,
      target: saisines.resolutionTargetMinutes,
    },
  ];
  const samples: DelaySample[] = [];
  for (const { measure, at, minutes, target } of measures) {
    const y = parisYear(at);
    const rows = await tx
      .select({
        year: y,
        type: saisines.type,
        subDomain: saisines.subDomain,
        nature: saisines.nature,
        criticality: saisines.criticality,
        minutes: sql<number[]>`json_agg(${minutes} order by ${minutes})`,
        targets: sql<(number | null)[]>`json_agg(${target} order by ${minutes})`,
      })
      .from(saisines)
      .where(and(eq(saisines.orgId, orgId), gte(at, from), lt(at, to), isNotNull(minutes)))
      .groupBy(y, saisines.type, saisines.subDomain, saisines.nature, saisines.criticality);
    for (const row of rows) samples.push({ ...row, measure });
  }
  return samples;
}

export type FiledCount = {
  year: number;
  month: number;
  type: string;
  nature: string;
  subDomain: string;
  count: number;
};

export async function filedCounts(tx: Tx, orgId: string, year: number): Promise<FiledCount[]> {
  const { from, to } = span(year);
  const y = parisYear(saisines.createdAt);
  const month = sql<number>`extract(month from ${saisines.createdAt} at time zone 'Europe/Paris')::int`;
  return tx
    .select({
      year: y,
      month,
      type: saisines.type,
      nature: saisines.nature,
      subDomain: saisines.subDomain,
      count: sql<number>`count(*)::int`,
    })
    .from(saisines)
    .where(
      and(eq(saisines.orgId, orgId), gte(saisines.createdAt, from), lt(saisines.createdAt, to)),
    )
    .groupBy(y, month, saisines.type, saisines.nature, saisines.subDomain);
}

/**
 * The saisines' monthly counts (`saisine_stats`, kept by a trigger in the transaction of each
 * change: docs/adr/0013) as indicators and dashboards read them: summed per commune, month, kind
 * and key (in SQL: a year of thirty communes is a few thousand rows), then shaped — delay cells,
 * counts by key, months.
 */
import {
  DELAY_SCOPES,
  type DelayCell,
  type DelayMeasure,
  type DelayScope,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  type SaisineCriticality,
  type SaisineNature,
  monthsOf,
  type Period,
  samePeriodLastYear,
  type Share,
  shareOf,
} from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import type { PgColumn } from "drizzle-orm/pg-core";
import { type AnyColumn, and, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";

const { saisineOperatorStats, saisineStats } = schema;

/** A count of the communes read together: their rows of a month, kind and key, summed. */
export type Stat = {
  /** First day of the Paris month. */
  month: string;
  kind: string;
  key: string;
  n: number;
  withTarget: number;
  met: number;
};

/** The communes named in a statement's value: ids joined by commas (one text on both drivers). */
export const orgIdsIn = (column: SQL | AnyColumn) =>
  sql`${column} = any(string_to_array(${sql.placeholder("orgIds")}, ',')::uuid[])`;

/** The columns both count tables share. */
type CountColumns = Record<"month" | "kind" | "key" | "n" | "withTarget" | "met", PgColumn>;

/** Each month, kind and key of the rows kept, deltas summed. */
const summedColumns = ({ month, kind, key, n, withTarget, met }: CountColumns) => ({
  month,
  kind,
  key,
  n: sql<number>`sum(${n})::int`,
  withTarget: sql<number>`sum(${withTarget})::int`,
  met: sql<number>`sum(${met})::int`,
});

/**
 * A period's rows, [from, to), and of the same months a year before, [lastYearFrom, from), only
 * the filings: what charts and indicators read of last year (its volumes), half the rows.
 */
const periodAndLastYearFiled = ({ month, kind }: CountColumns) => [
  gte(month, sql.placeholder("lastYearFrom")),
  lt(month, sql.placeholder("to")),
  or(gte(month, sql.placeholder("from")), eq(kind, "filed")),
];

type PeriodValues = { from: string; to: string; lastYearFrom: string };

const periodValues = (period: Period): PeriodValues => ({
  from: period.from,
  to: period.to,
  lastYearFrom: samePeriodLastYear(period).from,
});

const summedStats = statement<Stat[], PeriodValues & { orgIds: string }>(
  "saisine_stats_summed",
  (db) =>
    db
      .select(summedColumns(saisineStats))
      .from(saisineStats)
      .where(and(orgIdsIn(saisineStats.orgId), ...periodAndLastYearFiled(saisineStats)))
      .groupBy(saisineStats.month, saisineStats.kind, saisineStats.key),
);

/**
 * The counts of these communes together for `period` and the filings of the same months a year
 * before, deltas summed: one row per month, kind and key, whatever the number of communes.
 */
export async function readStats(
  tx: Tx,
  orgIds: readonly string[],
  period: Period,
): Promise<Stat[]> {
  if (orgIds.length === 0) return [];
  return summedStats(tx, { orgIds: orgIds.join(","), ...periodValues(period) });
}

const operatorStats = statement<Stat[], PeriodValues & { operatorId: string }>(
  "saisine_operator_stats_summed",
  (db) => {
    const t = saisineOperatorStats;
    return db
      .select(summedColumns(t))
      .from(t)
      .where(and(eq(t.operatorId, sql.placeholder("operatorId")), ...periodAndLastYearFiled(t)))
      .groupBy(t.month, t.kind, t.key);
  },
);

/**
 * What `readStats` gives for every commune of an operator, read from their roll-up
 * (`saisine_operator_stats`, docs/adr/0037): about thirty times fewer rows.
 */
export function readOperatorStats(tx: Tx, operatorId: string, period: Period): Promise<Stat[]> {
  return operatorStats(tx, { operatorId, ...periodValues(period) });
}

/** The counts grouped by month, once: a period's months read their rows from it. */
export function byMonth(stats: readonly Stat[]): Map<string, Stat[]> {
  const months = new Map<string, Stat[]>();
  for (const s of stats) {
    const of = months.get(s.month);
    if (of) of.push(s);
    else months.set(s.month, [s]);
  }
  return months;
}

/** The counts of the months in [from, to) (first days of months), from `byMonth`. */
export const inMonths = (months: ReadonlyMap<string, readonly Stat[]>, from: string, to: string) =>
  monthsOf({ from, to }).flatMap((month) => months.get(month) ?? []);

/** The total of a kind (and key). */
export function total(stats: readonly Stat[], kind: string, key?: string): number {
  let sum = 0;
  for (const s of stats) if (s.kind === kind && (key === undefined || s.key === key)) sum += s.n;
  return sum;
}

/** Counts of a kind by key, largest first. */
export function byKey(stats: readonly Stat[], kind: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stats) if (s.kind === kind) counts.set(s.key, (counts.get(s.key) ?? 0) + s.n);
  return new Map([...counts].filter(([, n]) => n !== 0).sort((a, b) => b[1] - a[1]));
}

const isScope = (v: string): v is DelayScope => (DELAY_SCOPES as readonly string[]).includes(v);
const isNature = (v: string): v is SaisineNature =>
  (SAISINE_NATURES as readonly string[]).includes(v);
const isCriticality = (v: string): v is SaisineCriticality =>
  (SAISINE_CRITICALITIES as readonly string[]).includes(v);

/** The delay cells (« handling », « general|urgence|bloquant »), summed over the stats given. */
export function delayCells(stats: readonly Stat[]): DelayCell[] {
  const cells = new Map<string, DelayCell>();
  for (const s of stats) {
    if (s.kind !== "handling" && s.kind !== "resolution") continue;
    const [scope = "", nature = "", criticality = ""] = s.key.split("|");
    if (!isScope(scope) || !isNature(nature) || !isCriticality(criticality)) continue;
    const id = `${s.kind}|${s.key}`;
    const cell = cells.get(id) ?? {
      measure: s.kind,
      scope,
      nature,
      criticality,
      count: 0,
      withTarget: 0,
      met: 0,
    };
    cell.count += s.n;
    cell.withTarget += s.withTarget;
    cell.met += s.met;
    cells.set(id, cell);
  }
  return [...cells.values()];
}

/** Within the recorded targets, all scopes together: what a consolidated view can add up. */
export function delayShare(stats: readonly Stat[], measure: DelayMeasure): Share {
  let met = 0;
  let withTarget = 0;
  for (const s of stats)
    if (s.kind === measure) {
      met += s.met;
      withTarget += s.withTarget;
    }
  return shareOf(met, withTarget);
}

/** Incidents resolved at first contact among those the call centre registered. */
export const firstContactShare = (stats: readonly Stat[]): Share =>
  shareOf(total(stats, "first-contact", "incident"), total(stats, "registered", "incident"));

/** Delay classes of a measure (0 … 7), all scopes or one. */
export function delayClasses(
  stats: readonly Stat[],
  measure: DelayMeasure,
  classes: number,
  scopes?: readonly DelayScope[],
): number[] {
  const counts = Array.from({ length: classes }, () => 0);
  for (const s of stats) {
    if (s.kind !== `${measure}-class`) continue;
    const [scope = "", index = ""] = s.key.split("|");
    if (scopes && !scopes.includes(scope as DelayScope)) continue;
    const i = Number(index);
    if (i >= 0 && i < classes) counts[i] = (counts[i] ?? 0) + s.n;
  }
  return counts;
}

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
  type Share,
  shareOf,
} from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { type AnyColumn, and, gte, lt, type SQL, sql } from "drizzle-orm";

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

/** The rows of the communes `orgIds` for the months in [from, to), as a statement's values. */
export const countsOf = () => [
  orgIdsIn(saisineStats.orgId),
  gte(saisineStats.month, sql.placeholder("from")),
  lt(saisineStats.month, sql.placeholder("to")),
];

const summedStats = statement<Stat[], { orgIds: string; from: string; to: string }>(
  "saisine_stats_summed",
  (db) =>
    db
      .select({
        month: saisineStats.month,
        kind: saisineStats.kind,
        key: saisineStats.key,
        n: sql<number>`sum(${saisineStats.n})::int`,
        withTarget: sql<number>`sum(${saisineStats.withTarget})::int`,
        met: sql<number>`sum(${saisineStats.met})::int`,
      })
      .from(saisineStats)
      .where(and(...countsOf()))
      .groupBy(saisineStats.month, saisineStats.kind, saisineStats.key),
);

/**
 * The counts of these communes together for the months in [from, to), deltas summed: one row per
 * month, kind and key, whatever the number of communes.
 */
export async function readStats(
  tx: Tx,
  orgIds: readonly string[],
  from: string,
  to: string,
): Promise<Stat[]> {
  if (orgIds.length === 0) return [];
  return summedStats(tx, { orgIds: orgIds.join(","), from, to });
}

const operatorStats = statement<Stat[], { operatorId: string; from: string; to: string }>(
  "saisine_operator_stats_summed",
  (db) => {
    const { operatorId, month, kind, key, n, withTarget, met } = saisineOperatorStats;
    return db
      .select({
        month,
        kind,
        key,
        n: sql<number>`sum(${n})::int`,
        withTarget: sql<number>`sum(${withTarget})::int`,
        met: sql<number>`sum(${met})::int`,
      })
      .from(saisineOperatorStats)
      .where(
        and(
          sql`${operatorId} = ${sql.placeholder("operatorId")}`,
          gte(month, sql.placeholder("from")),
          lt(month, sql.placeholder("to")),
        ),
      )
      .groupBy(month, kind, key);
  },
);

/**
 * The counts of all of an operator's communes together for the months in [from, to), read from
 * their roll-up (`saisine_operator_stats`, docs/adr/0037): what `readStats` gives for every
 * commune of the operator, from about thirty times fewer rows.
 */
export function readOperatorStats(
  tx: Tx,
  operatorId: string,
  from: string,
  to: string,
): Promise<Stat[]> {
  return operatorStats(tx, { operatorId, from, to });
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

/**
 * The saisines' monthly counts (`saisine_stats`, kept by a trigger in the transaction of each
 * change: docs/adr/0013) as indicators and dashboards read them: summed per commune, month, kind
 * and key, then shaped — delay cells, counts by key, months.
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
  type Share,
  shareOf,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, gte, inArray, lt, sql } from "drizzle-orm";

const { saisineStats } = schema;

export type Stat = {
  orgId: string;
  /** First day of the Paris month. */
  month: string;
  kind: string;
  key: string;
  n: number;
  withTarget: number;
  met: number;
};

/** The counts of these communes for the months in [from, to), deltas summed. */
export async function readStats(
  tx: Tx,
  orgIds: readonly string[],
  from: string,
  to: string,
): Promise<Stat[]> {
  if (orgIds.length === 0) return [];
  return tx
    .select({
      orgId: saisineStats.orgId,
      month: saisineStats.month,
      kind: saisineStats.kind,
      key: saisineStats.key,
      n: sql<number>`sum(${saisineStats.n})::int`,
      withTarget: sql<number>`sum(${saisineStats.withTarget})::int`,
      met: sql<number>`sum(${saisineStats.met})::int`,
    })
    .from(saisineStats)
    .where(
      and(
        inArray(saisineStats.orgId, [...orgIds]),
        gte(saisineStats.month, from),
        lt(saisineStats.month, to),
      ),
    )
    .groupBy(saisineStats.orgId, saisineStats.month, saisineStats.kind, saisineStats.key);
}

export const inMonths = (stats: readonly Stat[], from: string, to: string) =>
  stats.filter((s) => s.month >= from && s.month < to);

export const ofOrg = (stats: readonly Stat[], orgId: string) =>
  stats.filter((s) => s.orgId === orgId);

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

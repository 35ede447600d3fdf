/**
 * The queue's counts per status, for its filters: what the status tabs and the total say. Open
 * saisines are counted from their own index (the working queue is small whatever the history);
 * closed and refused ones — ten years of them — from the counts kept per commune, status and the
 * queue's own filters (saisine_final_counts), unless a filter those counts do not know is set
 * (search, assignee, routing, qualification): then each final status is counted up to a cap and
 * said « plus de ».
 */
import { FINAL_SAISINE_STATUSES, SAISINE_STATUSES, type SaisineStatus } from "@mutu/domain";
import { planForEachValue, schema, type Tx } from "@mutu/db";
import { and, count, eq, inArray, type SQL, sql, sum } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { filterConditions, OPEN_STATUSES, type SaisineFilters } from "./query.ts";
import { queueScope, type QueueScopeFilters } from "./queue-scope.ts";

const { saisineFinalCounts, saisines } = schema;

/** Beyond it, a final status is said « plus de 10 000 ». */
export const COUNT_CAP = 10_000;

type CountsInput = QueueScopeFilters &
  Omit<SaisineFilters, "statuses" | "sort" | "cursor" | "limit"> & { history: boolean };

type StatusCount = { status: SaisineStatus; count: number; capped: boolean };

async function openCounts(tx: Tx, where: SQL[]): Promise<Map<string, number>> {
  const rows = await tx
    .select({ status: saisines.status, n: count() })
    .from(saisines)
    .where(and(...where, eq(saisines.isOpen, true)))
    .groupBy(saisines.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

async function keptCounts(tx: Tx, operatorId: string, orgIds: string[] | null, f: CountsInput) {
  const rows = await tx
    .select({ status: saisineFinalCounts.status, n: sum(saisineFinalCounts.saisines) })
    .from(saisineFinalCounts)
    .where(
      and(
        eq(saisineFinalCounts.operatorId, operatorId),
        orgIds ? inArray(saisineFinalCounts.orgId, orgIds) : undefined,
        f.subDomains?.length ? inArray(saisineFinalCounts.subDomain, f.subDomains) : undefined,
        f.natures?.length ? inArray(saisineFinalCounts.nature, f.natures) : undefined,
        f.types?.length ? inArray(saisineFinalCounts.type, f.types) : undefined,
        f.criticalities?.length
          ? inArray(saisineFinalCounts.criticality, f.criticalities)
          : undefined,
      ),
    )
    .groupBy(saisineFinalCounts.status);
  return new Map(rows.map((r) => [r.status, Number(r.n ?? 0)]));
}

async function cappedCount(tx: Tx, where: SQL[], status: SaisineStatus) {
  const limited = tx
    .select({ one: sql`1` })
    .from(saisines)
    .where(and(...where, eq(saisines.status, status)))
    .limit(COUNT_CAP + 1)
    .as("limited");
  const [row] = await tx.select({ n: count() }).from(limited);
  return row?.n ?? 0;
}

export async function queueCounts(ctx: ServiceContext, input: CountsInput) {
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    planForEachValue(tx);
    const scope = await queueScope(tx, ctx, input);
    const where = [...scope.where, ...filterConditions(input, now, false)];
    const open = await openCounts(tx, where);
    const counts: StatusCount[] = OPEN_STATUSES.map((status) => ({
      status,
      count: open.get(status) ?? 0,
      capped: false,
    }));
    if (input.history) {
      const known =
        scope.perCommune &&
        !input.q?.trim() &&
        input.needsQualification === undefined &&
        input.due === undefined;
      const kept = known ? await keptCounts(tx, ctx.caller.org.id, scope.orgIds, input) : null;
      for (const status of FINAL_SAISINE_STATUSES) {
        const n = kept ? (kept.get(status) ?? 0) : await cappedCount(tx, where, status);
        counts.push({ status, count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });
      }
    }
    counts.sort((a, b) => SAISINE_STATUSES.indexOf(a.status) - SAISINE_STATUSES.indexOf(b.status));
    return {
      counts,
      total: counts.reduce((n, c) => n + c.count, 0),
      totalCapped: counts.some((c) => c.capped),
    };
  });
}

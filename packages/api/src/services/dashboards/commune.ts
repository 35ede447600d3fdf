/**
 * `dashboards.commune`: a commune's home — its open saisines (waiting for it, near and past their
 * deadline, by age), counted with the lists' conditions; for those who read the whole commune,
 * the period's charts; for those who follow the contract, its indicators against their targets.
 * An operator reads any of its members' (another operator's commune is « introuvable »).
 */
import {
  AGE_BUCKETS,
  type AgeBucketKey,
  isReferencePeriod,
  type Period,
  parisToday,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../errors.ts";
import type { Caller } from "../../auth/caller.ts";
import { periodAsked, periodView, readIndicators } from "../indicators/list.ts";
import { readStats, type Stat } from "../indicators/stats.ts";
import { seesWholeScope } from "../saisines/access.ts";
import { prepared } from "../saisines/prepared.ts";
import { listScope } from "../saisines/query.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { backlogBefore, periodCharts } from "./charts.ts";
import { countTiles, type TileFilters } from "./tiles.ts";

const { organisations } = schema;

/** The open saisines' tiles, each the filters of the list it opens. */
export const COMMUNE_TILES = {
  open: {},
  waitingForCommune: { statuses: ["en-attente-commune"] },
  dueSoon: { due: "soon" },
  breached: { due: "breached" },
  ...Object.fromEntries(AGE_BUCKETS.map((b) => [`age:${b.key}`, { age: b.key }])),
} as Record<string, TileFilters>;

/** The backlog and ageing tiles from the counts of `COMMUNE_TILES`. */
export function backlogFrom(counts: Partial<Record<string, number>>) {
  return {
    backlog: {
      open: counts.open ?? 0,
      waitingForCommune: counts.waitingForCommune ?? 0,
      dueSoon: counts.dueSoon ?? 0,
      breached: counts.breached ?? 0,
    },
    ageing: AGE_BUCKETS.map((b) => ({
      key: b.key as AgeBucketKey,
      count: counts[`age:${b.key}`] ?? 0,
    })),
  };
}

export async function backlogOf(tx: Tx, scope: Parameters<typeof countTiles>[1], now: Date) {
  return backlogFrom(await countTiles(tx, scope, COMMUNE_TILES, now));
}

async function chartsOf(tx: Tx, orgId: string, period: Period, counts: Promise<Stat[]>) {
  const [stats, openBefore] = await Promise.all([counts, backlogBefore(tx, [orgId], period.from)]);
  return periodCharts(stats, period, openBefore);
}

/**
 * The contract's indicators for the period, or null when no engagement annex governs it (a
 * convention member, a period before the contract): the dashboard then shows the saisines alone.
 */
async function indicatorTiles(
  tx: Tx,
  caller: Caller,
  orgId: string,
  period: Period,
  now: Date,
  counts: Promise<Stat[]>,
) {
  const read = await readIndicators(tx, caller, orgId, period, now, counts).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    },
  );
  if (!read) return null;
  return {
    judgedOn: read.judgedOn,
    referenceYear: read.referenceYear,
    firstContact: read.firstContact,
    volumes: read.volumes,
    indicators: read.indicators,
  };
}

export async function communeDashboard(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; period: string },
) {
  const { caller } = ctx;
  const orgId = targetOrgId(caller, input.orgId);
  const period = periodAsked(input.period);
  const now = ctx.now();
  const scope = listScope(caller, { orgId });
  const wholeCommune = seesWholeScope(caller);
  const followsContract = caller.permissions.includes("indicators.read");
  return inTenant(ctx, async (tx) => {
    // The period's and last year's counts, read once for the charts and the indicators.
    const counts =
      wholeCommune || followsContract ? readStats(tx, [orgId], period) : Promise.resolve([]);
    const [[org], backlog, charts, indicators] = await Promise.all([
      prepared(
        tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, orgId)),
      ),
      backlogOf(tx, scope, now),
      wholeCommune ? chartsOf(tx, orgId, period, counts) : null,
      followsContract ? indicatorTiles(tx, caller, orgId, period, now, counts) : null,
    ]);
    if (!org) throw notFound("Commune");
    return {
      orgId,
      orgName: org.name,
      period: periodView(period, parisToday(now)),
      ownOnly: !wholeCommune,
      reference: indicators
        ? isReferencePeriod(period, indicators.referenceYear?.from ?? null)
        : false,
      ...backlog,
      charts,
      indicators,
    };
  });
}

/**
 * `dashboards.operator`: the managers' view of every member commune for a period — per commune,
 * per centre de proximité and consolidated: what was filed (beside the year before), what is open
 * and past its deadline (counted with the queue's conditions), the share of delays within the
 * targets recorded on the saisines, the first-contact resolution rate, and the consolidated charts.
 * Consolidated figures are sums of counts (percentiles do not add up: they are the communes').
 */
import { parisToday, type Share, shareOf } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, eq, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { periodAsked, periodView } from "../indicators/list.ts";
import { readOperatorStats, readStats } from "../indicators/stats.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { backlogBefore, periodCharts } from "./charts.ts";
import { backlogFrom, COMMUNE_TILES } from "./commune.ts";
import { type Summary, summariesOf } from "./month-figures.ts";
import { countTilesByOrg } from "./tiles.ts";

const { organisations, saisines } = schema;

type Row = Summary & { open: number; breached: number };

function add(a: Share, b: Share): Share {
  return shareOf(a.met + b.met, a.total + b.total);
}

function sumOf(rows: readonly Row[]): Row {
  return rows.reduce<Row>(
    (sum, r) => ({
      filed: sum.filed + r.filed,
      previousYear: sum.previousYear + r.previousYear,
      open: sum.open + r.open,
      breached: sum.breached + r.breached,
      handling: add(sum.handling, r.handling),
      resolution: add(sum.resolution, r.resolution),
      firstContact: add(sum.firstContact, r.firstContact),
    }),
    {
      filed: 0,
      previousYear: 0,
      open: 0,
      breached: 0,
      handling: shareOf(0, 0),
      resolution: shareOf(0, 0),
      firstContact: shareOf(0, 0),
    },
  );
}

function sumOfCounts(rows: readonly Record<string, unknown>[]) {
  const sums: Record<string, number> = {};
  for (const row of rows)
    for (const [key, n] of Object.entries(row))
      if (typeof n === "number") sums[key] = (sums[key] ?? 0) + n;
  return sums;
}

export async function operatorDashboard(
  ctx: ServiceContext,
  input: { period: string; centre?: string | undefined },
) {
  const { caller } = ctx;
  if (caller.org.kind !== "operator")
    throw new AppError("FORBIDDEN", "Ce tableau de bord est celui du service commun.");
  const period = periodAsked(input.period);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const members = await tx
      .select({
        id: organisations.id,
        name: organisations.name,
        centre: organisations.proximityCentre,
      })
      .from(organisations)
      .where(and(eq(organisations.operatorId, caller.org.id), eq(organisations.kind, "commune")))
      .orderBy(asc(organisations.name));
    const centres = [...new Set(members.flatMap((m) => (m.centre ? [m.centre] : [])))].sort(
      (a, b) => a.localeCompare(b, "fr"),
    );
    const shown = input.centre ? members.filter((m) => m.centre === input.centre) : members;
    const ids = shown.map((m) => m.id);
    const scope = [
      eq(saisines.operatorId, caller.org.id),
      ...(input.centre ? [sql`${saisines.orgId} = any(${sql.param(ids)}::uuid[])`] : []),
    ];
    // The open saisines are read once: per commune, and summed for the backlog's tiles.
    const [summaries, stats, openBefore, openByOrg] = await Promise.all([
      summariesOf(tx, ids, period),
      // Every commune: their roll-up; a centre's: its communes' counts.
      input.centre ? readStats(tx, ids, period) : readOperatorStats(tx, caller.org.id, period),
      backlogBefore(tx, ids, period.from),
      countTilesByOrg(tx, scope, COMMUNE_TILES, now),
    ]);
    const backlog = backlogFrom(sumOfCounts(openByOrg));
    const open = new Map(openByOrg.map((r) => [r.orgId, r]));
    const communes = shown.map((m, i) => ({
      orgId: m.id,
      name: m.name,
      centre: m.centre,
      ...(summaries[i] as Summary),
      open: open.get(m.id)?.open ?? 0,
      breached: open.get(m.id)?.breached ?? 0,
    }));
    const byCentre = [...centres, null]
      .map((centre) => {
        const of = communes.filter((c) => c.centre === centre);
        return { centre, communes: of.length, ...sumOf(of) };
      })
      .filter((c) => c.communes > 0);
    return {
      period: periodView(period, parisToday(now)),
      centre: input.centre ?? null,
      centres,
      communes,
      byCentre,
      total: sumOf(communes),
      ...backlog,
      charts: periodCharts(stats, period, openBefore),
    };
  });
}

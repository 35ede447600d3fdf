/**
 * `dashboards.desk`: the call centre's home — what nobody holds, what the person (or their team)
 * holds, what is near or past its deadline, what waits for qualification: each count the queue's,
 * with the queue's filters (one query, two views).
 */
import { AppError } from "../../errors.ts";
import { queueScope } from "../saisines/queue-scope.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { countTiles } from "./tiles.ts";

const DUE = { open: {}, dueSoon: { due: "soon" }, breached: { due: "breached" } } as const;

export async function deskDashboard(ctx: ServiceContext) {
  if (ctx.caller.org.kind !== "operator")
    throw new AppError("FORBIDDEN", "Ce tableau de bord est celui du service commun.");
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const [all, mine, unassigned] = await Promise.all([
      queueScope(tx, ctx, {}).then((s) => s.where),
      queueScope(tx, ctx, { assignee: { kind: "me" } }).then((s) => s.where),
      queueScope(tx, ctx, { assignee: { kind: "unassigned" } }).then((s) => s.where),
    ]);
    const [everyone, own, nobody] = await Promise.all([
      countTiles(tx, all, { ...DUE, toQualify: { needsQualification: true } }, now),
      countTiles(tx, mine, DUE, now),
      countTiles(tx, unassigned, DUE, now),
    ]);
    return { all: everyone, mine: own, unassigned: nobody };
  });
}

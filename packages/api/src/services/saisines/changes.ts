/**
 * The change feed other tools poll: « what changed since my cursor ». A cursor is "xid.seq" of the
 * last change read. Only changes of transactions older than every running one are returned
 * (pg_snapshot_xmin), so a transaction that commits late, holding a smaller sequence number, is
 * still delivered on a later poll: a cursor never jumps over a change.
 */
import { schema, selectRows } from "@mutu/db";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { AppError } from "../../errors.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { sideOf } from "./access.ts";

const { saisineChanges, saisines } = schema;

function parseCursor(cursor: string) {
  const m = /^(\d{1,18})\.(\d{1,18})$/.exec(cursor);
  if (!m)
    throw new AppError(
      "BAD_REQUEST",
      "Curseur de suivi invalide : reprenez depuis le dernier reçu.",
      {
        cursor: ["Curseur invalide."],
      },
    );
  return { xid: Number(m[1]), seq: Number(m[2]) };
}

const NOW_CURSOR = "now";

export async function listChanges(
  ctx: ServiceContext,
  input: { cursor?: string | undefined; limit: number },
) {
  const { caller } = ctx;
  const commune = sideOf(caller) === "commune";
  return inTenant(ctx, async (tx) => {
    if (input.cursor === NOW_CURSOR) {
      // Start from here: everything older than the running transactions is already history.
      const rows = await selectRows<{ xmin: string }>(
        tx,
        sql`select (pg_snapshot_xmin(pg_current_snapshot())::text) as xmin`,
      );
      const xmin = Number(rows[0]?.xmin ?? 1);
      return { changes: [], nextCursor: `${xmin - 1}.${Number.MAX_SAFE_INTEGER}` };
    }
    const after = input.cursor ? parseCursor(input.cursor) : { xid: 0, seq: 0 };
    const where: SQL[] = [
      commune
        ? eq(saisineChanges.orgId, caller.org.id)
        : eq(saisineChanges.operatorId, caller.org.id),
      sql`(${saisineChanges.xid}, ${saisineChanges.seq}) > (${after.xid}::bigint, ${after.seq}::bigint)`,
      sql`${saisineChanges.xid} < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint`,
    ];
    if (commune) where.push(eq(saisineChanges.visibility, "public"));
    const rows = await tx
      .select({
        xid: saisineChanges.xid,
        seq: saisineChanges.seq,
        saisineId: saisineChanges.saisineId,
        orgId: saisineChanges.orgId,
        reference: saisines.reference,
        kind: saisineChanges.kind,
        at: saisineChanges.at,
        version: saisineChanges.rowVersion,
        status: saisineChanges.status,
      })
      .from(saisineChanges)
      .innerJoin(saisines, eq(saisines.id, saisineChanges.saisineId))
      .where(and(...where))
      .orderBy(asc(saisineChanges.xid), asc(saisineChanges.seq))
      .limit(input.limit);
    const changes = rows.map(({ xid, seq, ...r }) => ({ cursor: `${xid}.${seq}`, ...r }));
    return {
      changes,
      nextCursor: changes[changes.length - 1]?.cursor ?? input.cursor ?? "0.0",
    };
  });
}

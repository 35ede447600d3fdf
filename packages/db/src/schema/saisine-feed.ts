/**
 * What leaves a saisine's transaction for other tools: the change feed they poll (notifications
 * to people are in notifications.ts).
 *
 * The feed's cursor is (xid, seq): `xid` is the writing transaction's id. A poller only receives
 * rows of transactions older than every transaction still running (pg_snapshot_xmin), so a row
 * committed late with a smaller `seq` can never be skipped — which a bare sequence cannot promise.
 */
import { sql } from "drizzle-orm";
import { bigint, bigserial, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { instant, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { saisines } from "./saisines.ts";

export const saisineChanges = pgTable(
  "saisine_changes",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    xid: bigint({ mode: "number" }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
    operatorId: refersTo(() => organisations.id),
    orgId: refersTo(() => organisations.id),
    saisineId: refersTo(() => saisines.id),
    at: instant().notNull(),
    kind: text().notNull(),
    /** Internal changes (internal comments) are not in a commune's feed. */
    visibility: text({ enum: ["public", "interne"] }).notNull(),
    rowVersion: integer().notNull(),
    status: text().notNull(),
  },
  (t) => [
    index("saisine_changes_operator_cursor").on(t.operatorId, t.xid, t.seq),
    index("saisine_changes_org_cursor").on(t.orgId, t.xid, t.seq),
  ],
);

/**
 * A change a service made for its caller, written to the organisation's hash-chained audit trail
 * with the caller as its actor.
 */
import { type AuditInput, appendAudit, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { actorOf } from "../../auth/caller.ts";
import type { ServiceContext } from "../tenant.ts";

export const auditChange = (tx: Tx, ctx: ServiceContext, entry: Omit<AuditInput, "actor">) =>
  appendAudit(tx, { ...entry, actor: actorOf(ctx.caller) });

/**
 * A change to one record — its row updated, then the audit entry naming it — written together,
 * so that the entry is about the row the change wrote (the RGPD registers' `recordStep` is the
 * same with their evidence's trail).
 */
export async function changeRecord<T extends PgTable & { id: PgColumn }>(
  tx: Tx,
  ctx: ServiceContext,
  table: T,
  record: { id: string; orgId: string; entity: string },
  values: PgUpdateSetSource<T>,
  entry: Pick<AuditInput, "action" | "before" | "after">,
) {
  await tx.update(table).set(values).where(eq(table.id, record.id));
  await auditChange(tx, ctx, {
    orgId: record.orgId,
    entity: record.entity,
    entityId: record.id,
    ...entry,
  });
}

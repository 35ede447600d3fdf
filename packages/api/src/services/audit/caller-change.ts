/**
 * A change a service made for its caller, written to the organisation's hash-chained audit trail
 * with the caller as its actor.
 */
import type { AuditEntity } from "@mutu/domain";
import { type AuditInput, appendAudit, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
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
  record: { id: string; orgId: string; entity: AuditEntity },
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

/** A new record — its row inserted, then the audit entry naming it — written together; its id. */
export async function createRecord<T extends PgTable & { id: PgColumn }>(
  tx: Tx,
  ctx: ServiceContext,
  table: T,
  record: { orgId: string; entity: AuditEntity },
  values: PgInsertValue<T>,
  entry: Pick<AuditInput, "action" | "after">,
): Promise<{ id: string }> {
  const inserted = await tx.insert(table).values(values).returning({ id: table.id });
  const [row] = inserted as { id: string }[];
  if (!row) throw new Error(`${record.entity} insert returned nothing`);
  await auditChange(tx, ctx, { ...record, entityId: row.id, ...entry });
  return row;
}

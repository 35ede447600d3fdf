/**
 * Every read or write runs in a transaction that says whose it is. A tenant transaction switches to
 * the non-owner role `mutu_app` and sets the visible organisations, transaction-local; row-level
 * security then refuses any other tenant's rows, whatever the query forgot.
 */
import { sql } from "drizzle-orm";
import type { MutuDb, Tx } from "./client.ts";

export type TenantScope = {
  /** Organisations the caller may see: their own, plus the members for an operator. */
  orgIds: readonly string[];
  /** The operator whose world this is (its catalogue of functions, its name). */
  operatorId: string;
};

export function withTenant<T>(db: MutuDb, scope: TenantScope, fn: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    // Prepared: parsed once per connection, one round trip (an unnamed query with parameters
    // costs two) — every tenant request starts here.
    await tx
      .select({
        scope: sql`set_config('mutu.org_ids', ${scope.orgIds.join(",")}, true)
          || set_config('mutu.operator_id', ${scope.operatorId}, true)
          || set_config('role', 'mutu_app', true)`,
      })
      .from(sql`(values (1)) as scope`)
      .prepare("tenant_scope")
      .execute();
    return fn(tx);
  });
}

/** Authentication, seeding and maintenance: the owner role, explicitly flagged as system work. */
export function withSystem<T>(db: MutuDb, fn: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('mutu.system', 'on', true)`);
    return fn(tx);
  });
}

/**
 * Every read or write runs in a transaction that says whose it is. A tenant transaction switches to
 * the non-owner role `mutu_app` and sets the visible organisations, transaction-local; row-level
 * security then refuses any other tenant's rows, whatever the query forgot.
 */
import { sql } from "drizzle-orm";
import type { MutuDb, Tx } from "./client.ts";
import { statement } from "./statement.ts";

export type TenantScope = {
  /** Organisations the caller may see: their own, plus the members for an operator. */
  orgIds: readonly string[];
  /** The operator whose world this is (its catalogue of functions, its name). */
  operatorId: string;
  /** The person acting (their own notifications, views, choices); null for an API token. */
  personId?: string | null;
};

const tenantScope = statement<unknown[], { orgIds: string; operatorId: string; personId: string }>(
  "tenant_scope",
  (db) =>
    db
      .select({
        scope: sql`set_config('mutu.org_ids', ${sql.placeholder("orgIds")}, true)
          || set_config('mutu.operator_id', ${sql.placeholder("operatorId")}, true)
          || set_config('mutu.person_id', ${sql.placeholder("personId")}, true)
          || set_config('role', 'mutu_app', true)`,
      })
      .from(sql`(values (1)) as scope`),
);

export function withTenant<T>(db: MutuDb, scope: TenantScope, fn: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    // Sent, not awaited: the statements `fn` sends follow it on the same connection, so they run
    // in its scope and go out in the same round trip. Should it fail, the transaction is aborted
    // and every later statement fails with it.
    const scoped = tenantScope(tx, {
      orgIds: scope.orgIds.join(","),
      operatorId: scope.operatorId,
      personId: scope.personId ?? "",
    });
    const [, result] = await Promise.all([scoped, fn(tx)]);
    return result;
  });
}

/** Authentication, seeding and maintenance: the owner role, explicitly flagged as system work. */
export function withSystem<T>(db: MutuDb, fn: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('mutu.system', 'on', true)`);
    return fn(tx);
  });
}

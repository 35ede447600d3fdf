/**
 * Every read or write runs in a transaction that says whose it is. A tenant transaction switches to
 * the non-owner role `mutu_app` and sets the visible organisations, transaction-local; row-level
 * security then refuses any other tenant's rows, whatever the query forgot.
 */
import { sql } from "drizzle-orm";
import type { MutuDb, Tx } from "./client.ts";
import { scopedTransaction } from "./pipelined-transactions.ts";

export type TenantScope = {
  /** Organisations the caller may see: their own, plus the members for an operator. */
  orgIds: readonly string[];
  /** The operator whose world this is (its catalogue of functions, its name). */
  operatorId: string;
  /** The person acting (their own notifications, views, choices); null for an API token. */
  personId?: string | null;
};

/** The tenant's scope, transaction-local: read by the row-level security policies. */
const tenantScope = (scope: TenantScope) =>
  sql`select set_config('mutu.org_ids', ${scope.orgIds.join(",")}, true)
    || set_config('mutu.operator_id', ${scope.operatorId}, true)
    || set_config('mutu.person_id', ${scope.personId ?? ""}, true)
    || set_config('role', 'mutu_app', true)`;

export function withTenant<T>(db: MutuDb, scope: TenantScope, fn: (tx: Tx) => Promise<T>) {
  return scopedTransaction(db, tenantScope(scope), fn);
}

/** Authentication, seeding and maintenance: the owner role, explicitly flagged as system work. */
export function withSystem<T>(db: MutuDb, fn: (tx: Tx) => Promise<T>) {
  return scopedTransaction(db, sql`select set_config('mutu.system', 'on', true)`, fn);
}

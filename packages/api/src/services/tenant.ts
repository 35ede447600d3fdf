/** What every service does first: run in the caller's tenant scope, and refuse organisations it cannot see. */
import { type MutuDb, type Tx, withTenant } from "@mutu/db";
import { type Caller, scopeOf } from "../auth/caller.ts";
import { notFound } from "../errors.ts";

export type ServiceContext = { db: MutuDb; caller: Caller; now: () => Date };

export function inTenant<T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>) {
  return withTenant(ctx.db, scopeOf(ctx.caller), fn);
}

/** An organisation outside the caller's scope is reported as unknown, not as forbidden: no probing. */
export function assertVisibleOrg(caller: Caller, orgId: string) {
  if (!caller.visibleOrgIds.includes(orgId)) throw notFound("Organisation");
}

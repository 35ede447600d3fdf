/** What every service does first: run in the caller's tenant scope, and refuse organisations it cannot see. */
import { type MutuDb, type Tx, withTenant } from "@mutu/db";
import { type AnyColumn, eq, type SQL } from "drizzle-orm";
import { type Caller, scopeOf } from "../auth/caller.ts";
import { AppError, notFound } from "../errors.ts";

export type ServiceContext = { db: MutuDb; caller: Caller; now: () => Date };

export function inTenant<T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>) {
  return withTenant(ctx.db, scopeOf(ctx.caller), fn);
}

/** An organisation outside the caller's scope is reported as unknown, not as forbidden: no probing. */
export function assertVisibleOrg(caller: Caller, orgId: string) {
  if (!caller.visibleOrgIds.includes(orgId)) throw notFound("Organisation");
}

/** The commune a read is about: the caller's own unless an operator names one it can see. */
export function targetOrgId(caller: Caller, orgId: string | undefined): string {
  if (orgId) {
    assertVisibleOrg(caller, orgId);
    return orgId;
  }
  if (caller.org.kind === "commune") return caller.org.id;
  throw new AppError("BAD_REQUEST", "Choisissez la commune concernée.", {
    orgId: ["Choisissez une commune."],
  });
}

/**
 * The first conditions of a list of a register: the rows of one commune — the one named (checked),
 * else the caller's own — or none for an operator naming no commune (all of its communes').
 */
export function listedOrgs(caller: Caller, orgId: string | undefined, column: AnyColumn): SQL[] {
  return orgId || caller.org.kind === "commune" ? [eq(column, targetOrgId(caller, orgId))] : [];
}

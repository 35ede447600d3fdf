/**
 * A change a service made for its caller, written to the organisation's hash-chained audit trail
 * with the caller as its actor.
 */
import { type AuditInput, appendAudit, type Tx } from "@mutu/db";
import { actorOf } from "../../auth/caller.ts";
import type { ServiceContext } from "../tenant.ts";

export const auditChange = (tx: Tx, ctx: ServiceContext, entry: Omit<AuditInput, "actor">) =>
  appendAudit(tx, { ...entry, actor: actorOf(ctx.caller) });

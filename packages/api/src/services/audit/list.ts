/** The audit trail as the caller may see it (RLS keeps it to their organisations), filtered and paged. */
import { type AuditFilterInput, parisDayEnd, parisDayStart } from "@mutu/domain";
import { schema, verifyAuditChains } from "@mutu/db";
import { and, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";

const { auditLog } = schema;

export async function listAudit(ctx: ServiceContext, input: AuditFilterInput) {
  if (input.orgId) assertVisibleOrg(ctx.caller, input.orgId);
  const filters: (SQL | undefined)[] = [
    input.orgId ? eq(auditLog.orgId, input.orgId) : undefined,
    input.action
      ? ilike(auditLog.action, `${input.action.replace(/[%_\\]/g, "\\$&")}%`)
      : undefined,
    input.actor
      ? ilike(auditLog.actorLabel, `%${input.actor.replace(/[%_\\]/g, "\\$&")}%`)
      : undefined,
    input.from ? gte(auditLog.at, parisDayStart(input.from)) : undefined,
    input.to ? lt(auditLog.at, parisDayEnd(input.to)) : undefined,
    input.cursor ? lt(auditLog.seq, input.cursor) : undefined,
  ];
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        orgId: auditLog.orgId,
        actorLabel: auditLog.actorLabel,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
        hash: auditLog.hash,
      })
      .from(auditLog)
      .where(and(...filters))
      .orderBy(desc(auditLog.seq))
      .limit(input.limit + 1),
  );
  const page = rows.slice(0, input.limit);
  return {
    entries: page,
    nextCursor: rows.length > input.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}

/** Verifies the chains of the caller's organisations. */
export async function verifyAudit(ctx: ServiceContext) {
  const reports = await verifyAuditChains(ctx.db);
  return reports.filter((r) => ctx.caller.visibleOrgIds.includes(r.chain));
}

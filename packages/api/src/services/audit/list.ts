/**
 * The audit trail as the caller may see it (RLS keeps it to their organisations), filtered and
 * paged, each entry said in French: its action, its kind of object and that object's name
 * (entity-labels.ts).
 */
import {
  type AuditFilterInput,
  auditActionLabel,
  auditEntityLabel,
  isAuditAction,
  parisDayEnd,
  parisDayStart,
} from "@mutu/domain";
import { schema, verifyAuditChains } from "@mutu/db";
import { and, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import { assertVisibleOrg, inTenant, type ServiceContext } from "../tenant.ts";
import { entityLabels } from "./entity-labels.ts";

const { auditLog } = schema;

export async function listAudit(ctx: ServiceContext, input: AuditFilterInput) {
  if (input.orgId) assertVisibleOrg(ctx.caller, input.orgId);
  const filters: (SQL | undefined)[] = [
    input.orgId ? eq(auditLog.orgId, input.orgId) : undefined,
    // One action of the vocabulary is that action (« Connexion » is not its failures); anything
    // else is a prefix (a group of the filter, « rgpd. »).
    input.action
      ? isAuditAction(input.action)
        ? eq(auditLog.action, input.action)
        : ilike(auditLog.action, `${input.action.replace(/[%_\\]/g, "\\$&")}%`)
      : undefined,
    input.actor
      ? ilike(auditLog.actorLabel, `%${input.actor.replace(/[%_\\]/g, "\\$&")}%`)
      : undefined,
    input.from ? gte(auditLog.at, parisDayStart(input.from)) : undefined,
    input.to ? lt(auditLog.at, parisDayEnd(input.to)) : undefined,
    input.cursor ? lt(auditLog.seq, input.cursor) : undefined,
  ];
  const { rows, labels } = await inTenant(ctx, async (tx) => {
    const rows = await tx
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
      .limit(input.limit + 1);
    return { rows, labels: await entityLabels(tx, rows.slice(0, input.limit)) };
  });
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map((e) => ({
      ...e,
      actionLabel: auditActionLabel(e.action),
      entityKindLabel: e.entity ? auditEntityLabel(e.entity) : null,
      // An e-mail address is its own name (failed sign-ins); anything else is named, never an id.
      entityLabel:
        e.entity === "email" ? e.entityId : (labels.get(`${e.entity}:${e.entityId}`) ?? null),
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}

/** Verifies the chains of the caller's organisations. */
export async function verifyAudit(ctx: ServiceContext) {
  const reports = await verifyAuditChains(ctx.db);
  return reports.filter((r) => ctx.caller.visibleOrgIds.includes(r.chain));
}

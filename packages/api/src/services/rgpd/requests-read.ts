/**
 * Reading the register of requests: a commune's (or all the Métropole's communes', the nearest
 * deadline first among the open ones), and one request with its deadline, consultations, evidence
 * and documents. The person's name is shown to those who keep the register.
 */
import { requestState } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, desc, eq, isNull, isNotNull } from "drizzle-orm";
import { inTenant, listedOrgs, type ServiceContext } from "../tenant.ts";
import { caseFileOf } from "./case-file.ts";
import { sideOf, today } from "./context.ts";
import { loadRequest, requestHandlerSide } from "./requests.ts";

const { organisations, rgpdRequests } = schema;
const r = rgpdRequests;

export async function listRequests(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; open?: boolean | undefined },
) {
  const where = listedOrgs(ctx.caller, input.orgId, r.orgId);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    if (input.open === true) where.push(isNull(r.answeredAt));
    if (input.open === false) where.push(isNotNull(r.answeredAt));
    const rows = await tx
      .select({
        id: r.id,
        orgId: r.orgId,
        orgName: organisations.name,
        number: r.number,
        kind: r.kind,
        receivedAt: r.receivedAt,
        channel: r.channel,
        identityCheck: r.identityCheck,
        extendedAt: r.extendedAt,
        dueAt: r.dueAt,
        answeredAt: r.answeredAt,
        outcome: r.outcome,
      })
      .from(r)
      .innerJoin(organisations, eq(organisations.id, r.orgId))
      .where(and(...where))
      .orderBy(input.open ? asc(r.dueAt) : desc(r.receivedAt))
      .limit(1000);
    return rows.map((row) => ({
      ...row,
      state: requestState({ ...row, extended: row.extendedAt !== null }, now).state,
    }));
  });
}

export async function getRequest(ctx: ServiceContext, input: { requestId: string }) {
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const row = await loadRequest(tx, input.requestId);
    const [file, handler] = await Promise.all([
      caseFileOf(tx, row),
      requestHandlerSide(tx, ctx.caller, row.orgId, today(ctx)),
    ]);
    const open = row.answeredAt === null;
    const manage = ctx.caller.permissions.includes("rgpd.manage");
    const { state, dueAt } = requestState({ ...row, extended: row.extendedAt !== null }, now);
    return {
      ...row,
      ...file,
      state,
      dueAt,
      firstMonthEndsAt: requestState({ ...row, extended: false }, now).dueAt,
      handledBy: handler,
      mayHandle: open && manage && handler === sideOf(ctx.caller),
      mayConsult: open && manage,
    };
  });
}

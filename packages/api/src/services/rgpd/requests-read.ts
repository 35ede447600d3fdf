/**
 * Reading the register of requests: a commune's (or all the Métropole's communes', the nearest
 * deadline first among the open ones), and one request with its deadline, consultations, evidence
 * and documents. The person's name is shown to those who keep the register.
 */
import { requestState } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, asc, desc, eq, inArray, isNull, isNotNull, type SQL } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { consultationsOf } from "./breaches.ts";
import { eventsOf, registerOrgId, sideOf, today } from "./context.ts";
import { documentsOf } from "./documents.ts";
import { loadRequest, requestHandlerSide } from "./requests.ts";

const { organisations, rgpdProcessings, rgpdRequests } = schema;
const r = rgpdRequests;

export async function listRequests(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; open?: boolean | undefined },
) {
  const orgId =
    input.orgId || ctx.caller.org.kind === "commune"
      ? registerOrgId(ctx.caller, input.orgId)
      : null;
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const where: SQL[] = [];
    if (orgId) where.push(eq(r.orgId, orgId));
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
    const [consultations, events, documents, [org], handler] = await Promise.all([
      consultationsOf(tx, row.id),
      eventsOf(tx, row.id),
      documentsOf(tx, row.id),
      tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, row.orgId)),
      requestHandlerSide(tx, ctx.caller, row.orgId, today(ctx)),
    ]);
    const processings = row.processingIds.length
      ? await tx
          .select({
            id: rgpdProcessings.id,
            number: rgpdProcessings.number,
            name: rgpdProcessings.name,
          })
          .from(rgpdProcessings)
          .where(inArray(rgpdProcessings.id, row.processingIds))
      : [];
    const open = row.answeredAt === null;
    const manage = ctx.caller.permissions.includes("rgpd.manage");
    const { state, dueAt } = requestState({ ...row, extended: row.extendedAt !== null }, now);
    return {
      ...row,
      orgName: org?.name ?? "",
      state,
      dueAt,
      firstMonthEndsAt: requestState({ ...row, extended: false }, now).dueAt,
      handledBy: handler,
      processings,
      consultations: consultations.map((c) => ({
        id: c.id,
        consultedAt: c.consultedAt,
        service: c.service,
        observations: c.observations,
        recordedBy: c.actorLabel,
      })),
      mayHandle: open && manage && handler === sideOf(ctx.caller),
      mayConsult: open && manage,
      events,
      documents,
    };
  });
}

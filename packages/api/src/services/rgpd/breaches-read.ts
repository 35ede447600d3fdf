/**
 * Reading the breach register: a commune's breaches (or, for the Métropole, those of all its
 * communes, most recent awareness first), and one breach with its 72-hour deadline, its
 * consultations, evidence and what is still missing before it can be closed.
 */
import { breachCloseBlockers, breachNotificationDeadline, isLateNotification } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { eventsOf, registerOrgId } from "./context.ts";
import { consultationsOf, loadBreach, mayHandle } from "./breaches.ts";
import { documentsOf } from "./documents.ts";

const { organisations, rgpdBreaches, rgpdProcessings, saisines } = schema;

const b = rgpdBreaches;

const deadlineFacts = (row: { awareAt: Date; notifiedAt: Date | null }) => ({
  deadline: breachNotificationDeadline(row.awareAt),
  late: row.notifiedAt ? isLateNotification(row.awareAt, row.notifiedAt) : null,
});

export async function listBreaches(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; status?: "open" | "closed" | undefined },
) {
  const orgId =
    input.orgId || ctx.caller.org.kind === "commune"
      ? registerOrgId(ctx.caller, input.orgId)
      : null;
  return inTenant(ctx, async (tx) => {
    const where: SQL[] = [];
    if (orgId) where.push(eq(b.orgId, orgId));
    if (input.status) where.push(eq(b.status, input.status));
    const rows = await tx
      .select({
        id: b.id,
        orgId: b.orgId,
        orgName: organisations.name,
        number: b.number,
        title: b.title,
        natures: b.natures,
        awareAt: b.awareAt,
        handledBy: b.handledBy,
        riskLevel: b.riskLevel,
        notifiedAt: b.notifiedAt,
        personsInformedAt: b.personsInformedAt,
        status: b.status,
        closedAt: b.closedAt,
      })
      .from(b)
      .innerJoin(organisations, eq(organisations.id, b.orgId))
      .where(and(...where))
      .orderBy(desc(b.awareAt))
      .limit(1000);
    return rows.map((r) => ({ ...r, ...deadlineFacts(r) }));
  });
}

export async function getBreach(ctx: ServiceContext, input: { breachId: string }) {
  return inTenant(ctx, async (tx) => {
    const row = await loadBreach(tx, input.breachId);
    const [consultations, events, documents, [saisine], [org]] = await Promise.all([
      consultationsOf(tx, row.id),
      eventsOf(tx, row.id),
      documentsOf(tx, row.id),
      row.saisineId
        ? tx
            .select({
              id: saisines.id,
              reference: saisines.reference,
              title: saisines.title,
              type: saisines.type,
            })
            .from(saisines)
            .where(eq(saisines.id, row.saisineId))
        : Promise.resolve([]),
      tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, row.orgId)),
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
    const handles = row.status === "open" && mayHandle(ctx.caller, row);
    return {
      ...row,
      orgName: org?.name ?? "",
      ...deadlineFacts(row),
      saisine: saisine ?? null,
      processings,
      consultations: consultations.map((c) => ({
        id: c.id,
        consultedAt: c.consultedAt,
        service: c.service,
        observations: c.observations,
        recordedBy: c.actorLabel,
      })),
      blockers: row.status === "open" ? breachCloseBlockers(row) : [],
      mayHandle: handles,
      mayConsult: row.status === "open" && ctx.caller.permissions.includes("rgpd.manage"),
      events,
      documents,
    };
  });
}

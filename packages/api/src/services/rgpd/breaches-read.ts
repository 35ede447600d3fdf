/**
 * Reading the breach register: a commune's breaches (or, for the Métropole, those of all its
 * communes, most recent awareness first), and one breach with its 72-hour deadline, its
 * consultations, evidence and what is still missing before it can be closed.
 */
import { breachCloseBlockers, breachNotificationDeadline, isLateNotification } from "@mutu/domain";
import { schema } from "@mutu/db";
import { and, desc, eq } from "drizzle-orm";
import { inTenant, listedOrgs, type ServiceContext } from "../tenant.ts";
import { loadBreach, mayHandle } from "./breaches.ts";
import { caseFileOf } from "./case-file.ts";

const { organisations, rgpdBreaches, saisines } = schema;

const b = rgpdBreaches;

const deadlineFacts = (row: { awareAt: Date; notifiedAt: Date | null }) => ({
  deadline: breachNotificationDeadline(row.awareAt),
  late: row.notifiedAt ? isLateNotification(row.awareAt, row.notifiedAt) : null,
});

export async function listBreaches(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; status?: "open" | "closed" | undefined },
) {
  const where = listedOrgs(ctx.caller, input.orgId, b.orgId);
  return inTenant(ctx, async (tx) => {
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
    const [file, [saisine]] = await Promise.all([
      caseFileOf(tx, row),
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
    ]);
    const handles = row.status === "open" && mayHandle(ctx.caller, row);
    return {
      ...row,
      ...file,
      ...deadlineFacts(row),
      saisine: saisine ?? null,
      blockers: row.status === "open" ? breachCloseBlockers(row) : [],
      mayHandle: handles,
      mayConsult: row.status === "open" && ctx.caller.permissions.includes("rgpd.manage"),
    };
  });
}

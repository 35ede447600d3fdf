/**
 * How the RGPD is organised for a commune, on one page: the options of its contract in force (set
 * by amendment), its designations (its own DPO or the shared one's mission letter, its
 * correspondents — the DGS by default), how long residents' data stay in saisines, and where each
 * register stands (what waits for whom).
 */
import {
  DEFAULT_RESIDENT_RETENTION_MONTHS,
  designationProblems,
  dpoSide,
  residentDataPurgeDate,
  rgpdInterlocutors,
  type SaveRgpdSettingsInput,
} from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { and, count, eq, gt, isNotNull, isNull, lte, min, sql } from "drizzle-orm";
import { AppError, refuseProblems } from "../../errors.ts";
import { actorFrom } from "../saisines/history.ts";
import { functionCoded, functionHolders } from "../people/function-holders.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { assertPermission, leaveTrail, orgOf, rgpdOptions, today } from "./context.ts";

const {
  rgpdBreaches,
  rgpdDisagreements,
  rgpdOpinions,
  rgpdProcessings,
  rgpdReferenceNotifications,
  rgpdRequests,
  rgpdRetentionOperations,
  rgpdSettings,
  rgpdSharedProposals,
  saisines,
} = schema;

async function settingsOf(tx: Tx, orgId: string) {
  const [row] = await tx.select().from(rgpdSettings).where(eq(rgpdSettings.orgId, orgId));
  return row ?? null;
}

const n = (rows: { n: number }[]) => Number(rows[0]?.n ?? 0);

export async function rgpdOverview(ctx: ServiceContext, input: { orgId?: string | undefined }) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const day = today(ctx);
  const now = ctx.now();
  return inTenant(ctx, async (tx) => {
    const org = await orgOf(tx, orgId);
    const [options, settings, dgs] = await Promise.all([
      rgpdOptions(tx, ctx.caller, orgId, day),
      settingsOf(tx, orgId),
      functionHolders(tx, orgId, functionCoded("dgs")),
    ]);
    const p = rgpdProcessings;
    const [
      byStatus,
      opinions,
      proposals,
      breaches,
      requests,
      retention,
      notifications,
      disagreements,
    ] = await Promise.all([
      tx
        .select({ status: p.status, n: count() })
        .from(p)
        .where(eq(p.orgId, orgId))
        .groupBy(p.status),
      tx
        .select({ n: count() })
        .from(rgpdOpinions)
        .where(and(eq(rgpdOpinions.orgId, orgId), isNull(rgpdOpinions.outcome))),
      tx
        .select({ n: count() })
        .from(rgpdSharedProposals)
        .where(
          and(eq(rgpdSharedProposals.orgId, orgId), eq(rgpdSharedProposals.status, "pending")),
        ),
      tx
        .select({ n: count(), firstAware: min(rgpdBreaches.awareAt) })
        .from(rgpdBreaches)
        .where(and(eq(rgpdBreaches.orgId, orgId), eq(rgpdBreaches.status, "open"))),
      tx
        .select({
          n: count(),
          overdue: sql<number>`count(*) filter (where ${rgpdRequests.dueAt} <= ${now.toISOString()}::timestamptz)`,
        })
        .from(rgpdRequests)
        .where(and(eq(rgpdRequests.orgId, orgId), isNull(rgpdRequests.answeredAt))),
      tx
        .select({
          n: count(),
          awaitingCommune: sql<number>`count(*) filter (where ${rgpdRetentionOperations.status} = 'commune-informed')`,
        })
        .from(rgpdRetentionOperations)
        .where(
          and(
            eq(rgpdRetentionOperations.orgId, orgId),
            lte(rgpdRetentionOperations.dueOn, day),
            sql`${rgpdRetentionOperations.status} not in ('done', 'declined')`,
          ),
        ),
      tx
        .select({
          n: count(),
          unacknowledged: sql<number>`count(*) filter (where ${rgpdReferenceNotifications.acknowledgedOn} is null)`,
        })
        .from(rgpdReferenceNotifications)
        .where(eq(rgpdReferenceNotifications.orgId, orgId)),
      tx
        .select({ n: count() })
        .from(rgpdDisagreements)
        .where(and(eq(rgpdDisagreements.orgId, orgId), eq(rgpdDisagreements.status, "open"))),
    ]);
    const interlocutors = rgpdInterlocutors(
      settings?.correspondents ?? [],
      dgs.map((d) => ({ name: d.name, function: d.function, email: d.email })),
    );
    return {
      orgId,
      orgName: org.name,
      orgKind: org.kind,
      options: {
        dpoShared: options.dpoShared,
        breachesHandledBy: options.breachesHandledBy,
        dataSubjectRequestsHandledBy: options.dataSubjectRequestsHandledBy,
        subProcessorSelection: options.subProcessorSelection,
        legacyProcessingInventoryDue: options.legacyProcessingInventoryDue,
        source: options.source,
      },
      dpoSide: dpoSide(org, options.dpoShared),
      inventory: options.applications.map((a) => a.name),
      settings: {
        ownDpoName: settings?.ownDpoName ?? "",
        ownDpoEmail: settings?.ownDpoEmail ?? "",
        ownDpoDesignatedOn: settings?.ownDpoDesignatedOn ?? null,
        missionLetterReference: settings?.missionLetterReference ?? "",
        missionLetterOn: settings?.missionLetterOn ?? null,
        correspondents: settings?.correspondents ?? [],
        residentRetentionMonths:
          settings?.residentRetentionMonths ?? DEFAULT_RESIDENT_RETENTION_MONTHS,
        legacyInventorySubmittedOn: settings?.legacyInventorySubmittedOn ?? null,
        updatedAt: settings?.updatedAt ?? null,
        updatedBy: settings?.updatedByLabel ?? null,
      },
      interlocutors,
      counts: {
        processings: Object.fromEntries(byStatus.map((s) => [s.status, Number(s.n)])) as Record<
          string,
          number
        >,
        pendingOpinions: n(opinions),
        pendingProposals: n(proposals),
        openBreaches: n(breaches),
        oldestOpenBreachAwareAt: breaches[0]?.firstAware ?? null,
        openRequests: n(requests),
        overdueRequests: Number(requests[0]?.overdue ?? 0),
        retentionDue: n(retention),
        retentionAwaitingCommune: Number(retention[0]?.awaitingCommune ?? 0),
        notifications: n(notifications),
        unacknowledgedNotifications: Number(notifications[0]?.unacknowledged ?? 0),
        openDisagreements: n(disagreements),
      },
    };
  });
}

export async function saveSettings(ctx: ServiceContext, input: SaveRgpdSettingsInput) {
  assertPermission(ctx.caller, "rgpd.manage");
  const orgId = targetOrgId(ctx.caller, input.orgId);
  return inTenant(ctx, async (tx) => {
    const org = await orgOf(tx, orgId);
    if (org.kind !== "commune")
      throw new AppError("BAD_REQUEST", "Ces désignations sont celles d'une commune.");
    const options = await rgpdOptions(tx, ctx.caller, orgId, today(ctx));
    refuseProblems(designationProblems(options.dpoShared, input));
    const before = await settingsOf(tx, orgId);
    const { orgId: _o, ...fields } = input;
    const values = { ...fields, updatedAt: ctx.now(), updatedByLabel: actorFrom(ctx.caller).label };
    await tx
      .insert(rgpdSettings)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: rgpdSettings.orgId, set: values });
    const months = input.residentRetentionMonths;
    if ((before?.residentRetentionMonths ?? DEFAULT_RESIDENT_RETENTION_MONTHS) !== months)
      await alignResidentPurge(tx, orgId, months, null);
    await leaveTrail(tx, ctx, {
      orgId,
      subject: "settings",
      subjectId: orgId,
      kind: "settings-changed",
      summary:
        "Organisation RGPD de la commune mise à jour (désignations, correspondants, conservation).",
      before: before && { ...before, correspondents: before.correspondents.length },
      after: { ...fields, correspondents: fields.correspondents.length },
    });
    return { orgId };
  });
}

/**
 * Sets the residents' purge date of the commune's closed saisines (closed after `since`, or all)
 * from its retention period: mutu applies its own register's rule to its own data.
 */
export async function alignResidentPurge(
  tx: Tx,
  orgId: string,
  months: number,
  since: Date | null,
) {
  const rows = await tx
    .select({ id: saisines.id, closedAt: saisines.closedAt })
    .from(saisines)
    .where(
      and(
        eq(saisines.orgId, orgId),
        isNotNull(saisines.residentPurgeAt),
        isNull(saisines.residentAnonymisedAt),
        since ? gt(saisines.closedAt, since) : undefined,
      ),
    );
  let last = since;
  for (const row of rows) {
    if (!row.closedAt) continue;
    await tx
      .update(saisines)
      .set({ residentPurgeAt: residentDataPurgeDate(row.closedAt, months) })
      .where(eq(saisines.id, row.id));
    if (!last || row.closedAt > last) last = row.closedAt;
  }
  await tx
    .update(rgpdSettings)
    .set({ residentAlignedThrough: last })
    .where(eq(rgpdSettings.orgId, orgId));
  return rows.length;
}

/**
 * One saisine as its page shows it — routing, due dates with the time counted so far, holdings and
 * their internal clocks, attachments, decision, arbitration, what the caller may do next — and its
 * timeline (a commune never reads internal events).
 */
import {
  availableActions,
  canSeeComment,
  closableFrom,
  dueDates,
  delayTargetStates,
  dueState,
  elapsedBusinessMinutes,
  isFinalSaisineStatus,
  measuredDelays,
  type SaisineAction,
  saisineCalendarLabel,
  sidePermission,
} from "@mutu/domain";
import { schema, statement, type Tx } from "@mutu/db";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { notFound } from "../../errors.ts";
import { arbitrationOfSaisine } from "../arbitrations/of-saisine.ts";
import { versionLabel } from "../contracts/latest-signed.ts";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { canSee, type SaisineRow, sideOf, saisineColumns } from "./access.ts";
import { calendarsFor } from "./annex.ts";
import { storedSegments } from "./clock.ts";

const {
  contracts,
  contractVersions,
  organisations,
  saisineAssignments,
  saisineAttachments,
  saisineEvents,
  saisineExceptionalDecisions,
  saisines,
} = schema;

async function visibleSaisine(tx: Tx, caller: Caller, saisineId: string) {
  const [found] = await tx
    .select({ saisine: saisineColumns, orgName: organisations.name })
    .from(saisines)
    .innerJoin(organisations, eq(organisations.id, saisines.orgId))
    .where(eq(saisines.id, saisineId));
  if (!found || !canSee(caller, found.saisine)) throw notFound("Saisine");
  return found;
}

/** What the caller may do now: the lifecycle's actions for their side, if they may act for it. */
function actionsFor(caller: Caller, row: SaisineRow, now: Date): SaisineAction[] {
  const side = sideOf(caller);
  if (!caller.permissions.includes(sidePermission(side))) return [];
  return availableActions(row, side, now);
}

type ClockStatusFigure = {
  elapsed: number;
  target: number;
  ratio: number;
  warning: boolean;
  breached: boolean;
};

/** A clock's figure as the page shows it: minutes rounded, the ratio to three decimals. */
function clockFigure(status: ClockStatusFigure | null, dueAt: Date | null) {
  return status
    ? {
        targetMinutes: status.target,
        elapsedMinutes: Math.round(status.elapsed),
        ratio: Math.round(status.ratio * 1000) / 1000,
        warning: status.warning,
        breached: status.breached,
        dueAt,
      }
    : null;
}

/** The agreement that routed the saisine (a label, from when), as its page names it. */
async function routedBy(tx: Tx, row: SaisineRow) {
  if (row.annexVersionId) {
    const [version] = await tx
      .select({
        kind: contractVersions.kind,
        amendmentNumber: contractVersions.amendmentNumber,
        seq: contractVersions.seq,
        effectiveFrom: contractVersions.effectiveFrom,
      })
      .from(contractVersions)
      .where(eq(contractVersions.id, row.annexVersionId));
    return version ? { label: versionLabel(version), effectiveFrom: version.effectiveFrom } : null;
  }
  if (!row.conventionId) return null;
  const [convention] = await tx
    .select({ title: contracts.title, effectiveFrom: contracts.effectiveFrom })
    .from(contracts)
    .where(eq(contracts.id, row.conventionId));
  return convention ? { label: convention.title, effectiveFrom: convention.effectiveFrom } : null;
}

/** The agreement that routed the saisine, its clocks' periods and calendars. */
async function routingAndClocks(tx: Tx, row: SaisineRow, now: Date) {
  const version = await routedBy(tx, row);
  const segments = await storedSegments(tx, row.id);
  const calendars = await calendarsFor(
    tx,
    [...segments.contract, ...[...segments.byAssignment.values()].flat()].map(
      (s) => s.calendarVersion,
    ),
  );
  const figures =
    calendars && segments.contract.length
      ? dueDates(
          calendars,
          { contract: segments.contract, handledAt: row.handledAt },
          { handling: row.handlingTargetMinutes, resolution: row.resolutionTargetMinutes },
          now,
        )
      : null;
  const measured =
    calendars && segments.contract.length
      ? measuredDelays(calendars, segments.contract, row.handledAt, now)
      : null;
  return { version, segments, calendars, figures, measured };
}

/** Who held the saisine, each with their internal clock (running for the current holder). */
async function holdings(
  tx: Tx,
  row: SaisineRow,
  clocks: Awaited<ReturnType<typeof routingAndClocks>>,
  now: Date,
) {
  const assignments = await tx
    .select()
    .from(saisineAssignments)
    .where(eq(saisineAssignments.saisineId, row.id))
    .orderBy(asc(saisineAssignments.assignedAt));
  return assignments.map((a) => {
    const own = clocks.segments.byAssignment.get(a.id) ?? [];
    const current = a.endedAt === null && a.id === row.currentAssignmentId;
    // A holder's clock stops with the resolution: what it measured then is what it shows.
    const running = current && row.resolvedAt === null && !isFinalSaisineStatus(row.status);
    const elapsed =
      running && clocks.calendars
        ? Math.round(elapsedBusinessMinutes(clocks.calendars, own, now))
        : a.elapsedMinutes;
    return {
      id: a.id,
      assigneeLabel: a.assigneeLabel,
      assigneeKind: a.assigneePersonId ? ("person" as const) : ("team" as const),
      assignedAt: a.assignedAt,
      endedAt: a.endedAt,
      assignedByLabel: a.assignedByLabel,
      current,
      running,
      /** When its clock stopped: the holding's end, else the resolution (or the closing). */
      stoppedAt: a.endedAt ?? (current && !running ? (row.resolvedAt ?? row.closedAt) : null),
      targetMinutes: a.targetMinutes,
      elapsedMinutes: elapsed,
      dueAt: a.dueAt,
      breached: a.targetMinutes !== null && elapsed >= a.targetMinutes,
    };
  });
}

/** Attachments (a commune reads the public ones), the managers' decision, the last answer. */
async function records(tx: Tx, row: SaisineRow, commune: boolean) {
  const attachments = await tx
    .select({
      id: saisineAttachments.id,
      fileName: saisineAttachments.fileName,
      mediaType: saisineAttachments.mediaType,
      sizeBytes: saisineAttachments.sizeBytes,
      sha256: saisineAttachments.sha256,
      visibility: saisineAttachments.visibility,
      actorLabel: saisineAttachments.actorLabel,
      createdAt: saisineAttachments.createdAt,
    })
    .from(saisineAttachments)
    .where(
      and(
        eq(saisineAttachments.saisineId, row.id),
        commune ? eq(saisineAttachments.visibility, "public") : undefined,
      ),
    )
    .orderBy(asc(saisineAttachments.createdAt));
  const [decision] = await tx
    .select()
    .from(saisineExceptionalDecisions)
    .where(eq(saisineExceptionalDecisions.saisineId, row.id));
  const [resolution] = row.resolvedAt
    ? await tx
        .select({
          body: saisineEvents.body,
          at: saisineEvents.at,
          actorLabel: saisineEvents.actorLabel,
        })
        .from(saisineEvents)
        .where(and(eq(saisineEvents.saisineId, row.id), eq(saisineEvents.kind, "resolved")))
        .orderBy(desc(saisineEvents.id))
        .limit(1)
    : [];
  return {
    attachments,
    exceptionalDecision: decision
      ? {
          outcome: decision.outcome,
          decidedOn: decision.decidedOn,
          reasons: decision.reasons,
          adaptedMeans: decision.adaptedMeans,
          communeManager: decision.communeManager,
          sharedServiceManager: decision.sharedServiceManager,
          recordedBy: decision.actorLabel,
        }
      : null,
    resolution: resolution
      ? { note: resolution.body, at: resolution.at, by: resolution.actorLabel }
      : null,
  };
}

/** A resident's contact as the page may show it: gone once anonymised. */
function residentOf(row: SaisineRow) {
  if (!row.onBehalfOf) return null;
  return row.onBehalfOf.name
    ? { name: row.onBehalfOf.name, contact: row.onBehalfOf.contact, anonymised: false }
    : { name: null, contact: null, anonymised: true };
}

export async function getSaisine(ctx: ServiceContext, input: { saisineId: string }) {
  const { caller } = ctx;
  const now = ctx.now();
  const commune = sideOf(caller) === "commune";
  return inTenant(ctx, async (tx) => {
    const { saisine: row, orgName } = await visibleSaisine(tx, caller, input.saisineId);
    const clocks = await routingAndClocks(tx, row, now);
    const { version, segments, calendars, figures, measured } = clocks;
    const assignments = await holdings(tx, row, clocks, now);
    const related = await records(tx, row, commune);
    const arbitration = await arbitrationOfSaisine(tx, row.id);
    return {
      id: row.id,
      orgId: row.orgId,
      orgName,
      reference: row.reference,
      title: row.title,
      description: row.description,
      site: row.site,
      type: row.type,
      subDomain: row.subDomain,
      nature: row.nature,
      criticality: row.criticality,
      channel: row.channel,
      application: row.application,
      firstContactResolution: row.firstContactResolution,
      status: row.status,
      version: row.rowVersion,
      dueState: dueState(row, now),
      filedByLabel: row.filedByLabel,
      filedByPersonId: row.filedByPersonId,
      requesterId: row.requesterId,
      requesterLabel: row.requesterLabel,
      onBehalfOf: residentOf(row),
      residentPurgeAt: row.residentPurgeAt,
      routing: {
        annexVersionId: row.annexVersionId,
        annexVersionLabel: version?.label ?? null,
        annexEffectiveFrom: version?.effectiveFrom ?? null,
        communeFunction: row.communeFunction,
        sharedServiceFunction: row.sharedServiceFunction,
        proximityCentre: row.proximityCentre,
        proximityCentreName: row.proximityCentreName,
        needsQualification: row.needsQualification,
        qualificationReason: row.qualificationReason,
        calendarVersion: row.calendarVersion,
        calendarLabel: row.calendarVersion ? saisineCalendarLabel(row.calendarVersion) : null,
      },
      assignee: row.assigneeLabel
        ? {
            kind: row.assigneePersonId ? ("person" as const) : ("team" as const),
            id: row.assigneePersonId ?? row.assigneeTeamId ?? "",
            label: row.assigneeLabel,
          }
        : null,
      handledAt: row.handledAt,
      resolvedAt: row.resolvedAt,
      closedAt: row.closedAt,
      closableFrom:
        row.resolvedAt && row.status === "resolue" ? closableFrom(row.resolvedAt) : null,
      handlingDueAt: row.handlingDueAt,
      resolutionDueAt: row.resolutionDueAt,
      warnAt: row.warnAt,
      clocks: {
        /** null when the annex gives no usable hours: due dates unknown, never invented. */
        calendarUsable: calendars !== null,
        handling: clockFigure(figures?.handling ?? null, row.handlingDueAt),
        resolution: clockFigure(figures?.resolution ?? null, row.resolutionDueAt),
        /** Whether each delay has a target, is still « à définir », or is not the contract's. */
        targets: delayTargetStates(row),
        /** Business minutes measured so far (or in all, once reached), with or without a target. */
        measured,
        periods: segments.contract.map(({ seq: _s, ...s }) => ({
          ...s,
          calendarLabel: saisineCalendarLabel(s.calendarVersion),
        })),
      },
      assignments,
      ...related,
      arbitration,
      allowedActions: actionsFor(caller, row, now),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

const timelineSaisine = statement("timeline_saisine", (db) =>
  db
    .select({
      id: saisines.id,
      reference: saisines.reference,
      requesterId: saisines.requesterId,
      filedByTokenId: saisines.filedByTokenId,
    })
    .from(saisines)
    .where(eq(saisines.id, sql.placeholder("saisineId"))),
);

/** A saisine's events, oldest first: all of them, or the public ones (a commune's view). */
const timelineEvents = (publicOnly: boolean) =>
  statement(publicOnly ? "timeline_public" : "timeline_all", (db) =>
    db
      .select({
        id: saisineEvents.id,
        at: saisineEvents.at,
        kind: saisineEvents.kind,
        visibility: saisineEvents.visibility,
        actorLabel: saisineEvents.actorLabel,
        actorSide: saisineEvents.actorSide,
        body: saisineEvents.body,
        statusAfter: saisineEvents.statusAfter,
        payload: saisineEvents.payload,
      })
      .from(saisineEvents)
      .where(
        and(
          eq(saisineEvents.saisineId, sql.placeholder("saisineId")),
          publicOnly ? eq(saisineEvents.visibility, "public") : undefined,
        ),
      )
      .orderBy(asc(saisineEvents.id))
      .limit(2000),
  );
const publicEvents = timelineEvents(true);
const allEvents = timelineEvents(false);

export async function saisineTimeline(ctx: ServiceContext, input: { saisineId: string }) {
  const { caller } = ctx;
  const seesInternal = canSeeComment(sideOf(caller), "interne");
  return inTenant(ctx, async (tx) => {
    // Both reads in one round trip; the events are returned only if the saisine is visible.
    const [[row], events] = await Promise.all([
      timelineSaisine(tx, { saisineId: input.saisineId }),
      (seesInternal ? allEvents : publicEvents)(tx, { saisineId: input.saisineId }),
    ]);
    if (!row || !canSee(caller, row)) throw notFound("Saisine");
    return { saisineId: row.id, reference: row.reference, events };
  });
}

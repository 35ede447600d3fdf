/**
 * Reading projects: one project with its history (decisions, phases, effort), and a commune's
 * projects for a year with its digital plan, indicators 2.1.1 / 2.1.2 and, for a member of a
 * convention, the use of its share of the level-1 pool.
 */
import { schema, type Tx } from "@mutu/db";
import {
  ACTIVITY_OF_SCOPE,
  availableProjectActions,
  daysOf,
  dpoOpinionRecorder,
  level1PoolUse,
  parisDate,
  planUpkeep,
  projectDeliveryRate,
  projectLoad,
  tariffByCode,
} from "@mutu/domain";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { notFound } from "../../errors.ts";
import { contractOfOrg, selectVersions, withPeriods } from "../contracts/read-model.ts";
import { inTenant, type ServiceContext, targetOrgId } from "../tenant.ts";
import { type ProjectRow, sideOfCaller } from "./access.ts";
import { missionHalfDays } from "./level1.ts";
import { prepared } from "../saisines/prepared.ts";
import { arbitrationMeetingsOf } from "./meetings.ts";

const {
  contractVersions,
  digitalPlans,
  organisations,
  projectDecisions,
  projectEffort,
  projectPhaseChanges,
  projects,
} = schema;

/** A project as lists show it: its facts and the days estimated and logged. */
export function summaryOf(row: ProjectRow, loggedHalfDays: number) {
  return {
    id: row.id,
    orgId: row.orgId,
    kind: row.kind,
    title: row.title,
    scope: row.scope,
    status: row.status,
    plannedYear: row.plannedYear,
    deliveredOn: row.deliveredOn,
    estimatedDays: row.estimatedHalfDays === null ? null : daysOf(row.estimatedHalfDays),
    loggedDays: daysOf(loggedHalfDays),
    personalData: row.personalData,
    filedAt: row.filedAt,
    filedBy: row.actorLabel,
  };
}

export async function projectDetail(tx: Tx, caller: Caller, projectId: string) {
  const [row] = await tx.select().from(projects).where(eq(projects.id, projectId));
  if (!row || !caller.visibleOrgIds.includes(row.orgId)) throw notFound("Projet");
  const [org] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, row.orgId));
  const decisions = await tx
    .select()
    .from(projectDecisions)
    .where(eq(projectDecisions.projectId, row.id))
    .orderBy(asc(projectDecisions.decidedOn), asc(projectDecisions.createdAt));
  const phases = await tx
    .select()
    .from(projectPhaseChanges)
    .where(eq(projectPhaseChanges.projectId, row.id))
    .orderBy(asc(projectPhaseChanges.createdAt));
  const effort = await tx
    .select()
    .from(projectEffort)
    .where(eq(projectEffort.projectId, row.id))
    .orderBy(desc(projectEffort.workedOn), desc(projectEffort.createdAt));
  const logged = effort.reduce((sum, e) => sum + e.halfDays, 0);
  const actions =
    caller.org.kind === "operator" ? availableProjectActions(row.kind, row.status) : [];
  // The arbitration form offers the held meetings of the body that arbitrates for the commune.
  const arbitrationMeetings = actions.includes("arbitrer")
    ? await arbitrationMeetingsOf(tx, row)
    : [];
  return {
    ...summaryOf(row, logged),
    orgName: org?.name ?? "",
    subDomain: row.subDomain,
    fiche: row.fiche,
    study: row.study,
    dpoOpinion: row.dpoOpinion,
    planProjet: row.planProjet,
    missionLetter: row.missionLetter,
    actions,
    canGiveDpoOpinion:
      row.kind === "projet" &&
      row.personalData === true &&
      dpoOpinionRecorder({ side: sideOfCaller(caller), permissions: caller.permissions }) !== null,
    arbitrationMeetings,
    decisions: decisions.map((d) => ({
      decision: d.decision,
      decidedOn: d.decidedOn,
      body: d.body,
      reasons: d.reasons,
      plannedYear: d.plannedYear,
      meetingId: d.meetingId,
      meetingRef: d.meetingRef,
      recordedBy: d.actorLabel,
    })),
    phases: phases.map((p) => ({
      from: p.fromStatus,
      to: p.toStatus,
      changedOn: p.changedOn,
      note: p.note,
      by: p.actorLabel,
    })),
    effort: effort.map((e) => ({
      workedOn: e.workedOn,
      days: daysOf(e.halfDays),
      activity: e.activity,
      note: e.note,
      by: e.actorLabel,
    })),
  };
}

/** The days a year of projects is committed to by the engagement contract in force that year. */
async function committedDaysOf(tx: Tx, orgId: string, year: number, today: string) {
  const contract = await contractOfOrg(tx, orgId, "engagement");
  if (!contract) return null;
  const versions = await selectVersions(tx, [contract.id], false);
  const end = `${year}-12-31`;
  const day = today < end ? today : end;
  const inForce = withPeriods(versions, contract.effectiveTo, day).find((v) => v.inForce);
  if (!inForce) return null;
  const [version] = await tx
    .select({ annex: contractVersions.annex })
    .from(contractVersions)
    .where(eq(contractVersions.id, inForce.id));
  return version?.annex.projectDaysPerYear ?? null;
}

/** A member's use of its level-1 share in a year (missions' effort), when it is a member. */
async function level1Use(tx: Tx, orgId: string, year: number) {
  const convention = await contractOfOrg(tx, orgId, "convention");
  const tariff = tariffByCode(convention?.tariffCode ?? null);
  if (!convention || !tariff || convention.population === null) return null;
  const charged = await missionHalfDays(tx, [orgId], year);
  return level1PoolUse(tariff, convention.population, year, charged.get(orgId) ?? 0);
}

/** A commune without projects: nothing logged, nothing decided. */
const NOTHING_LOGGED = {
  effort: [] as (typeof projectEffort.$inferSelect)[],
  decisions: [] as { projectId: string; plannedYear: number | null }[],
};

/**
 * A commune's projects of a year, read in the caller's transaction: the list, its plan, indicators
 * 2.1.1 / 2.1.2 and a member's level-1 share — what the projects page, the annual report and the
 * indicators feature all show, computed once here.
 */
export async function projectsYear(tx: Tx, orgId: string, year: number, today: string) {
  // Independent reads sent together, prepared: postgres.js pipelines them on the transaction's
  // connection (one round trip per step of the longest chain, not one per statement; an
  // unprepared query with parameters would hold every later one until it is answered).
  const listed = prepared(
    tx.select().from(projects).where(eq(projects.orgId, orgId)).orderBy(desc(projects.filedAt)),
  ).then(async (rows) => {
    const ids = rows.map((r) => r.id);
    if (!ids.length) return { rows, ...NOTHING_LOGGED };
    const [effort, decisions] = await Promise.all([
      prepared(tx.select().from(projectEffort).where(inArray(projectEffort.projectId, ids))),
      prepared(
        tx
          .select({
            projectId: projectDecisions.projectId,
            plannedYear: projectDecisions.plannedYear,
          })
          .from(projectDecisions)
          .where(inArray(projectDecisions.projectId, ids)),
      ),
    ]);
    return { rows, effort, decisions };
  });
  const [{ rows, effort, decisions }, plans, committedDays, level1] = await Promise.all([
    listed,
    prepared(
      tx
        .select()
        .from(digitalPlans)
        .where(eq(digitalPlans.orgId, orgId))
        .orderBy(desc(digitalPlans.adoptedOn)),
    ),
    committedDaysOf(tx, orgId, year, today),
    level1Use(tx, orgId, year),
  ]);
  const ids = rows.map((r) => r.id);
  const loggedOf = (id: string) =>
    effort.filter((e) => e.projectId === id).reduce((sum, e) => sum + e.halfDays, 0);
  const planned = (r: ProjectRow) =>
    r.kind === "mission"
      ? []
      : decisions.flatMap((d) =>
          d.projectId === r.id && d.plannedYear !== null ? [d.plannedYear] : [],
        );
  const projectRows = rows.filter((r) => r.kind === "projet");
  return {
    orgId,
    year,
    projects: rows.map((r) => summaryOf(r, loggedOf(r.id))),
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      startYear: p.startYear,
      adoptedOn: p.adoptedOn,
      summary: p.summary,
    })),
    upkeep: planUpkeep(plans, today),
    load: projectLoad({
      year,
      committedDays,
      effort: effort.filter((e) => projectRows.some((r) => r.id === e.projectId)),
      projects: projectRows.map((r) => ({
        estimatedHalfDays: r.estimatedHalfDays,
        plannedYear: r.plannedYear,
        activity: ACTIVITY_OF_SCOPE[r.scope],
      })),
    }),
    delivery: projectDeliveryRate(
      rows.map((r) => ({ kind: r.kind, plannedYears: planned(r), deliveredOn: r.deliveredOn })),
      year,
    ),
    level1,
    /** Half days logged on each project during `year`. */
    yearHalfDays: new Map(
      ids.map((id) => [
        id,
        effort
          .filter((e) => e.projectId === id && e.workedOn.startsWith(`${year}-`))
          .reduce((sum, e) => sum + e.halfDays, 0),
      ]),
    ),
    plannedYearsOf: (r: ProjectRow) => planned(r),
    rows,
  };
}

export async function projectsOfOrg(
  ctx: ServiceContext,
  input: { orgId?: string | undefined; year?: number | undefined },
) {
  const orgId = targetOrgId(ctx.caller, input.orgId);
  const today = parisDate(ctx.now());
  const year = input.year ?? Number(today.slice(0, 4));
  return inTenant(ctx, async (tx) => {
    const {
      yearHalfDays: _y,
      plannedYearsOf: _p,
      rows: _r,
      ...read
    } = await projectsYear(tx, orgId, year, today);
    return read;
  });
}

export async function getProject(ctx: ServiceContext, input: { projectId: string }) {
  return inTenant(ctx, (tx) => projectDetail(tx, ctx.caller, input.projectId));
}

/**
 * Projects: a commune's digital plan (« schéma numérique », versions adopted yearly), its projects
 * filed through a fiche projet or opened by a lettre de mission (level-1 missions), the steering
 * committee's decisions, the phases followed, and the effort logged in half days.
 */
import {
  PROJECT_ACTIVITIES,
  PROJECT_DECISIONS,
  PROJECT_KINDS,
  PROJECT_SCOPES,
  PROJECT_STATUSES,
} from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { actorColumns, historyColumns } from "./actors.ts";
import { calendarDate, createdAt, id, instant, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { meetings } from "./meetings.ts";
import { organisations } from "./organisations.ts";

/** Each adoption or yearly revision of a commune's three-year digital plan. */
export const digitalPlans = pgTable(
  "digital_plans",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    title: text().notNull(),
    startYear: integer().notNull(),
    adoptedOn: calendarDate().notNull(),
    summary: text().notNull(),
    ...historyColumns(),
  },
  (t) => [unique().on(t.orgId, t.adoptedOn)],
);

/** A project of a commune, or a level-1 mission; its documents as the domain's schemas parse them. */
export const projects = pgTable(
  "projects",
  {
    id: id(),
    ...orgAndOperator(),
    kind: text({ enum: PROJECT_KINDS }).notNull(),
    title: text().notNull(),
    scope: text({ enum: PROJECT_SCOPES }).notNull(),
    subDomain: text(),
    status: text({ enum: PROJECT_STATUSES }).notNull(),
    /** The fiche projet (002 annex 3); null for a mission. */
    fiche: jsonb().$type<Record<string, unknown>>(),
    study: jsonb().$type<Record<string, unknown>>(),
    /** The study's estimate (or the letter's planned days), in half days. */
    estimatedHalfDays: integer(),
    personalData: boolean(),
    dpoOpinion: jsonb().$type<Record<string, unknown>>(),
    planProjet: jsonb().$type<Record<string, unknown>>(),
    missionLetter: jsonb().$type<Record<string, unknown>>(),
    /** The year the latest decision retained it for. */
    plannedYear: integer(),
    deliveredOn: calendarDate(),
    filedAt: instant().notNull(),
    ...actorColumns(),
    updatedAt: instant().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.filedAt),
    check("projects_known_kind", oneOf(t.kind, PROJECT_KINDS)),
    check("projects_known_scope", oneOf(t.scope, PROJECT_SCOPES)),
    check("projects_known_status", oneOf(t.status, PROJECT_STATUSES)),
    check("projects_fiche_or_letter", sql`(${t.kind} = 'projet') = (${t.fiche} is not null)`),
  ],
);

/** The keys opening each row about a project: its own id, the project's, the commune's. */
const projectRowKeys = () => ({
  id: id(),
  projectId: refersTo(() => projects.id),
  orgId: refersTo(() => organisations.id),
});

/**
 * The steering committee's decisions on a project: the held meeting that took it (its body's name
 * and day copied), the decision, the reasons. Decisions recorded before meetings existed in mutu
 * have no meeting and may keep the free reference to their minutes (`meeting_ref`, history only).
 */
export const projectDecisions = pgTable(
  "project_decisions",
  {
    ...projectRowKeys(),
    decision: text({ enum: PROJECT_DECISIONS }).notNull(),
    decidedOn: calendarDate().notNull(),
    body: text().notNull(),
    reasons: text().notNull(),
    plannedYear: integer(),
    meetingId: uuid().references(() => meetings.id),
    meetingRef: text(),
    ...historyColumns(),
  },
  (t) => [
    index().on(t.projectId),
    index().on(t.orgId),
    index().on(t.meetingId),
    check("project_decisions_known_decision", oneOf(t.decision, PROJECT_DECISIONS)),
  ],
);

/** Each change of phase (and the abandonment), with its Paris day. */
export const projectPhaseChanges = pgTable(
  "project_phase_changes",
  {
    ...projectRowKeys(),
    fromStatus: text({ enum: PROJECT_STATUSES }).notNull(),
    toStatus: text({ enum: PROJECT_STATUSES }).notNull(),
    changedOn: calendarDate().notNull(),
    note: text(),
    ...historyColumns(),
  },
  (t) => [index().on(t.projectId), index().on(t.orgId)],
);

/** Effort logged on a project, in whole half days, under the activity of its scope. */
export const projectEffort = pgTable(
  "project_effort",
  {
    ...projectRowKeys(),
    workedOn: calendarDate().notNull(),
    halfDays: integer().notNull(),
    activity: text({ enum: PROJECT_ACTIVITIES }).notNull(),
    note: text(),
    ...historyColumns(),
  },
  (t) => [
    index().on(t.orgId, t.workedOn),
    index().on(t.projectId),
    check("project_effort_positive", sql`${t.halfDays} > 0`),
    check("project_effort_known_activity", oneOf(t.activity, PROJECT_ACTIVITIES)),
  ],
);

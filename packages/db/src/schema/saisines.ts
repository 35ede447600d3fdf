/**
 * Saisines: requests to the shared service (000 art. 4), their timeline, their SLA clocks, the
 * teams holding them, attachments and exceptional decisions. Arbitrations are in arbitrations.ts.
 *
 * Reading paths are designed for the queues: due dates are stored on the row (recomputed at every
 * event), `due_sort` orders by the nearest one, and partial indexes cover open saisines only, so
 * "due soon / breached" and a queue page never scan ten years of closed history. Clock segments
 * and events are append-only history: a calendar edited later never rewrites them.
 */
import {
  FINAL_SAISINE_STATUSES,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  SAISINE_STATUSES,
  SAISINE_TYPES,
} from "@mutu/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  type IndexColumn,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { apiTokens } from "./auth.ts";
import { actorColumns, historyColumns } from "./actors.ts";
import { calendarDate, id, instant, oneOf, refersTo, sqlList, timestamps } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { contracts, contractVersions } from "./contracts.ts";
import { saisineSortExpressions } from "./saisine-sorts.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { teams } from "./teams.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Closed and refused are final; everything else (resolved included: the commune must answer) is open. */
export const FINAL_STATUSES_SQL = sqlList(FINAL_SAISINE_STATUSES);

/** Who reads a timeline entry or a file: the commune too, or the operator only. */
const VISIBILITIES = ["public", "interne"] as const;

/** The saisine a history row belongs to, and its commune (row-level security keys on org_id). */
const ofSaisine = () => ({
  saisineId: refersTo(() => saisines.id),
  orgId: refersTo(() => organisations.id),
});

/** Reference numbers « BEG-2026-000123 »: one counter per commune and Paris year. */
export const saisineCounters = pgTable(
  "saisine_counters",
  {
    orgId: refersTo(() => organisations.id),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);

/**
 * The queue sorted by any of its columns, a page read in order from an index: one per sort key
 * over open saisines (the working queue, small) and one over the whole history.
 */
function queueSortIndexes(
  t: Parameters<typeof saisineSortExpressions>[0] & { operatorId: IndexColumn; id: IndexColumn },
) {
  const keys = saisineSortExpressions(t);
  const open = (["created", "updated", "reference", "title", "status", "assignee"] as const).map(
    (key) =>
      index(`saisines_operator_open_${key}`).on(t.operatorId, keys[key], t.id).where(sql`is_open`),
  );
  const all = (["due", "updated", "reference", "title", "status", "assignee"] as const).map((key) =>
    index(`saisines_operator_${key}`).on(t.operatorId, keys[key], t.id),
  );
  return [...open, ...all];
}

export const saisines = pgTable(
  "saisines",
  {
    id: id(),
    /** The member commune the saisine is about (row-level security keys on it). */
    ...orgAndOperator(),
    reference: text().notNull(),
    type: text({ enum: SAISINE_TYPES }).notNull(),
    subDomain: text({ enum: ["A", "B", "C", "D"] }).notNull(),
    nature: text({ enum: SAISINE_NATURES }).notNull(),
    criticality: text({ enum: SAISINE_CRITICALITIES }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    site: text(),
    channel: text({ enum: SAISINE_CHANNELS }).notNull(),
    status: text({ enum: SAISINE_STATUSES }).notNull(),
    isOpen: boolean()
      .notNull()
      .generatedAlwaysAs((): SQL => sql`status not in ${sql.raw(FINAL_STATUSES_SQL)}`),

    // Who filed it, for whom.
    filedByPersonId: uuid().references(() => people.id),
    filedByTokenId: uuid().references(() => apiTokens.id),
    filedByLabel: text().notNull(),
    filedByOrgId: refersTo(() => organisations.id),
    /** The commune person it is filed for: the filer on the portal, the caller for the call centre. */
    requesterId: uuid().references(() => people.id),
    requesterLabel: text(),
    /** A resident's name and one way to reach them; anonymised after the retention period. */
    onBehalfOf: jsonb().$type<{
      name: string | null;
      contact: { kind: "email" | "telephone"; value: string } | null;
      anonymisedAt?: string;
    }>(),
    residentPurgeAt: instant(),
    residentAnonymisedAt: instant(),

    // Routing by the agreement in force (recorded as routed, re-routed at each qualification):
    // the annex of a contrat d'engagement, or a Redon convention (which has no annex).
    annexVersionId: uuid().references(() => contractVersions.id),
    conventionId: uuid().references(() => contracts.id),
    communeFunction: text(),
    sharedServiceFunction: text().notNull(),
    proximityCentre: boolean().notNull(),
    proximityCentreName: text(),
    needsQualification: boolean().notNull(),
    qualificationReason: text(),
    /** The calendar the contract clock runs on now (saisineCalendarVersion), null without usable hours. */
    calendarVersion: text(),
    /** Targets copied at filing (and on requalification): a later agreement never rewrites them. */
    handlingTargetMinutes: integer(),
    resolutionTargetMinutes: integer(),
    exceptionAccepted: boolean().notNull().default(false),

    // Who holds it.
    assigneePersonId: uuid().references(() => people.id),
    assigneeTeamId: uuid().references(() => teams.id),
    assigneeLabel: text(),
    currentAssignmentId: uuid(),

    handledAt: instant(),
    resolvedAt: instant(),
    closedAt: instant(),
    /**
     * Business minutes its handling and its resolution took on the contract clock (indicators
     * 3.3.1, 3.3.2, 4.1.1, 4.1.2), set when reached; a reopening clears the resolution's.
     */
    handlingMinutes: integer(),
    resolutionMinutes: integer(),
    /** Resolved by the call centre while registering it (« résolu au premier contact »). */
    firstContactResolution: boolean().notNull().default(false),
    /** The application of the commune's inventory it concerns, when named. */
    application: text(),

    // Stored due dates: null when not pending (met, paused, no target). Reached late: the breach instant.
    handlingDueAt: instant(),
    resolutionDueAt: instant(),
    /** 75 % of the nearest pending target: « bientôt dû » from then on. */
    warnAt: instant(),
    dueSort: instant()
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`coalesce(least(handling_due_at, resolution_due_at), 'infinity'::timestamptz)`,
      ),
    /** Next instant the SLA watcher must look at this saisine (a 75 % warning or a breach not yet sent). */
    alertAt: instant(),
    alertsSent: text().array().notNull().default(sql`'{}'::text[]`),

    rowVersion: integer().notNull().default(1),
    idempotencyKey: text(),
    /** SHA-256 of the request that used the key: the same key with other content is a conflict. */
    idempotencyHash: text(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('french'::regconfig, reference || ' ' || title), 'A') || setweight(to_tsvector('french'::regconfig, coalesce(site, '') || ' ' || description), 'B')`,
      ),
    ...timestamps(),
  },
  (t) => [
    unique().on(t.orgId, t.reference),
    // NULLs are distinct: saisines without a key never collide.
    unique("saisines_idempotency").on(t.orgId, t.idempotencyKey),
    // A commune's open queue, by due date then id (keyset pagination).
    index("saisines_org_open_due").on(t.orgId, t.dueSort, t.id).where(sql`is_open`),
    index("saisines_org_created").on(t.orgId, t.createdAt, t.id),
    // Indicators per period: what was handled, or resolved, in a commune's month or year. The
    // delays and what sorts them (delayMinutes) are in the index: percentiles read it alone.
    index("saisines_org_handled")
      .on(t.orgId, t.handledAt, t.handlingMinutes, t.type, t.subDomain, t.nature)
      .where(sql`handled_at is not null`),
    index("saisines_org_resolved")
      .on(t.orgId, t.resolvedAt, t.resolutionMinutes, t.type, t.subDomain, t.nature)
      .where(sql`resolved_at is not null`),
    // The dashboards' tiles over open saisines (dashboards/tiles.ts), counted from these small
    // indexes alone: every column their conditions read (is_open too: the counts' filters name
    // it), per commune and per operator.
    index("saisines_org_open_tiles")
      .on(t.orgId, t.status, t.dueSort, t.warnAt, t.createdAt, t.requesterId, t.isOpen)
      .where(sql`is_open`),
    index("saisines_operator_open_tiles")
      .on(t.operatorId, t.orgId, t.status, t.dueSort, t.warnAt, t.createdAt, t.isOpen)
      .where(sql`is_open`),
    index("saisines_requester_created").on(t.requesterId, t.createdAt, t.id),
    // The operator's queue across communes.
    index("saisines_operator_open_due").on(t.operatorId, t.dueSort, t.id).where(sql`is_open`),
    index("saisines_operator_created").on(t.operatorId, t.createdAt, t.id),
    index("saisines_assignee_person_open")
      .on(t.assigneePersonId, t.dueSort, t.id)
      .where(sql`is_open and assignee_person_id is not null`),
    index("saisines_assignee_team_open")
      .on(t.assigneeTeamId, t.dueSort, t.id)
      .where(sql`is_open and assignee_team_id is not null`),
    index("saisines_alert_at").on(t.alertAt).where(sql`alert_at is not null`),
    index("saisines_resident_purge")
      .on(t.residentPurgeAt)
      .where(sql`resident_purge_at is not null and resident_anonymised_at is null`),
    // Without GIN's pending list (fastupdate): rows filed or changed since the last vacuum would
    // otherwise be scanned one by one by every search, until an unlucky write flushes them all
    // (docs/adr/0034).
    // Two halves, open and closed saisines (docs/adr/0040): a search of the open queue reads only
    // the small one — given a whole-table index, the planner intersected it with the filters' index
    // and spent 45 ms walking the 71,000 saisines of ten years that say « lent ». A search across
    // both ORs the halves' bitmaps (the query says `is_open or not is_open`, `filterConditions`).
    index("saisines_search_open")
      .using("gin", t.search)
      .with({ fastupdate: false })
      .where(sql`is_open`),
    index("saisines_search_closed")
      .using("gin", t.search)
      .with({ fastupdate: false })
      .where(sql`not is_open`),
    ...queueSortIndexes(t),
    // Counts per status of the open queue, read from the index alone under the usual filters.
    index("saisines_operator_open_counts")
      .on(t.operatorId, t.status, t.orgId, t.subDomain, t.type, t.nature, t.criticality)
      .where(sql`is_open`),
    check("saisines_one_agreement", sql`num_nonnulls(${t.annexVersionId}, ${t.conventionId}) = 1`),
    check("saisines_known_type", oneOf(t.type, SAISINE_TYPES)),
    check("saisines_known_sub_domain", oneOf(t.subDomain, ["A", "B", "C", "D"])),
    check("saisines_known_nature", oneOf(t.nature, SAISINE_NATURES)),
    check("saisines_known_criticality", oneOf(t.criticality, SAISINE_CRITICALITIES)),
    check("saisines_known_channel", oneOf(t.channel, SAISINE_CHANNELS)),
    check("saisines_known_status", oneOf(t.status, SAISINE_STATUSES)),
    check(
      "saisines_one_assignee",
      sql`${t.assigneePersonId} is null or ${t.assigneeTeamId} is null`,
    ),
    check("saisines_row_version_positive", sql`${t.rowVersion} > 0`),
  ],
);

/**
 * The timeline: every event of a saisine, public (the commune reads it) or internal (the
 * operator's working notes). Events that move the SLA clocks carry their clock event, from which
 * the clocks are rebuilt (clockSegmentsFromEvents). Append-only but for resident-data redaction.
 */
export const saisineEvents = pgTable(
  "saisine_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    ...ofSaisine(),
    at: instant().notNull(),
    kind: text().notNull(),
    visibility: text({ enum: VISIBILITIES }).notNull(),
    ...actorColumns(),
    body: text(),
    statusAfter: text(),
    payload: jsonb().$type<Record<string, unknown>>(),
    /** The SaisineClockEvent this event is (its `at` is the column), or null. */
    clock: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index("saisine_events_saisine").on(t.saisineId, t.id),
    index("saisine_events_clock").on(t.saisineId, t.id).where(sql`clock is not null`),
    check("saisine_events_known_visibility", oneOf(t.visibility, VISIBILITIES)),
  ],
);

/** Who held the saisine when: each holding runs its own internal clock (OLA). */
export const saisineAssignments = pgTable(
  "saisine_assignments",
  {
    id: id(),
    ...ofSaisine(),
    assigneePersonId: uuid().references(() => people.id),
    assigneeTeamId: uuid().references(() => teams.id),
    assigneeLabel: text().notNull(),
    assignedAt: instant().notNull(),
    endedAt: instant(),
    assignedByLabel: text().notNull(),
    /** The OLA target the holder works to, in business minutes (null: none). */
    targetMinutes: integer(),
    /** Business minutes counted on this holding's clock, as of its end (or the last event). */
    elapsedMinutes: integer().notNull().default(0),
    dueAt: instant(),
    warnAt: instant(),
    breached: boolean().notNull().default(false),
  },
  (t) => [
    index("saisine_assignments_saisine").on(t.saisineId, t.assignedAt),
    check(
      "saisine_assignments_one_assignee",
      sql`(${t.assigneePersonId} is null) <> (${t.assigneeTeamId} is null)`,
    ),
  ],
);

const CLOCK_STATES = ["running", "paused"] as const;

/**
 * Clock periods as measured: the contract clock (assignment_id null) and each holding's clock,
 * each period with the calendar version it was measured with. Closed periods are never rewritten
 * (a trigger refuses it): only the open period at the end may be closed or replaced.
 */
export const saisineClockSegments = pgTable(
  "saisine_clock_segments",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    ...ofSaisine(),
    assignmentId: uuid().references(() => saisineAssignments.id),
    seq: integer().notNull(),
    state: text({ enum: CLOCK_STATES }).notNull(),
    fromAt: instant().notNull(),
    toAt: instant(),
    calendarVersion: text().notNull(),
  },
  (t) => [
    unique("saisine_clock_segments_seq").on(t.saisineId, t.assignmentId, t.seq).nullsNotDistinct(),
    check("saisine_clock_segments_known_state", oneOf(t.state, CLOCK_STATES)),
    check("saisine_clock_segments_ordered", sql`${t.toAt} is null or ${t.toAt} >= ${t.fromAt}`),
  ],
);

/** Files checked before storage (size, type, first bytes); the bytes live here, with their hash. */
export const saisineAttachments = pgTable(
  "saisine_attachments",
  {
    id: id(),
    ...ofSaisine(),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    visibility: text({ enum: VISIBILITIES }).notNull(),
    ...historyColumns(),
  },
  (t) => [
    index("saisine_attachments_saisine").on(t.saisineId, t.createdAt),
    check("saisine_attachments_size", sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`),
    check("saisine_attachments_known_visibility", oneOf(t.visibility, VISIBILITIES)),
  ],
);

const DECISION_OUTCOMES = ["acceptee", "declinee"] as const;

/** The managers' decision an exceptional saisine waits for: one per saisine, never changed. */
export const saisineExceptionalDecisions = pgTable(
  "saisine_exceptional_decisions",
  {
    id: id(),
    saisineId: refersTo(() => saisines.id).unique(),
    orgId: refersTo(() => organisations.id),
    outcome: text({ enum: DECISION_OUTCOMES }).notNull(),
    decidedOn: calendarDate().notNull(),
    reasons: text().notNull(),
    adaptedMeans: text(),
    communeManager: jsonb().$type<{ name: string; function: string }>().notNull(),
    sharedServiceManager: jsonb().$type<{ name: string; function: string }>().notNull(),
    ...historyColumns(),
  },
  (t) => [
    index().on(t.orgId),
    check("saisine_exceptional_decisions_known_outcome", oneOf(t.outcome, DECISION_OUTCOMES)),
  ],
);

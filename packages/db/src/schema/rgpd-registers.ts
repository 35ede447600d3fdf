/**
 * RGPD registers, part 2: breaches and requests of data subjects, the consultations of the
 * commune's services before any message goes out, documents, and the events that make each
 * record's evidence (append-only: the migration's triggers refuse any rewrite).
 *
 * Instants are `timestamptz` (awareness, notification, receipt and answer are kept to the minute);
 * the lists read by the registers' pages are indexed by organisation and date.
 */
import {
  BREACH_HANDLERS,
  type BreachNature,
  BREACH_RISK_LEVELS,
  BREACH_STATUSES,
  DOCUMENT_SUBJECTS,
  IDENTITY_CHECKS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_OUTCOMES,
} from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
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
import { id, instant, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { organisations } from "./organisations.ts";
import { bytea, saisines } from "./saisines.ts";

export const rgpdBreaches = pgTable(
  "rgpd_breaches",
  {
    id: id(),
    ...orgAndOperator(),
    number: integer().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    natures: jsonb().$type<BreachNature[]>().notNull(),
    awareAt: instant().notNull(),
    /** The commune's option on the day of awareness: who handles it. */
    handledBy: text({ enum: BREACH_HANDLERS }).notNull(),
    /** The incident it was found through. */
    saisineId: uuid().references(() => saisines.id),
    processingIds: jsonb().$type<string[]>().notNull(),
    personCategories: jsonb().$type<string[]>().notNull(),
    approxPersons: integer(),
    dataCategories: jsonb().$type<string[]>().notNull(),
    approxRecords: bigint({ mode: "number" }),
    consequences: text().notNull(),
    measuresTaken: text().notNull(),
    measuresProposed: text().notNull(),
    riskLevel: text({ enum: BREACH_RISK_LEVELS }),
    notifiedAt: instant(),
    cnilReference: text(),
    lateJustification: text(),
    personsInformedAt: instant(),
    personsInformationMeans: text(),
    status: text({ enum: BREACH_STATUSES }).notNull(),
    closedAt: instant(),
    closingNote: text(),
    revision: integer().notNull(),
    ...historyColumns(),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.orgId, t.number),
    index().on(t.orgId, t.awareAt),
    index().on(t.operatorId, t.awareAt),
    check("rgpd_breaches_known_status", oneOf(t.status, BREACH_STATUSES)),
    check("rgpd_breaches_known_handler", oneOf(t.handledBy, BREACH_HANDLERS)),
    check("rgpd_breaches_known_risk", oneOf(t.riskLevel, BREACH_RISK_LEVELS)),
    check(
      "rgpd_breaches_notified_after_awareness",
      sql`${t.notifiedAt} is null or ${t.notifiedAt} >= ${t.awareAt}`,
    ),
  ],
);

export const rgpdRequests = pgTable(
  "rgpd_requests",
  {
    id: id(),
    ...orgAndOperator(),
    number: integer().notNull(),
    kind: text({ enum: REQUEST_KINDS }).notNull(),
    receivedAt: instant().notNull(),
    channel: text({ enum: REQUEST_CHANNELS }).notNull(),
    /** Personal data of the register: shown to those who keep it, never logged or audited. */
    requesterName: text().notNull(),
    requesterContact: text().notNull(),
    details: text().notNull(),
    processingIds: jsonb().$type<string[]>().notNull(),
    identityCheck: text({ enum: IDENTITY_CHECKS }).notNull(),
    identityNote: text().notNull(),
    extendedAt: instant(),
    extensionReason: text(),
    personToldAt: instant(),
    /** The deadline as computed (subjectRequestDeadline), kept for lists sorted by it. */
    dueAt: instant().notNull(),
    answeredAt: instant(),
    outcome: text({ enum: REQUEST_OUTCOMES }),
    answerSummary: text(),
    ...historyColumns(),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.orgId, t.number),
    index().on(t.orgId, t.receivedAt),
    index().on(t.operatorId, t.receivedAt),
    index("rgpd_requests_open_due").on(t.operatorId, t.dueAt).where(sql`${t.answeredAt} is null`),
    check("rgpd_requests_known_kind", oneOf(t.kind, REQUEST_KINDS)),
    check("rgpd_requests_known_channel", oneOf(t.channel, REQUEST_CHANNELS)),
    check("rgpd_requests_known_identity", oneOf(t.identityCheck, IDENTITY_CHECKS)),
    check("rgpd_requests_known_outcome", oneOf(t.outcome, REQUEST_OUTCOMES)),
  ],
);

/** The commune's services consulted before a message goes out on a breach or a request. */
export const rgpdConsultations = pgTable(
  "rgpd_consultations",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    subject: text({ enum: ["breach", "request"] }).notNull(),
    subjectId: uuid().notNull(),
    consultedAt: instant().notNull(),
    service: text().notNull(),
    observations: text().notNull(),
    ...historyColumns(),
  },
  (t) => [index().on(t.subjectId, t.consultedAt), index().on(t.orgId)],
);

/** What happened to a record, when and by whom: the evidence the registers show. */
export const rgpdEvents = pgTable(
  "rgpd_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orgId: refersTo(() => organisations.id),
    subject: text().notNull(),
    subjectId: uuid().notNull(),
    at: instant().notNull(),
    kind: text().notNull(),
    summary: text().notNull(),
    ...actorColumns(),
  },
  (t) => [index().on(t.subjectId, t.at), index().on(t.orgId, t.at)],
);

/** Technical documentation, evidence, answers, reference documents: kept, never replaced. */
export const rgpdDocuments = pgTable(
  "rgpd_documents",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    subject: text({ enum: DOCUMENT_SUBJECTS }).notNull(),
    subjectId: uuid().notNull(),
    title: text().notNull(),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    ...historyColumns(),
  },
  (t) => [
    index().on(t.subjectId, t.createdAt),
    index().on(t.orgId),
    check("rgpd_documents_known_subject", oneOf(t.subject, DOCUMENT_SUBJECTS)),
    check("rgpd_documents_size", sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`),
  ],
);

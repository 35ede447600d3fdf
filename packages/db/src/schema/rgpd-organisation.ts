/**
 * RGPD registers, part 3: how each commune is organised (its own DPO or the mission letter of the
 * shared one, its correspondents, how long residents' data stay in saisines, its legacy inventory),
 * the end-of-retention schedule, the « référentiel documentaire » and its notifications, and
 * disagreements taken up the V-g path.
 */
import {
  type DISAGREEMENT_OUTCOMES,
  type DISAGREEMENT_STEPS,
  REFERENCE_DOCUMENT_KINDS,
  RETENTION_END_ACTIONS,
  RETENTION_OPERATION_STATUSES,
} from "@mutu/domain";
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
import { calendarDate, createdAt, id, instant, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { organisations } from "./organisations.ts";
import { rgpdProcessings } from "./rgpd-processing.ts";

export type Correspondent = { name: string; function: string; email: string };

export const rgpdSettings = pgTable("rgpd_settings", {
  orgId: uuid()
    .primaryKey()
    .references(() => organisations.id),
  ownDpoName: text().notNull().default(""),
  ownDpoEmail: text().notNull().default(""),
  ownDpoDesignatedOn: calendarDate(),
  missionLetterReference: text().notNull().default(""),
  missionLetterOn: calendarDate(),
  correspondents: jsonb().$type<Correspondent[]>().notNull().default([]),
  residentRetentionMonths: integer().notNull(),
  /** Saisines closed up to this instant have their residents' purge date set from the months above. */
  residentAlignedThrough: instant(),
  legacyInventorySubmittedOn: calendarDate(),
  updatedAt: instant().notNull().defaultNow(),
  updatedByLabel: text().notNull(),
});

/** One pass of the end-of-retention schedule (domain rgpd/retention.ts), and who did what. */
export const rgpdRetentionOperations = pgTable(
  "rgpd_retention_operations",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    processingId: refersTo(() => rgpdProcessings.id),
    chainKey: text().notNull(),
    data: text().notNull(),
    fromEvent: text().notNull(),
    months: integer().notNull(),
    action: text({ enum: RETENTION_END_ACTIONS }).notNull(),
    dueOn: calendarDate().notNull(),
    cutoffOn: calendarDate().notNull(),
    final: boolean().notNull(),
    status: text({ enum: RETENTION_OPERATION_STATUSES }).notNull(),
    informedAt: instant(),
    informedBy: text(),
    confirmedAt: instant(),
    confirmedBy: text(),
    declinedReason: text(),
    doneAt: instant(),
    doneBy: text(),
    doneNote: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.dueOn),
    index().on(t.processingId, t.chainKey),
    check("rgpd_retention_known_action", oneOf(t.action, RETENTION_END_ACTIONS)),
    check("rgpd_retention_known_status", oneOf(t.status, RETENTION_OPERATION_STATUSES)),
  ],
);

/** A version of a document of the référentiel (policy, charter, technical sheet, terms of use). */
export const rgpdReferenceDocuments = pgTable(
  "rgpd_reference_documents",
  {
    id: id(),
    /** The operator that publishes it; its communes read it. */
    orgId: refersTo(() => organisations.id),
    documentKey: text().notNull(),
    kind: text({ enum: REFERENCE_DOCUMENT_KINDS }).notNull(),
    title: text().notNull(),
    version: text().notNull(),
    publishedOn: calendarDate().notNull(),
    summary: text().notNull(),
    publishedByLabel: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.orgId, t.documentKey, t.version),
    check("rgpd_reference_known_kind", oneOf(t.kind, REFERENCE_DOCUMENT_KINDS)),
  ],
);

/** A version notified to a commune « par courrier au directeur des services », and its receipt. */
export const rgpdReferenceNotifications = pgTable(
  "rgpd_reference_notifications",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    documentId: refersTo(() => rgpdReferenceDocuments.id),
    notifiedOn: calendarDate().notNull(),
    means: text().notNull(),
    acknowledgedOn: calendarDate(),
    recordedByLabel: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.documentId, t.orgId), index().on(t.orgId, t.notifiedOn)],
);

export type DisagreementStepRecord = {
  step: (typeof DISAGREEMENT_STEPS)[number];
  heldOn: string;
  participants: string;
  outcome: (typeof DISAGREEMENT_OUTCOMES)[number];
  summary: string;
  recordedBy: string;
  recordedAt: string;
};

/** An RGPD disagreement between a commune and the Métropole, step by step (V-g). */
export const rgpdDisagreements = pgTable(
  "rgpd_disagreements",
  {
    id: id(),
    ...orgAndOperator(),
    processingId: uuid().references(() => rgpdProcessings.id),
    subject: text().notNull(),
    raisedAt: instant().notNull(),
    raisedByLabel: text().notNull(),
    status: text({ enum: ["open", "closed"] }).notNull(),
    steps: jsonb().$type<DisagreementStepRecord[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.orgId, t.raisedAt)],
);

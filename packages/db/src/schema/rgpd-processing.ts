/**
 * RGPD registers, part 1: processing records (the controller's register of each commune, and the
 * Métropole's own), the DPO's opinions kept as evidence, shared processing with its versions and
 * the proposals each adopter decides on, and the vendors the Métropole chose as processors.
 *
 * A record's content is one jsonb document checked by the domain's schema (like a contract's annex);
 * what lists filter and sort on is copied into columns. Opinions and versions are history: written
 * once (the migration's triggers), never rewritten.
 */
import {
  OPINION_OUTCOMES,
  PROCESSING_PATHS,
  PROCESSING_STATUSES,
  type ProcessingContent,
  PROPOSAL_STATUSES,
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
import { historyColumns } from "./actors.ts";
import { calendarDate, createdAt, id, instant, oneOf, refersTo, timestamps } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/** The Métropole's template of a processing offered to several communes; `version` counts changes. */
export const rgpdSharedProcessings = pgTable("rgpd_shared_processings", {
  id: id(),
  /** The operator that defined it (row-level security: its communes read it too). */
  orgId: refersTo(() => organisations.id),
  name: text().notNull(),
  version: integer().notNull(),
  content: jsonb().$type<ProcessingContent>().notNull(),
  ...timestamps(),
});

export const rgpdSharedVersions = pgTable(
  "rgpd_shared_versions",
  {
    id: id(),
    sharedId: refersTo(() => rgpdSharedProcessings.id),
    orgId: refersTo(() => organisations.id),
    version: integer().notNull(),
    content: jsonb().$type<ProcessingContent>().notNull(),
    changeNote: text().notNull(),
    ...historyColumns(),
  },
  (t) => [unique().on(t.sharedId, t.version)],
);

export const rgpdProcessings = pgTable(
  "rgpd_processings",
  {
    id: id(),
    /** The controller: a commune, or the operator for its own processing. */
    ...orgAndOperator(),
    /** Its number in that organisation's register (1, 2…). */
    number: integer().notNull(),
    name: text().notNull(),
    status: text({ enum: PROCESSING_STATUSES }).notNull(),
    path: text({ enum: PROCESSING_PATHS }).notNull(),
    content: jsonb().$type<ProcessingContent>().notNull(),
    /** Incremented by every change of content: an opinion is given on one revision. */
    revision: integer().notNull(),
    sensitive: boolean().notNull(),
    dpiaRequired: boolean().notNull(),
    /** The Métropole's role worked out (metropoleRole), for the processor register. */
    metropoleRole: text().notNull(),
    sharedId: uuid().references(() => rgpdSharedProcessings.id),
    sharedVersion: integer(),
    recordedOn: calendarDate().notNull(),
    inForceOn: calendarDate(),
    endedOn: calendarDate(),
    endDeclaration: text(),
    ...timestamps(),
  },
  (t) => [
    unique().on(t.orgId, t.number),
    index().on(t.orgId, t.status),
    index().on(t.operatorId, t.metropoleRole),
    index().on(t.sharedId),
    check("rgpd_processings_known_status", oneOf(t.status, PROCESSING_STATUSES)),
    check("rgpd_processings_known_path", oneOf(t.path, PROCESSING_PATHS)),
  ],
);

/** The DPO's opinion asked on a revision, then given once: the evidence of V-c and V-e. */
export const rgpdOpinions = pgTable(
  "rgpd_opinions",
  {
    id: id(),
    processingId: refersTo(() => rgpdProcessings.id),
    orgId: refersTo(() => organisations.id),
    revision: integer().notNull(),
    /** Whose DPO gives it: the commune's own, or the Métropole's (shared). */
    dpoSide: text({ enum: ["commune", "operator"] }).notNull(),
    requestedAt: instant().notNull(),
    requestNote: text().notNull(),
    requestedByLabel: text().notNull(),
    requestedById: uuid().references(() => people.id),
    givenAt: instant(),
    outcome: text({ enum: OPINION_OUTCOMES }),
    reservations: jsonb().$type<string[]>(),
    text: text(),
    givenByLabel: text(),
    givenById: uuid().references(() => people.id),
  },
  (t) => [
    index().on(t.processingId, t.requestedAt),
    index().on(t.orgId),
    check("rgpd_opinions_known_outcome", oneOf(t.outcome, OPINION_OUTCOMES)),
  ],
);

/** A new version of a shared processing, proposed to one adopter until it decides. */
export const rgpdSharedProposals = pgTable(
  "rgpd_shared_proposals",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    processingId: refersTo(() => rgpdProcessings.id),
    sharedId: refersTo(() => rgpdSharedProcessings.id),
    fromVersion: integer().notNull(),
    toVersion: integer().notNull(),
    status: text({ enum: PROPOSAL_STATUSES }).notNull(),
    createdAt: createdAt(),
    decidedAt: instant(),
    decidedByLabel: text(),
    reason: text(),
  },
  (t) => [
    index().on(t.processingId, t.createdAt),
    index().on(t.orgId, t.status),
    check("rgpd_shared_proposals_known_status", oneOf(t.status, PROPOSAL_STATUSES)),
  ],
);

/**
 * A vendor acting as processor (or sub-processor), chosen by the Métropole under the communes'
 * general mandate — or for one commune that bears its cost (V-d): then `orgId` is that commune's.
 */
export const rgpdProcessors = pgTable(
  "rgpd_processors",
  {
    id: id(),
    ...orgAndOperator(),
    name: text().notNull(),
    parentId: uuid(),
    address: text().notNull(),
    dpoContact: text().notNull(),
    contractReference: text().notNull(),
    contractSignedOn: calendarDate(),
    contractExpiresOn: calendarDate(),
    commitments: text().notNull(),
    ...timestamps(),
  },
  (t) => [index().on(t.operatorId, t.name), index().on(t.orgId)],
);

/**
 * Contracts between an operator and its members: the Bordeaux-model contrat d'engagement, whose
 * annex changes by signed amendments (one row per version, signed rows immutable), and the
 * Redon-model convention de service commun, whose member picks an offer priced by a tariff (its
 * choices and the tariffs are in memberships.ts).
 *
 * Calendar dates (signatures, effective dates, notices) are `date` columns read as 'YYYY-MM-DD'
 * strings: contracts count Paris calendar days, never instants.
 */
import type { Annex } from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { calendarDate, createdAt, id } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { people } from "./people.ts";

export const contracts = pgTable(
  "contracts",
  {
    id: id(),
    /** The member commune the contract binds (row-level security keys on it). */
    ...orgAndOperator(),
    kind: text({ enum: ["engagement", "convention"] }).notNull(),
    title: text().notNull(),
    signedOn: calendarDate(),
    effectiveFrom: calendarDate(),
    /** Termination: the day notice was given and the first day the contract no longer binds. */
    noticeGivenOn: calendarDate(),
    effectiveTo: calendarDate(),
    terminationRef: text(),
    /** Conventions only: the tariff their contributions follow. */
    tariffCode: text(),
    createdAt: createdAt(),
  },
  (t) => [
    // One contract of each kind per member: "Mon contrat" is a lookup, not a choice.
    unique().on(t.orgId, t.kind),
    // Lets versions and memberships reference (id, org_id), so their org_id cannot drift.
    unique().on(t.id, t.orgId),
    index().on(t.operatorId),
    check("contracts_known_kind", sql`${t.kind} in ('engagement', 'convention')`),
    check(
      "contracts_end_after_start",
      sql`${t.effectiveTo} is null or ${t.effectiveFrom} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);

export const contractVersions = pgTable(
  "contract_versions",
  {
    id: id(),
    contractId: uuid().notNull(),
    // Denormalised so row-level security can filter without a join; tied to the contract's by FK.
    orgId: uuid().notNull(),
    /** Order of the versions in mutu: 1 for the first imported or signed one. */
    seq: integer().notNull(),
    kind: text({ enum: ["original", "amendment"] }).notNull(),
    /** The avenant's own number as signed (n°3 for Bègles' RGPD amendment); null for the original. */
    amendmentNumber: integer(),
    subject: text(),
    status: text({ enum: ["draft", "signed"] }).notNull(),
    /** null on a signed version when the document was never dated ("Fait à Bordeaux, le ____"). */
    signedOn: calendarDate(),
    effectiveFrom: calendarDate(),
    annex: jsonb().$type<Annex>().notNull(),
    basedOnId: uuid(),
    /** null for versions written by the demo seed. */
    createdBy: uuid().references(() => people.id),
    createdAt: createdAt(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    foreignKey({
      columns: [t.contractId, t.orgId],
      foreignColumns: [contracts.id, contracts.orgId],
    }),
    unique().on(t.contractId, t.seq),
    // At most one amendment in preparation per contract.
    uniqueIndex("contract_versions_one_draft").on(t.contractId).where(sql`${t.status} = 'draft'`),
    index().on(t.orgId),
    // The immutability trigger keys on status: it must hold one of the two known values.
    check("contract_versions_known_status", sql`${t.status} in ('draft', 'signed')`),
    check("contract_versions_known_kind", sql`${t.kind} in ('original', 'amendment')`),
    check(
      "contract_versions_signed_complete",
      sql`${t.status} = 'draft' or (${t.effectiveFrom} is not null and ${t.publishedAt} is not null)`,
    ),
  ],
);

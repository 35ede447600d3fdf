/** People, the catalogue of functions an operator defines, and who holds which function. */
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { createdAt, id, instant, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";

export const functions = pgTable(
  "functions",
  {
    id: id(),
    operatorId: refersTo(() => organisations.id),
    code: text().notNull(),
    label: text().notNull(),
    side: text({ enum: ["commune", "operator"] }).notNull(),
    permissions: text().array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [unique().on(t.operatorId, t.code)],
);

export const people = pgTable(
  "people",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    /**
     * Unique within an organisation, not across them: a creation in one tenant must not learn
     * that an address has an account in another (sign-in tells accounts apart by password).
     */
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    deactivatedAt: instant(),
  },
  (t) => [
    index().on(t.orgId),
    unique("people_org_email").on(t.orgId, t.email),
    index().on(t.email),
  ],
);

export const personFunctions = pgTable(
  "person_functions",
  {
    personId: refersTo(() => people.id),
    functionId: refersTo(() => functions.id),
    // Denormalised so row-level security can filter without a join.
    orgId: refersTo(() => organisations.id),
    assignedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.functionId] }), index().on(t.orgId)],
);

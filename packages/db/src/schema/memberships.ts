/**
 * A commune's adhesion to the Redon-model convention de service commun: the tariffs an operator
 * applies, and the member's choices as periods under its convention (a `contracts` row of kind
 * `convention`).
 *
 * Calendar dates are `date` columns read as 'YYYY-MM-DD' strings: Paris calendar days.
 */
import type { Subscription } from "@mutu/domain";
import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { calendarDate, createdAt, id } from "./columns.ts";
import { contracts } from "./contracts.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/**
 * A price catalogue an operator applies to its conventions. The prices themselves are domain data
 * (`redonTariff2022` in @mutu/domain) named by `code`: a new tariff is a reviewed code change.
 */
export const tariffs = pgTable(
  "tariffs",
  {
    id: id(),
    operatorId: uuid()
      .notNull()
      .references(() => organisations.id),
    code: text().notNull(),
    title: text().notNull(),
    approvedOn: calendarDate(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.operatorId, t.code)],
);

/**
 * A member's choice under a convention, as periods: a change of choice closes the open period and
 * opens another; a termination gives the open period its end. `effectiveTo` is exclusive.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    contractId: uuid().notNull(),
    orgId: uuid().notNull(),
    subscription: text().$type<Subscription>().notNull(),
    effectiveFrom: calendarDate().notNull(),
    effectiveTo: calendarDate(),
    /** The council deliberation (joining) or the decision (change of choice) behind the period. */
    decisionRef: text().notNull(),
    decidedOn: calendarDate(),
    /** Day the audit was invoiced (report delivered): drives the socle complet deduction. */
    auditInvoicedOn: calendarDate(),
    createdBy: uuid().references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.contractId, t.orgId],
      foreignColumns: [contracts.id, contracts.orgId],
    }),
    uniqueIndex("memberships_one_open_period")
      .on(t.contractId)
      .where(sql`${t.effectiveTo} is null`),
    index().on(t.orgId),
    index().on(t.contractId, t.effectiveFrom),
    check(
      "memberships_end_after_start",
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
    check(
      "memberships_known_subscription",
      sql`${t.subscription} in ('socle-complet', 'audit', 'groupement-achats', 'audit+groupement-achats')`,
    ),
  ],
);

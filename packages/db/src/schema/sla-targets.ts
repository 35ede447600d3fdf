/**
 * Delay targets agreed with each commune for its indicators (3.3.1, 3.3.2 by criticality, 4.1.1,
 * 4.1.2), in business minutes, with an optional compliance rate ("95 % en 4 heures ouvrées").
 * The annexes mostly say « à définir conjointement »: a target exists only once agreed, as a set
 * in force from a date; a new set never rewrites the targets saisines were filed under (they keep
 * theirs, copied at filing).
 */
import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

export const slaTargets = pgTable(
  "sla_targets",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    operatorId: refersTo(() => organisations.id),
    /** The whole set in force from this Paris day, until a later set. */
    effectiveFrom: date({ mode: "string" }).notNull(),
    indicator: text().notNull(),
    /** null: every criticality. */
    criticality: text(),
    businessMinutes: integer().notNull(),
    compliancePercent: numeric({ precision: 5, scale: 2, mode: "number" }),
    /** Where it was agreed: the follow-up committee's minutes, an amendment… */
    agreedRef: text().notNull(),
    createdBy: uuid().references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.effectiveFrom),
    check(
      "sla_targets_known_indicator",
      sql`${t.indicator} in ('3.3.1', '3.3.2', '4.1.1', '4.1.2')`,
    ),
    check("sla_targets_positive", sql`${t.businessMinutes} > 0`),
  ],
);

/**
 * Arbitrations: a disagreement about a saisine, on its substance or on the programming of the work
 * it asks for, taken up level by level (000 art. 4) until a solution, the Mayor's instruction or the
 * last level.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { actorColumns, historyColumns } from "./actors.ts";
import { calendarDate, createdAt, id, instant, oneOf, refersTo } from "./columns.ts";
import { orgAndOperator } from "./owners.ts";
import { organisations } from "./organisations.ts";
import { saisines } from "./saisines.ts";

const KINDS = ["programmation", "fond"] as const;
const STATUSES = ["ouvert", "clos"] as const;

/** A disagreement about a saisine (its substance, or the programming of the work it asks for). */
export const arbitrations = pgTable(
  "arbitrations",
  {
    id: id(),
    saisineId: refersTo(() => saisines.id).unique(),
    ...orgAndOperator(),
    kind: text({ enum: KINDS }).notNull(),
    subject: text().notNull(),
    raisedAt: instant().notNull(),
    ...actorColumns(),
    /** 'ouvert' until a final level (a solution, the Mayor's instruction, or level 3). */
    status: text({ enum: STATUSES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.orgId, t.raisedAt),
    index().on(t.operatorId, t.raisedAt),
    check("arbitrations_known_kind", oneOf(t.kind, KINDS)),
    check("arbitrations_known_status", oneOf(t.status, STATUSES)),
  ],
);

/** Each level held: who sat, when, what was decided (000 art. 4). */
export const arbitrationLevels = pgTable(
  "arbitration_levels",
  {
    id: id(),
    arbitrationId: refersTo(() => arbitrations.id),
    orgId: refersTo(() => organisations.id),
    level: integer().notNull(),
    kind: text({ enum: KINDS }).notNull(),
    heldOn: calendarDate().notNull(),
    participants: jsonb()
      .$type<{ name: string; function: string; side: "commune" | "operator" }[]>()
      .notNull(),
    outcome: text({ enum: ["accord", "desaccord", "instruction-du-maire"] }).notNull(),
    decision: text().notNull(),
    /** The Mayor's instruction on substance: final, applied as such. */
    final: boolean().notNull(),
    ...historyColumns(),
  },
  (t) => [
    unique().on(t.arbitrationId, t.level),
    index().on(t.orgId),
    check("arbitration_levels_known_level", sql`${t.level} between 1 and 3`),
  ],
);

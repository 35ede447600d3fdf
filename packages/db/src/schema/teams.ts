/**
 * The operator's teams: who saisines can be assigned to besides a person, and who manages whom
 * (SLA warnings go to the assignee and their manager). Teams are the operator's own business:
 * communes read the assignee's name on the saisine, never the team's composition.
 */
import { index, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

export const teams = pgTable(
  "teams",
  {
    id: id(),
    operatorId: refersTo(() => organisations.id),
    code: text().notNull(),
    name: text().notNull(),
    managerId: uuid().references(() => people.id),
    /**
     * The team's internal target (OLA) for a saisine it holds, in business minutes; null: the
     * contract's resolution (or handling) target applies to the team as well.
     */
    olaMinutes: integer(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.operatorId, t.code)],
);

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: refersTo(() => teams.id),
    personId: refersTo(() => people.id),
    // Denormalised so row-level security can filter without a join.
    operatorId: refersTo(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] }), index().on(t.personId)],
);

/**
 * The queue's saved views: a name and the filters (by their code names, see the domain's
 * QUEUE_FILTER_KEYS), kept for one agent (`owner_id`) or shared with the whole shared service
 * (`owner_id` null). A view is read back through `sanitizeQueueFilters`: what no longer exists is
 * dropped and named.
 */
import { index, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { id, refersTo, timestamps } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

export const saisineViews = pgTable(
  "saisine_views",
  {
    id: id(),
    /** The shared service (operator) whose queue it filters (row-level security). */
    orgId: refersTo(() => organisations.id),
    /** Its agent, or null: shared with the service. */
    ownerId: uuid().references(() => people.id),
    name: text().notNull(),
    filters: jsonb().$type<Record<string, string>>().notNull(),
    createdById: refersTo(() => people.id),
    createdByLabel: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Two views of one person, or two shared views, never share a name.
    unique("saisine_views_name").on(t.orgId, t.ownerId, t.name).nullsNotDistinct(),
    index("saisine_views_owner").on(t.ownerId),
  ],
);

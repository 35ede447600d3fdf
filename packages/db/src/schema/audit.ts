/**
 * The append-only audit trail. Each organisation has its own hash chain (`chain`), so writes for
 * different communes do not queue behind one another; a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations.ts";

export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    chain: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    orgId: uuid().references(() => organisations.id),
    actorPersonId: uuid(),
    actorTokenId: uuid(),
    actorLabel: text(),
    action: text().notNull(),
    entity: text(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    prevHash: text().notNull(),
    hash: text().notNull().unique(),
  },
  (t) => [index().on(t.chain, t.seq), index().on(t.orgId, t.seq), index().on(t.action)],
);

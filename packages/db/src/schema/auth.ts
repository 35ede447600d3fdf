/** Server-side sessions, API tokens and sign-in attempts. Only secrets' hashes are stored. */
import {
  bigserial,
  boolean,
  index,
  inet,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text(),
  },
  (t) => [index().on(t.personId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    displayPrefix: text().notNull(),
    permissions: text().array().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.orgId)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    ip: inet(),
    at: createdAt(),
    success: boolean().notNull(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at)],
);

/** Server-side sessions, API tokens and sign-in attempts. Only secrets' hashes are stored. */
import { bigserial, boolean, index, inet, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, instant, refersTo } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    personId: refersTo(() => people.id),
    createdAt: createdAt(),
    lastSeenAt: instant().notNull().defaultNow(),
    revokedAt: instant(),
    userAgent: text(),
  },
  (t) => [index().on(t.personId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    orgId: refersTo(() => organisations.id),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    displayPrefix: text().notNull(),
    permissions: text().array().notNull(),
    createdBy: refersTo(() => people.id),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
    lastUsedAt: instant(),
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

/** Server-side sessions, API tokens, sign-in attempts, password resets and single sign-on. Only secrets' hashes are stored. */
import { bigserial, boolean, index, inet, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
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

/**
 * Links sent to reset a forgotten password: only the SHA-256 of the secret is kept; single use,
 * 30 minutes (domain auth/password-reset.ts). System work only, like sessions.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: id(),
    tokenHash: text().notNull().unique(),
    personId: refersTo(() => people.id),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    usedAt: instant(),
    /** The address it was asked from (audit), and that it was asked at all. */
    ip: inet(),
  },
  (t) => [index().on(t.personId, t.createdAt)],
);

/** Single sign-on: who an identity provider's subject is in mutu, once linked by a verified email. */
export const oidcIdentities = pgTable(
  "oidc_identities",
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    personId: refersTo(() => people.id),
    linkedAt: createdAt(),
    lastUsedAt: instant(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index().on(t.personId)],
);

/**
 * A single sign-on under way, between the redirect to the provider and its return: the state's
 * hash (the browser holds the state in a cookie), the PKCE verifier, the nonce and where to go
 * back. Used once; a few minutes at most.
 */
export const oidcLogins = pgTable("oidc_logins", {
  stateHash: text().primaryKey(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  space: text({ enum: ["commune", "admin"] }).notNull(),
  returnTo: text().notNull(),
  createdAt: createdAt(),
  expiresAt: instant().notNull(),
});

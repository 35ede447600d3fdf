/**
 * Who is calling: a person (session cookie) or another tool (API token), the organisation they act
 * for, what they may see and do. Resolved once per request, as system work (before any tenant exists).
 */
import { type OrgKind, type Permission, permissionsOf, visibleOrgIds } from "@mutu/domain";
import { type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { and, eq, gt, isNull } from "drizzle-orm";
import { sha256 } from "./secrets.ts";

const { apiTokens, functions, organisations, people, personFunctions, sessions } = schema;

export type CallerOrg = { id: string; kind: OrgKind; operatorId: string | null; name: string };

export type Caller = {
  kind: "person" | "token";
  personId: string | null;
  tokenId: string | null;
  label: string;
  email: string | null;
  org: CallerOrg;
  operatorId: string;
  visibleOrgIds: string[];
  permissions: Permission[];
  functions: { id: string; code: string; label: string }[];
  sessionHash: string | null;
};

async function orgScope(tx: Tx, org: CallerOrg) {
  const members =
    org.kind === "operator"
      ? await tx
          .select({
            id: organisations.id,
            kind: organisations.kind,
            operatorId: organisations.operatorId,
          })
          .from(organisations)
          .where(eq(organisations.operatorId, org.id))
      : [];
  return {
    operatorId: org.kind === "operator" ? org.id : (org.operatorId ?? org.id),
    visibleOrgIds: visibleOrgIds(org, members),
  };
}

export async function functionsOf(tx: Tx, personId: string) {
  return tx
    .select({
      id: functions.id,
      code: functions.code,
      label: functions.label,
      permissions: functions.permissions,
    })
    .from(personFunctions)
    .innerJoin(functions, eq(functions.id, personFunctions.functionId))
    .where(eq(personFunctions.personId, personId))
    .orderBy(functions.label);
}

/** Idle sessions are touched at most once a minute: no write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function callerFromSession(
  db: MutuDb,
  secret: string,
  now: Date,
  isExpired: (s: { createdAt: Date; lastSeenAt: Date }) => boolean,
): Promise<Caller | null> {
  const tokenHash = sha256(secret);
  return withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ session: sessions, person: people, org: organisations })
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(
        and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), eq(people.active, true)),
      )
      .limit(1);
    if (!row || isExpired(row.session)) return null;
    if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    }
    const fns = await functionsOf(tx, row.person.id);
    const org = {
      id: row.org.id,
      kind: row.org.kind,
      operatorId: row.org.operatorId,
      name: row.org.name,
    };
    return {
      kind: "person",
      personId: row.person.id,
      tokenId: null,
      label: row.person.displayName,
      email: row.person.email,
      org,
      ...(await orgScope(tx, org)),
      permissions: permissionsOf(fns),
      functions: fns.map(({ permissions: _p, ...f }) => f),
      sessionHash: tokenHash,
    };
  });
}

/**
 * A person acting without a session: the demo seed files its saisines as the people the demo
 * names, through the same services and checks as their browsers would.
 */
export async function callerForPerson(db: MutuDb, email: string): Promise<Caller | null> {
  return withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ person: people, org: organisations })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(and(eq(people.email, email), eq(people.active, true)))
      .limit(1);
    if (!row) return null;
    const fns = await functionsOf(tx, row.person.id);
    const org = {
      id: row.org.id,
      kind: row.org.kind,
      operatorId: row.org.operatorId,
      name: row.org.name,
    };
    return {
      kind: "person",
      personId: row.person.id,
      tokenId: null,
      label: row.person.displayName,
      email: row.person.email,
      org,
      ...(await orgScope(tx, org)),
      permissions: permissionsOf(fns),
      functions: fns.map(({ permissions: _p, ...f }) => f),
      sessionHash: null,
    };
  });
}

export async function callerFromToken(
  db: MutuDb,
  secret: string,
  now: Date,
): Promise<Caller | null> {
  const tokenHash = sha256(secret);
  return withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ token: apiTokens, org: organisations })
      .from(apiTokens)
      .innerJoin(organisations, eq(organisations.id, apiTokens.orgId))
      .where(
        and(
          eq(apiTokens.tokenHash, tokenHash),
          isNull(apiTokens.revokedAt),
          gt(apiTokens.expiresAt, now),
        ),
      )
      .limit(1);
    if (!row) return null;
    if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
    }
    const org = {
      id: row.org.id,
      kind: row.org.kind,
      operatorId: row.org.operatorId,
      name: row.org.name,
    };
    return {
      kind: "token",
      personId: null,
      tokenId: row.token.id,
      label: `Jeton « ${row.token.name} »`,
      email: null,
      org,
      ...(await orgScope(tx, org)),
      permissions: permissionsOf([{ permissions: row.token.permissions }]),
      functions: [],
      sessionHash: null,
    };
  });
}

export const actorOf = (caller: Caller) => ({
  personId: caller.personId,
  tokenId: caller.tokenId,
  label: caller.label,
});
export const scopeOf = (caller: Caller) => ({
  orgIds: caller.visibleOrgIds,
  operatorId: caller.operatorId,
});

/**
 * Who is calling: a person (session cookie) or another tool (API token), the organisation they act
 * for, what they may see and do. Resolved once per request, as system work (before any tenant exists).
 */
import {
  type OrgKind,
  type Permission,
  permissionsBeyondKind,
  permissionsOf,
  SESSION_TOUCH_EVERY_MS,
  visibleOrgIds,
} from "@mutu/domain";
import { type MutuDb, schema, statement, withSystem } from "@mutu/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
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
  /**
   * The person's unread notifications, read with the caller for the header's unread count (a
   * background call, ADR 0044); null when the lookup did not read them.
   */
  unreadNotifications: number | null;
};

type HeldFunction = { id: string; code: string; label: string; permissions: string[] };

/**
 * The functions a person holds and, for an operator, its members' ids, fetched in the same
 * statement as the token or the person (a session's caller: `mutu_session_caller`, migration 0007).
 */
const heldFunctions = sql<HeldFunction[]>`coalesce((
  select json_agg(json_build_object('id', f.id, 'code', f.code, 'label', f.label, 'permissions', f.permissions) order by f.label)
  from ${personFunctions} pf join ${functions} f on f.id = pf.function_id
  where pf.person_id = ${people.id}), '[]'::json)`;
const memberIds = sql<string[]>`case when ${organisations.kind} = 'operator' then coalesce((
  select json_agg(m.id order by m.id) from ${organisations} m where m.operator_id = ${organisations.id}), '[]'::json)
  else '[]'::json end`;

function scopeFrom(org: CallerOrg, members: string[]) {
  return {
    operatorId: org.kind === "operator" ? org.id : (org.operatorId ?? org.id),
    visibleOrgIds: visibleOrgIds(
      org,
      members.map((id) => ({ id, kind: "commune" as const, operatorId: org.id })),
    ),
  };
}

const orgOf = (
  o: Pick<typeof organisations.$inferSelect, "id" | "kind" | "operatorId" | "name">,
): CallerOrg => ({
  id: o.id,
  kind: o.kind,
  operatorId: o.operatorId,
  name: o.name,
});

function personCaller(
  person: Pick<typeof people.$inferSelect, "id" | "displayName" | "email">,
  org: CallerOrg,
  fns: HeldFunction[],
  members: string[],
  sessionHash: string | null,
  unreadNotifications: number | null = null,
): Caller {
  const callerOrg = orgOf(org);
  return {
    kind: "person",
    personId: person.id,
    tokenId: null,
    label: person.displayName,
    email: person.email,
    org: callerOrg,
    ...scopeFrom(callerOrg, members),
    permissions: permissionsOf(fns),
    functions: fns.map(({ permissions: _p, ...f }) => f),
    sessionHash,
    unreadNotifications,
  };
}

/** What `mutu_session_caller` (migration 0007) returns: times in epoch milliseconds. */
type SessionCaller = {
  createdAt: number;
  lastSeenAt: number;
  person: { id: string; displayName: string; email: string };
  org: CallerOrg;
  functions: HeldFunction[];
  members: string[];
};

/**
 * The session's caller, in one statement and one round trip (no transaction): every request runs
 * it. A background call also gets the person's unread count (`mutu_session_unread`, migration
 * 0033): the function is not run for the others.
 */
const sessionCaller = statement("caller_session", (db) =>
  db
    .select({
      caller: sql<SessionCaller | null>`mutu_session_caller(${sql.placeholder("tokenHash")})`,
      unread: sql<string | null>`case when ${sql.placeholder("withUnread")}::boolean
        then mutu_session_unread(${sql.placeholder("tokenHash")}) end`,
    })
    .from(sql`(values (1)) as one`),
);

export async function callerFromSession(
  db: MutuDb,
  secret: string,
  now: Date,
  isExpired: (s: { createdAt: Date; lastSeenAt: Date }) => boolean,
  /**
   * True for what a page asks on its own (the header's unread count): it keeps no session alive,
   * and the caller comes with the person's unread notifications, which answer it (ADR 0044).
   */
  background = false,
): Promise<Caller | null> {
  const tokenHash = sha256(secret);
  const [row] = await sessionCaller(db, { tokenHash, withUnread: background });
  const found = row?.caller;
  if (!found) return null;
  const session = { createdAt: new Date(found.createdAt), lastSeenAt: new Date(found.lastSeenAt) };
  if (isExpired(session)) return null;
  if (!background && now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_EVERY_MS) {
    await withSystem(db, (tx) =>
      tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)),
    );
  }
  return personCaller(
    found.person,
    found.org,
    found.functions,
    found.members,
    tokenHash,
    row.unread == null ? null : Number(row.unread),
  );
}

/**
 * A person acting without a session: the demo seed files its saisines as the people the demo
 * names, through the same services and checks as their browsers would.
 */
export async function callerForPerson(db: MutuDb, email: string): Promise<Caller | null> {
  return withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ person: people, org: organisations, fns: heldFunctions, members: memberIds })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(and(eq(people.email, email), eq(people.active, true)))
      .limit(1);
    return row ? personCaller(row.person, row.org, row.fns, row.members, null) : null;
  });
}

/**
 * A token's caller. A token answers to the person who created it (or was entrusted with it): it
 * works only while that person is active, and carries at most what they hold today — a function
 * taken away from them is taken from their tokens too.
 */
export async function callerFromToken(
  db: MutuDb,
  secret: string,
  now: Date,
): Promise<Caller | null> {
  const tokenHash = sha256(secret);
  return withSystem(db, async (tx) => {
    const [row] = await tx
      .select({ token: apiTokens, org: organisations, members: memberIds, held: heldFunctions })
      .from(apiTokens)
      .innerJoin(organisations, eq(organisations.id, apiTokens.orgId))
      .innerJoin(people, and(eq(people.id, apiTokens.createdBy), eq(people.active, true)))
      .where(
        and(
          eq(apiTokens.tokenHash, tokenHash),
          isNull(apiTokens.revokedAt),
          gt(apiTokens.expiresAt, now),
        ),
      )
      .limit(1)
      .prepare("caller_token")
      .execute();
    if (!row) return null;
    if (
      !row.token.lastUsedAt ||
      now.getTime() - row.token.lastUsedAt.getTime() > SESSION_TOUCH_EVERY_MS
    ) {
      await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
    }
    const org = orgOf(row.org);
    const ownerHolds = new Set(permissionsOf(row.held));
    // Tokens made before the kind was checked at creation lose what their organisation cannot hold.
    const beyondKind = new Set(
      permissionsBeyondKind(org.kind, row.token.permissions as Permission[]),
    );
    return {
      kind: "token",
      personId: null,
      tokenId: row.token.id,
      label: `Jeton « ${row.token.name} »`,
      email: null,
      org,
      ...scopeFrom(org, row.members),
      permissions: permissionsOf([{ permissions: row.token.permissions }]).filter(
        (p) => ownerHolds.has(p) && !beyondKind.has(p),
      ),
      functions: [],
      sessionHash: null,
      unreadNotifications: null,
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
  personId: caller.personId,
});

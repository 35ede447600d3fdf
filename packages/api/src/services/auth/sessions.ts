/**
 * Opening and ending sessions — the one way every sign-in (password, single sign-on, a password
 * just reset) gets one: any session presented is revoked first (no fixation), a new secret is
 * drawn, only its hash is stored, and the sign-in is audited with how it was made and from where.
 */
import { appendAudit, schema, type Tx } from "@mutu/db";
import { and, eq, isNull, ne } from "drizzle-orm";
import { newSessionSecret, sha256 } from "../../auth/secrets.ts";
import type { HttpContext } from "../../trpc.ts";

const { sessions } = schema;

export type SignInMethod = "password" | "oidc" | "password-reset";

type Person = { id: string; orgId: string; displayName: string };

/** The person acting on their own account, as the audit trail names them. */
export const selfActor = (person: Person) => ({
  personId: person.id,
  tokenId: null,
  label: person.displayName,
});

/** A new session for the person; the secret goes into the cookie, only its hash is kept. */
export async function openSession(
  tx: Tx,
  http: Pick<HttpContext, "sessionSecret" | "userAgent" | "ip">,
  person: Person,
  now: Date,
  method: SignInMethod,
): Promise<string> {
  if (http.sessionSecret)
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(eq(sessions.tokenHash, sha256(http.sessionSecret)));
  const secret = newSessionSecret();
  await tx.insert(sessions).values({
    tokenHash: sha256(secret),
    personId: person.id,
    createdAt: now,
    lastSeenAt: now,
    userAgent: http.userAgent?.slice(0, 300) ?? null,
  });
  await appendAudit(tx, {
    orgId: person.orgId,
    actor: selfActor(person),
    action: "auth.sign-in",
    entity: "person",
    entityId: person.id,
    after: { method, address: http.ip },
  });
  return secret;
}

/** Ends the person's sessions but the one kept (its hash), e.g. after a password change. */
export async function endSessions(tx: Tx, personId: string, now: Date, keepHash?: string | null) {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.personId, personId),
        isNull(sessions.revokedAt),
        keepHash ? ne(sessions.tokenHash, keepHash) : undefined,
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

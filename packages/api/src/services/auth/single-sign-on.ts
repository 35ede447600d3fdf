/**
 * Signing in through the organisation's identity provider (OpenID Connect). The provider vouches
 * for who the person is; mutu decides what they may do — their functions are still given in mutu.
 * A provider's subject is linked to an account once, by an email the provider says it verified
 * (docs/adr/0016-single-sign-on.md); later sign-ins follow the link, even if the email changes.
 */
import { appendAudit, type MutuDb, schema, withSystem } from "@mutu/db";
import { and, eq } from "drizzle-orm";
import type { HttpContext } from "../../trpc.ts";
import { openSession, selfActor } from "./sessions.ts";

const { oidcIdentities, organisations, people } = schema;

export type Identity = {
  issuer: string;
  subject: string;
  email: string | null;
  /** The provider says it verified the email (or is trusted to vouch for every email it sends). */
  emailVerified: boolean;
};

/** Why a single sign-on opens no session; the sign-in page words each. */
export type SingleSignOnRefusal =
  | "unverified-email"
  | "no-account"
  | "several-accounts"
  | "inactive";

export type SingleSignOnOutcome =
  | { ok: true; secret: string; orgKind: "operator" | "commune" }
  | { ok: false; reason: SingleSignOnRefusal };

export async function signInWithIdentity(
  db: MutuDb,
  http: Pick<HttpContext, "ip" | "userAgent" | "sessionSecret">,
  identity: Identity,
  now: Date,
): Promise<SingleSignOnOutcome> {
  return withSystem(db, async (tx) => {
    const refuse = async (reason: SingleSignOnRefusal, orgId: string | null = null) => {
      await appendAudit(tx, {
        orgId,
        actor: null,
        action: "auth.sign-in.sso-refused",
        entity: "identity",
        entityId: `${identity.issuer} ${identity.subject}`,
        after: { reason, address: http.ip },
      });
      return { ok: false as const, reason };
    };
    const account = { person: people, orgKind: organisations.kind };
    const [linked] = await tx
      .select(account)
      .from(oidcIdentities)
      .innerJoin(people, eq(people.id, oidcIdentities.personId))
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(
        and(
          eq(oidcIdentities.issuer, identity.issuer),
          eq(oidcIdentities.subject, identity.subject),
        ),
      );
    let found = linked;
    if (!found) {
      if (!identity.email || !identity.emailVerified) return refuse("unverified-email");
      const candidates = await tx
        .select(account)
        .from(people)
        .innerJoin(organisations, eq(organisations.id, people.orgId))
        .where(and(eq(people.email, identity.email.toLowerCase()), eq(people.active, true)));
      if (candidates.length === 0) return refuse("no-account");
      if (candidates.length > 1) return refuse("several-accounts");
      found = candidates[0];
      if (!found) return refuse("no-account");
      await tx.insert(oidcIdentities).values({
        issuer: identity.issuer,
        subject: identity.subject,
        personId: found.person.id,
        linkedAt: now,
      });
      await appendAudit(tx, {
        orgId: found.person.orgId,
        actor: selfActor(found.person),
        action: "auth.sso-linked",
        entity: "person",
        entityId: found.person.id,
        after: { issuer: identity.issuer },
      });
    }
    if (!found.person.active) return refuse("inactive", found.person.orgId);
    await tx
      .update(oidcIdentities)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(oidcIdentities.issuer, identity.issuer),
          eq(oidcIdentities.subject, identity.subject),
        ),
      );
    const secret = await openSession(tx, http, found.person, now, "oidc");
    return { ok: true as const, secret, orgKind: found.orgKind };
  });
}

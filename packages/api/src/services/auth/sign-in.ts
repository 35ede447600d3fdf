/**
 * Signing in and out with a password. A sign-in rotates the session (sessions.ts), is slowed down —
 * never locked — by the throttle of failed attempts (domain auth/throttle.ts), and is audited
 * either way with the address it came from.
 */
import { type SignInInput, signInWait, signInWaitMessage } from "@mutu/domain";
import { appendAudit, type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { sha256 } from "../../auth/secrets.ts";
import { AppError } from "../../errors.ts";
import type { HttpContext } from "../../trpc.ts";
import { openSession } from "./sessions.ts";
import { signInHistory } from "./throttle.ts";

const { people, sessions, signInAttempts } = schema;

const WRONG_CREDENTIALS = "Adresse électronique ou mot de passe incorrect.";

export async function signIn(db: MutuDb, http: HttpContext, input: SignInInput, now: Date) {
  const outcome = await withSystem(db, async (tx) => {
    const wait = signInWait(await signInHistory(tx, input.email, http.ip, now), now);
    if (wait > 0) {
      await appendAudit(tx, {
        orgId: null,
        actor: null,
        action: "auth.sign-in.throttled",
        entity: "email",
        entityId: input.email,
        after: { address: http.ip, waitMs: wait },
      });
      return { ok: false as const, wait };
    }
    const { person, orgId } = await accountOf(tx, input.email, input.password);
    const valid = person !== null;
    await tx
      .insert(signInAttempts)
      .values({ email: input.email, ip: http.ip, at: now, success: valid });
    if (!person) {
      // In the account's organisation's trail, when the address is an account's.
      await appendAudit(tx, {
        orgId,
        actor: null,
        action: "auth.sign-in.failed",
        entity: "email",
        entityId: input.email,
        after: { address: http.ip },
      });
      return { ok: false as const, wait: 0 };
    }
    return { ok: true as const, secret: await openSession(tx, http, person, now, "password") };
  });
  if (!outcome.ok) {
    if (outcome.wait > 0) throw new AppError("TOO_MANY_REQUESTS", signInWaitMessage(outcome.wait));
    throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS);
  }
  http.setSessionCookie(outcome.secret);
}

/**
 * The active account this email and password open. An address is unique within an organisation
 * only, so it may name a few accounts: the password tells them apart (an unknown address is checked
 * against a decoy, so timing does not reveal accounts).
 */
async function accountOf(tx: Tx, email: string, password: string) {
  const candidates = await tx
    .select()
    .from(people)
    .where(and(eq(people.email, email), eq(people.active, true)))
    .orderBy(asc(people.createdAt));
  if (!candidates.length) await verifyPassword(null, password);
  for (const candidate of candidates)
    if (await verifyPassword(candidate.passwordHash, password))
      return { person: candidate, orgId: candidate.orgId };
  return { person: null, orgId: candidates[0]?.orgId ?? null };
}

export async function signOut(db: MutuDb, http: HttpContext, now: Date) {
  if (http.sessionSecret) {
    const tokenHash = sha256(http.sessionSecret);
    await withSystem(db, async (tx) => {
      const [s] = await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
        .returning({ personId: sessions.personId });
      if (s) {
        const [p] = await tx
          .select({ orgId: people.orgId, name: people.displayName })
          .from(people)
          .where(eq(people.id, s.personId));
        await appendAudit(tx, {
          orgId: p?.orgId ?? null,
          actor: { personId: s.personId, tokenId: null, label: p?.name ?? "" },
          action: "auth.sign-out",
          entity: "person",
          entityId: s.personId,
        });
      }
    });
  }
  http.clearSessionCookie();
}

export { hashPassword };

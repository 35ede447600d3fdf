/**
 * Signing in and out. A sign-in rotates the session (any session presented is revoked first, so a
 * planted cookie is useless), is rate-limited per email and per address, and is audited either way.
 */
import {
  LOGIN_MAX_FAILURES_PER_EMAIL,
  LOGIN_MAX_FAILURES_PER_IP,
  LOGIN_WINDOW_MS,
  type SignInInput,
} from "@mutu/domain";
import { appendAudit, type MutuDb, schema, withSystem } from "@mutu/db";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { newSessionSecret, sha256 } from "../../auth/secrets.ts";
import { AppError } from "../../errors.ts";
import type { HttpContext } from "../../trpc.ts";

const { people, sessions, signInAttempts } = schema;

const WRONG_CREDENTIALS = "Adresse électronique ou mot de passe incorrect.";

export async function signIn(db: MutuDb, http: HttpContext, input: SignInInput, now: Date) {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const outcome = await withSystem(db, async (tx) => {
    const [byEmail] = await tx
      .select({ n: count() })
      .from(signInAttempts)
      .where(
        and(
          eq(signInAttempts.email, input.email),
          eq(signInAttempts.success, false),
          gt(signInAttempts.at, since),
        ),
      );
    const [byIp] = http.ip
      ? await tx
          .select({ n: count() })
          .from(signInAttempts)
          .where(
            and(
              eq(signInAttempts.ip, http.ip),
              eq(signInAttempts.success, false),
              gt(signInAttempts.at, since),
            ),
          )
      : [{ n: 0 }];
    if (
      (byEmail?.n ?? 0) >= LOGIN_MAX_FAILURES_PER_EMAIL ||
      (byIp?.n ?? 0) >= LOGIN_MAX_FAILURES_PER_IP
    ) {
      await appendAudit(tx, {
        orgId: null,
        actor: null,
        action: "auth.sign-in.throttled",
        entity: "email",
        entityId: input.email,
      });
      return { ok: false as const, throttled: true };
    }
    const [person] = await tx.select().from(people).where(eq(people.email, input.email)).limit(1);
    const valid = await verifyPassword(person?.active ? person.passwordHash : null, input.password);
    await tx
      .insert(signInAttempts)
      .values({ email: input.email, ip: http.ip, at: now, success: valid });
    if (!person || !valid) {
      await appendAudit(tx, {
        orgId: person?.orgId ?? null,
        actor: null,
        action: "auth.sign-in.failed",
        entity: "email",
        entityId: input.email,
      });
      return { ok: false as const, throttled: false };
    }
    if (http.sessionSecret) {
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.tokenHash, sha256(http.sessionSecret)));
    }
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
      actor: { personId: person.id, tokenId: null, label: person.displayName },
      action: "auth.sign-in",
      entity: "person",
      entityId: person.id,
    });
    return { ok: true as const, secret };
  });
  if (!outcome.ok) {
    if (outcome.throttled)
      throw new AppError(
        "TOO_MANY_REQUESTS",
        "Trop de tentatives de connexion. Patientez 15 minutes avant de réessayer.",
      );
    throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS);
  }
  http.setSessionCookie(outcome.secret);
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

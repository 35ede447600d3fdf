/**
 * The password lifecycle: changing it in « Mon compte » (the current one required, the other
 * sessions ended), and resetting a forgotten one from a link sent by email (single use, 30
 * minutes, the same answer whether the address has an account or not, every session ended).
 * Every new password goes through the policy (auth/password-policy.ts).
 */
import {
  type ChangePasswordInput,
  PASSWORD_RESET_INVALID,
  PASSWORD_RESET_MAX_PENDING,
  PASSWORD_RESET_TTL_MS,
  passwordResetEmail,
  type ResetPasswordInput,
  resetLinkUsable,
  signInWait,
  signInWaitMessage,
  WRONG_CURRENT_PASSWORD,
} from "@mutu/domain";
import { appendAudit, type MutuDb, schema, type Tx, withSystem } from "@mutu/db";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import type { Caller } from "../../auth/caller.ts";
import { assertStrongPassword } from "../../auth/password-policy.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { sha256 } from "../../auth/secrets.ts";
import { AppError } from "../../errors.ts";
import type { HttpContext } from "../../trpc.ts";
import { endSessions, openSession, selfActor } from "./sessions.ts";
import { signInHistory } from "./throttle.ts";

const { notificationOutbox, organisations, passwordResets, people, signInAttempts } = schema;

const personRow = (tx: Tx, personId: string) =>
  tx
    .select({ person: people, org: organisations })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(eq(people.id, personId))
    .then((rows) => rows[0]);

type Person = typeof people.$inferSelect;

/**
 * A new password, once the policy accepts it (judged against what mutu knows of the person): the
 * hash replaced, every session but the one kept ended, the change audited.
 */
async function replacePassword(
  tx: Tx,
  person: Person,
  orgName: string,
  password: string,
  change: {
    now: Date;
    keepSessionHash: string | null;
    action: "auth.password-change" | "auth.password-reset";
    address: string | null;
  },
) {
  await assertStrongPassword(password, [person.displayName, person.email, orgName], "newPassword");
  await tx
    .update(people)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(people.id, person.id));
  const ended = await endSessions(tx, person.id, change.now, change.keepSessionHash);
  await appendAudit(tx, {
    orgId: person.orgId,
    actor: selfActor(person),
    action: change.action,
    entity: "person",
    entityId: person.id,
    after: { sessionsEnded: ended, address: change.address },
  });
}

export async function changePassword(
  db: MutuDb,
  http: HttpContext,
  caller: Caller,
  input: ChangePasswordInput,
  now: Date,
) {
  if (!caller.personId)
    throw new AppError("FORBIDDEN", "Un jeton d'API n'a pas de mot de passe à changer.");
  const personId = caller.personId;
  const outcome = await withSystem(db, async (tx) => {
    const row = await personRow(tx, personId);
    if (!row?.person.active)
      throw new AppError("UNAUTHORIZED", "Votre session a expiré : reconnectez-vous.");
    const { person, org } = row;
    // Guessing the current password from a stolen session is throttled as a sign-in is.
    const wait = signInWait(await signInHistory(tx, person.email, http.ip, now), now);
    if (wait > 0) return { wait, ok: false as const };
    const valid = await verifyPassword(person.passwordHash, input.currentPassword);
    if (!valid) {
      await tx
        .insert(signInAttempts)
        .values({ email: person.email, ip: http.ip, at: now, success: false });
      return { wait: 0, ok: false as const };
    }
    await replacePassword(tx, person, org.name, input.newPassword, {
      now,
      keepSessionHash: caller.sessionHash,
      action: "auth.password-change",
      address: http.ip,
    });
    return { wait: 0, ok: true as const };
  });
  if (outcome.wait > 0) throw new AppError("TOO_MANY_REQUESTS", signInWaitMessage(outcome.wait));
  if (!outcome.ok)
    throw new AppError("BAD_REQUEST", WRONG_CURRENT_PASSWORD, {
      currentPassword: [WRONG_CURRENT_PASSWORD],
    });
}

/**
 * Sends a reset link to each active account of the address, unless it already has links enough
 * waiting. Nothing in the answer or its timing depends on whether an account exists: the email
 * leaves through the outbox, after the answer.
 */
export async function requestPasswordReset(
  db: MutuDb,
  http: HttpContext,
  input: { email: string },
  now: Date,
) {
  const queued = await withSystem(db, async (tx) => {
    const accounts = await tx
      .select({ person: people, org: organisations })
      .from(people)
      .innerJoin(organisations, eq(organisations.id, people.orgId))
      .where(and(eq(people.email, input.email), eq(people.active, true)));
    let n = 0;
    for (const { person, org } of accounts) {
      const [pending] = await tx
        .select({ n: count() })
        .from(passwordResets)
        .where(
          and(
            eq(passwordResets.personId, person.id),
            isNull(passwordResets.usedAt),
            gt(passwordResets.expiresAt, now),
          ),
        );
      if ((pending?.n ?? 0) >= PASSWORD_RESET_MAX_PENDING) continue;
      const secret = randomBytes(32).toString("base64url");
      await tx.insert(passwordResets).values({
        tokenHash: sha256(secret),
        personId: person.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
        ip: http.ip,
      });
      const space = org.kind === "operator" ? "/admin" : "";
      const mail = passwordResetEmail({
        displayName: person.displayName,
        organisation: org.name,
        // In the fragment: never sent to a server, so never in a log or a Referer.
        link: `${http.publicUrl}${space}/mot-de-passe/nouveau#jeton=${secret}`,
        requestedAt: now,
      });
      await tx.insert(notificationOutbox).values({
        orgId: org.id,
        toEmail: person.email,
        subject: mail.subject,
        body: mail.text,
        nextAttemptAt: now,
      });
      await appendAudit(tx, {
        orgId: org.id,
        actor: null,
        action: "auth.password-reset.requested",
        entity: "person",
        entityId: person.id,
        after: { address: http.ip },
      });
      n++;
    }
    return n;
  });
  if (queued) http.wakeOutbox();
}

/** Sets the new password from a valid link, ends every session, and signs this browser in. */
export async function resetPassword(
  db: MutuDb,
  http: HttpContext,
  input: ResetPasswordInput,
  now: Date,
) {
  const secret = await withSystem(db, async (tx) => {
    const [link] = await tx
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, sha256(input.token)))
      .for("update");
    const row = link ? await personRow(tx, link.personId) : undefined;
    if (!link || !row?.person.active || !resetLinkUsable(link, now))
      throw new AppError("BAD_REQUEST", PASSWORD_RESET_INVALID, {
        token: [PASSWORD_RESET_INVALID],
      });
    const { person, org } = row;
    // This link and every other one still waiting die now.
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.personId, person.id), isNull(passwordResets.usedAt)));
    await replacePassword(tx, person, org.name, input.newPassword, {
      now,
      keepSessionHash: null,
      action: "auth.password-reset",
      address: http.ip,
    });
    return openSession(tx, { ...http, sessionSecret: null }, person, now, "password-reset");
  });
  http.setSessionCookie(secret);
}

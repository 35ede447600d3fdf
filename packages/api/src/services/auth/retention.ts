/**
 * What the authentication layer keeps of people's comings and goings (addresses, browsers, emails
 * typed), and for how long: as long as the throttle needs it to know an account's familiar
 * addresses (90 days), then it is deleted. Run with the periodic maintenance.
 */
import { AUTH_RECORDS_KEPT_MS } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { and, isNotNull, lt, or } from "drizzle-orm";

const { oidcLogins, passwordResets, sessions, signInAttempts } = schema;

export async function purgeAuthRecords(db: MutuDb, now: Date) {
  const before = new Date(now.getTime() - AUTH_RECORDS_KEPT_MS);
  return withSystem(db, async (tx) => {
    const attempts = await tx
      .delete(signInAttempts)
      .where(lt(signInAttempts.at, before))
      .returning({ id: signInAttempts.id });
    const resets = await tx
      .delete(passwordResets)
      .where(lt(passwordResets.createdAt, before))
      .returning({ id: passwordResets.id });
    // A session idle that long is over whatever its state; a revoked one, once that old.
    const ended = await tx
      .delete(sessions)
      .where(
        or(
          lt(sessions.lastSeenAt, before),
          and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, before)),
        ),
      )
      .returning({ tokenHash: sessions.tokenHash });
    await tx.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
    return { attempts: attempts.length, resets: resets.length, sessions: ended.length };
  });
}

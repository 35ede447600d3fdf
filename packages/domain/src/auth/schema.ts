/** Sign-in input and session timing rules. */
import { z } from "zod";
import { emailSchema } from "../people/schema.ts";

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Saisissez votre mot de passe.").max(256, "Mot de passe trop long."),
});
export type SignInInput = z.infer<typeof signInInput>;

/** A session ends after 30 idle minutes or 12 hours, whichever comes first. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;

export function sessionExpiry(session: { createdAt: Date; lastSeenAt: Date }, now: Date) {
  const idleEnd = session.lastSeenAt.getTime() + SESSION_IDLE_MS;
  const absoluteEnd = session.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  return { expired: now.getTime() >= Math.min(idleEnd, absoluteEnd), idleEnd, absoluteEnd };
}

/** The server records a session's activity at most once a minute: no write on every request. */
export const SESSION_TOUCH_EVERY_MS = 60_000;

/** What a browser knows of its session: when it signed in (if it saw it) and when the API last answered. */
export type SessionActivity = { lastActivityAt: number | null; signedInAt: number | null };
export type SessionDeadline = { end: number; reason: "idle" | "absolute" };

/**
 * When the session ends for sure if nothing more is sent, and why, as the browser can know it
 * (times in epoch ms); null before any answered call. The server may have recorded the last call up
 * to a touch interval earlier than it was sent, so that interval is counted off the idle end.
 */
export function sessionDeadline(activity: SessionActivity): SessionDeadline | null {
  if (activity.lastActivityAt === null) return null;
  const idleEnd = activity.lastActivityAt + SESSION_IDLE_MS - SESSION_TOUCH_EVERY_MS;
  // A sign-in older than any session can live, yet the API answered since: that sign-in opened an
  // earlier session (this one was opened unseen), so the limit is unknown.
  const absoluteEnd =
    activity.signedInAt === null ||
    activity.signedInAt + SESSION_ABSOLUTE_MS <= activity.lastActivityAt
      ? Number.POSITIVE_INFINITY
      : activity.signedInAt + SESSION_ABSOLUTE_MS;
  return absoluteEnd <= idleEnd
    ? { end: absoluteEnd, reason: "absolute" }
    : { end: idleEnd, reason: "idle" };
}

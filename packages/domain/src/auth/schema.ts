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

/** Sign-in attempts: 5 failures per email or 20 per address within 15 minutes, then wait. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES_PER_EMAIL = 5;
export const LOGIN_MAX_FAILURES_PER_IP = 20;

/**
 * Delivering the email outbox (system work): due messages are sent one by one; a failure is
 * retried with exponential backoff (1 min, 2, 4… capped at 6 h) and given up after 8 attempts,
 * the error kept on the row. Rows are claimed with SKIP LOCKED, so two dispatchers never send one
 * message twice.
 */
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { and, asc, eq, lte } from "drizzle-orm";

const { notificationOutbox } = schema;

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar invitation (a meeting's REQUEST or CANCEL), sent as calendar clients expect. */
  calendar?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
};

/** How mail leaves: SMTP in production (mail/smtp-sender.ts), a recorder in tests. */
export type EmailSender = { send(message: EmailMessage): Promise<void> };

export const MAX_ATTEMPTS = 8;

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

export async function dispatchOutbox(db: MutuDb, sender: EmailSender, now: Date, limit = 50) {
  return withSystem(db, async (tx) => {
    const due = await tx
      .select()
      .from(notificationOutbox)
      .where(
        and(eq(notificationOutbox.status, "pending"), lte(notificationOutbox.nextAttemptAt, now)),
      )
      .orderBy(asc(notificationOutbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    let sent = 0;
    let failed = 0;
    for (const message of due) {
      try {
        await sender.send({
          to: message.toEmail,
          subject: message.subject,
          text: message.body,
          ...(message.calendar ? { calendar: message.calendar } : {}),
        });
        await tx
          .update(notificationOutbox)
          .set({ status: "sent", sentAt: now, attempts: message.attempts + 1, lastError: null })
          .where(eq(notificationOutbox.id, message.id));
        sent++;
      } catch (error) {
        const attempts = message.attempts + 1;
        await tx
          .update(notificationOutbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
          })
          .where(eq(notificationOutbox.id, message.id));
        failed++;
      }
    }
    return { sent, failed };
  });
}

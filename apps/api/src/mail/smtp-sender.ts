/**
 * The outbox's real sender: email over SMTP (nodemailer), from MUTU_SMTP_URL and MUTU_MAIL_FROM.
 * One connection per message — the outbox sends a few dozen at most per pass — so no idle connection
 * outlives a maintenance pass. Timeouts are short because a pass holds the claimed rows' locks.
 */
import { createTransport } from "nodemailer";
import type { Env } from "../env.ts";
import type { EmailSender } from "@mutu/api";

export type SmtpConfig = { url: string; from: string };

export function createSmtpSender(config: SmtpConfig): EmailSender {
  const transport = createTransport(
    {
      url: config.url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: config.from },
  );
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        // nodemailer's calendar part: text/calendar with its METHOD, which mail clients offer to
        // add to (or remove from) the agenda.
        ...(message.calendar
          ? {
              icalEvent: {
                method: message.calendar.method,
                filename: message.calendar.filename,
                content: message.calendar.content,
              },
            }
          : {}),
      });
    },
  };
}

/** The server's address for logs, without the credentials the URL may carry. */
export function smtpEndpoint(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}

/** The configured sender, or null when MUTU_SMTP_URL is unset (emails then wait in the outbox). */
export function smtpSenderFromEnv(
  env: Pick<Env, "MUTU_SMTP_URL" | "MUTU_MAIL_FROM">,
): EmailSender | null {
  if (!env.MUTU_SMTP_URL || !env.MUTU_MAIL_FROM) return null;
  return createSmtpSender({ url: env.MUTU_SMTP_URL, from: env.MUTU_MAIL_FROM });
}

/**
 * Delivering the email outbox over SMTP, against a real SMTP server started here (smtp-server on a
 * free loopback port): a due message reaches the server with its recipient, French subject and text,
 * and is marked sent; a server that refuses it, or no server at all, leaves it pending with a
 * backoff and the error kept, and the next attempt after the backoff delivers it.
 */
import { type AddressInfo, createServer } from "node:net";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadEnv } from "../src/env.ts";
import { createSmtpSender, smtpSenderFromEnv } from "../src/mail/smtp-sender.ts";
import { dispatchOutbox, runSaisineMaintenance } from "@mutu/api";
import { createHarness, type Harness } from "./harness.ts";
import { startMailServer } from "./helpers/mail-server.ts";

const FROM = "mutu <mutu@bordeaux-metropole.mutu-demo.fr>";

/** A loopback port nobody listens on: connecting is refused at once. */
async function closedPort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe.each(drivers)("email delivery over SMTP on %s", (driver) => {
  let h: Harness;
  let mailServer: Awaited<ReturnType<typeof startMailServer>>;

  beforeAll(async () => {
    h = await createHarness(driver);
    mailServer = await startMailServer();
  });
  afterAll(async () => {
    await mailServer?.close();
    await h?.close();
  });

  type Calendar = { method: "REQUEST" | "CANCEL"; filename: string; content: string };
  const enqueue = (
    message: { to: string; subject: string; text: string; calendar?: Calendar },
    due: Date,
  ) =>
    withSystem(h.database.db, async (tx) => {
      const [row] = await tx
        .insert(schema.notificationOutbox)
        .values({
          orgId: h.orgId("bordeaux-metropole"),
          toEmail: message.to,
          subject: message.subject,
          body: message.text,
          calendar: message.calendar ?? null,
          nextAttemptAt: due,
        })
        .returning();
      if (!row) throw new Error("outbox row not inserted");
      return row.id;
    });
  const row = async (id: number) => {
    const [r] = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.notificationOutbox).where(eq(schema.notificationOutbox.id, id)),
    );
    if (!r) throw new Error(`no outbox row ${id}`);
    return r;
  };

  test("a due message is delivered with its recipient, subject and text, then marked sent", async () => {
    const now = new Date("2026-06-04T14:30:00+02:00");
    const message = {
      to: "can@bordeaux-metropole.mutu-demo.fr",
      subject: "[mutu] BM-2026-00042 : 75 % du délai de résolution écoulé",
      text: "Bonjour,\n\nLa saisine BM-2026-00042 « Logiciel d'état civil inaccessible » a atteint 75 % de son délai.\n\n— mutu\n",
    };
    const id = await enqueue(message, now);
    const sender = smtpSenderFromEnv(
      loadEnv({ MUTU_SMTP_URL: mailServer.url, MUTU_MAIL_FROM: FROM }),
    );
    expect(sender).not.toBeNull();

    const pass = await runSaisineMaintenance(h.database.db, { now, emailSender: sender });
    expect(pass.emails).toEqual({ sent: 1, failed: 0 });
    const [delivered] = mailServer.received.splice(0);
    expect(delivered?.rcptTo).toEqual([message.to]);
    expect(delivered?.from).toBe("mutu@bordeaux-metropole.mutu-demo.fr");
    expect(delivered?.mail.to).toMatchObject({ text: message.to });
    expect(delivered?.mail.from?.text).toBe('"mutu" <mutu@bordeaux-metropole.mutu-demo.fr>');
    expect(delivered?.mail.subject).toBe(message.subject);
    expect(delivered?.mail.text).toBe(message.text);
    expect(await row(id)).toMatchObject({
      status: "sent",
      attempts: 1,
      sentAt: now,
      lastError: null,
    });
  });

  test("a meeting's invitation carries its .ics as a text/calendar part with its METHOD", async () => {
    const now = new Date("2026-06-04T15:30:00+02:00");
    const content = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//mutu//Gouvernance//FR",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:reunion@mutu.test",
      "SEQUENCE:1",
      "DTSTAMP:20260604T130000Z",
      "DTSTART:20260710T073000Z",
      "DTEND:20260710T090000Z",
      "SUMMARY:Comité de suivi du contrat d'engagement — Bègles",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    await enqueue(
      {
        to: "dgs@begles.mutu-demo.fr",
        subject: "[mutu] Réunion reportée : Comité de suivi du contrat d'engagement — Bègles",
        text: "Bonjour,\n\nLa réunion est reportée.\n",
        calendar: { method: "REQUEST", filename: "comite-de-suivi-begles-2026-07-10.ics", content },
      },
      now,
    );
    const sender = createSmtpSender({ url: mailServer.url, from: FROM });
    expect(await dispatchOutbox(h.database.db, sender, now)).toEqual({ sent: 1, failed: 0 });
    const [delivered] = mailServer.received.splice(0);
    const calendars = (delivered?.mail.attachments ?? []).filter((a) =>
      a.contentType.startsWith("text/calendar"),
    );
    expect(calendars.length).toBeGreaterThan(0);
    expect(calendars[0]?.content.toString("utf8")).toContain("METHOD:REQUEST");
    expect(delivered?.mail.text).toBe("Bonjour,\n\nLa réunion est reportée.\n");
  });

  test.each([
    ["the server refuses the recipient", "refuse", /550 Mailbox unavailable/],
    ["no server listens", "closed", /ECONNREFUSED/],
  ] as const)(
    "when %s, the message stays pending with a backoff and the error kept",
    async (_, how, error) => {
      const now = new Date("2026-06-05T09:00:00+02:00");
      const id = await enqueue(
        {
          to: "dgs@begles.mutu-demo.fr",
          subject: "[mutu] Délai dépassé",
          text: "Bonjour,\n\nLe délai est dépassé.\n",
        },
        now,
      );
      mailServer.state.refuse = how === "refuse" ? "Mailbox unavailable" : null;
      const url =
        how === "refuse" ? mailServer.url : `smtp://mutu:s3cret@127.0.0.1:${await closedPort()}`;
      const failing = createSmtpSender({ url, from: FROM });
      expect(await dispatchOutbox(h.database.db, failing, now)).toEqual({ sent: 0, failed: 1 });
      expect(mailServer.received).toEqual([]);
      const kept = await row(id);
      expect(kept).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
      expect(kept.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
      expect(kept.lastError).toMatch(error);

      // The server is back: not before the backoff, then delivered on the second attempt.
      mailServer.state.refuse = null;
      const working = createSmtpSender({ url: mailServer.url, from: FROM });
      const early = new Date(now.getTime() + 30_000);
      expect(await dispatchOutbox(h.database.db, working, early)).toEqual({ sent: 0, failed: 0 });
      const later = new Date(now.getTime() + 60_000);
      expect(await dispatchOutbox(h.database.db, working, later)).toEqual({ sent: 1, failed: 0 });
      expect(mailServer.received.splice(0).map((r) => r.rcptTo)).toEqual([
        ["dgs@begles.mutu-demo.fr"],
      ]);
      expect(await row(id)).toMatchObject({
        status: "sent",
        attempts: 2,
        sentAt: later,
        lastError: null,
      });
    },
  );
});

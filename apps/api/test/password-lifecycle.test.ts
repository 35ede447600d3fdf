/**
 * The password's lifecycle through the real stack on both drivers, the reset email read from a
 * real SMTP server: changing it (the current one required, the policy applied, the other sessions
 * ended), and resetting a forgotten one (the same answer for any address, a single-use link valid
 * 30 minutes, every session ended).
 */
import { PASSWORD_RESET_INVALID, PASSWORD_RESET_REQUESTED } from "@mutu/domain";
import { drivers } from "@mutu/db/testing";
import { dispatchOutbox } from "@mutu/api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSmtpSender } from "../src/mail/smtp-sender.ts";
import { ORIGIN, useHarness } from "./harness.ts";
import { startMailServer } from "./helpers/mail-server.ts";

const NEW_PASSWORD = "girafe parapluie tonnerre violon";
let clock = new Date("2026-11-24T09:00:00+01:00");
let mail: Awaited<ReturnType<typeof startMailServer>>;
let delivering: Promise<unknown> = Promise.resolve();

beforeAll(async () => {
  mail = await startMailServer();
});
afterAll(() => mail.close());

describe.each(drivers)("password lifecycle on %s", (driver) => {
  const t = useHarness(driver, {
    now: () => clock,
    wakeOutbox: () => {
      const sender = createSmtpSender({ url: mail.url, from: "mutu <mutu@mutu.test>" });
      delivering = dispatchOutbox(t.h.database.db, sender, clock);
    },
  });
  /** The messages delivered since the last look (the server is shared by both drivers' runs). */
  beforeAll(() => {
    clock = new Date("2026-11-24T09:00:00+01:00");
  });
  const received = async (to: string, others: string[] = []) => {
    await delivering;
    const all = mail.received.splice(0);
    others.push(...all.flatMap((r) => r.rcptTo).filter((r) => r !== to));
    return all.filter((r) => r.rcptTo.includes(to)).map((r) => r.mail);
  };

  test("change: the current password is required, the policy applies, other sessions end", async () => {
    const email = "referent@pessac.mutu-demo.fr";
    const here = await t.h.signIn(email);
    const elsewhere = await t.h.signIn(email);
    const wrong = await t.h.mutate(
      "auth.changePassword",
      { currentPassword: "pas le bon", newPassword: NEW_PASSWORD },
      { cookie: here },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.error?.data.fieldErrors).toEqual({
      currentPassword: ["Mot de passe actuel incorrect."],
    });
    const weak = await t.h.mutate(
      "auth.changePassword",
      { currentPassword: "demo-mutu-2026", newPassword: "motdepasse123" },
      { cookie: here },
    );
    expect(weak.status).toBe(400);
    expect(weak.error?.data.fieldErrors?.newPassword?.[0]).toBe(
      "Ce mot de passe est trop facile à deviner.",
    );
    const done = await t.h.mutate(
      "auth.changePassword",
      { currentPassword: "demo-mutu-2026", newPassword: NEW_PASSWORD },
      { cookie: here },
    );
    expect(done.status, done.error?.message).toBe(200);
    expect((await t.h.query("auth.me", undefined, { cookie: here })).status).toBe(200);
    expect((await t.h.query("auth.me", undefined, { cookie: elsewhere })).status).toBe(401);
    expect((await t.h.mutate("auth.signIn", { email, password: "demo-mutu-2026" })).status).toBe(
      401,
    );
    expect((await t.h.mutate("auth.signIn", { email, password: NEW_PASSWORD })).status).toBe(200);
  });

  test("reset: one answer for every address; a single-use link by email; every session ended", async () => {
    const email = "dgs@bruges.mutu-demo.fr";
    const before = await t.h.signIn(email);
    for (const address of [email, "personne@nulle-part.fr"]) {
      const asked = await t.h.mutate("auth.requestPasswordReset", { email: address });
      expect(asked.status).toBe(200);
      expect(asked.data).toEqual({ message: PASSWORD_RESET_REQUESTED });
    }
    const others: string[] = [];
    const delivered = await received(email, others);
    expect(delivered).toHaveLength(1);
    expect(others).toEqual([]); // nothing for the unknown address
    const [message] = delivered;
    expect(message?.subject).toBe("[mutu] Choisir un nouveau mot de passe");
    expect(message?.text).toContain("le mardi 24 novembre 2026 à 09h00");
    const link = message?.text?.match(/https?:\/\/\S+/)?.[0] ?? "";
    expect(link.startsWith(`${ORIGIN}/mot-de-passe/nouveau#jeton=`)).toBe(true);
    const token = link.split("#jeton=")[1] ?? "";

    const weak = await t.h.mutate("auth.resetPassword", { token, newPassword: "azertyuiop123" });
    expect(weak.status).toBe(400);
    const reset = await t.h.mutate("auth.resetPassword", { token, newPassword: NEW_PASSWORD });
    expect(reset.status, reset.error?.message).toBe(200);
    const cookie = reset.setCookie?.split(";")[0] ?? "";
    expect((await t.h.query("auth.me", undefined, { cookie })).status).toBe(200);
    expect((await t.h.query("auth.me", undefined, { cookie: before })).status).toBe(401);
    const again = await t.h.mutate("auth.resetPassword", {
      token,
      newPassword: `${NEW_PASSWORD} bis`,
    });
    expect(again.status).toBe(400);
    expect(again.error?.message).toBe(PASSWORD_RESET_INVALID);
  });

  test("reset: a link unused for 30 minutes is dead", async () => {
    const email = "dgs@merignac.mutu-demo.fr";
    await t.h.mutate("auth.requestPasswordReset", { email });
    const [message] = await received(email);
    const token = message?.text?.match(/#jeton=([\w-]+)/)?.[1] ?? "";
    clock = new Date(clock.getTime() + 30 * 60_000);
    const late = await t.h.mutate("auth.resetPassword", { token, newPassword: NEW_PASSWORD });
    expect(late.status).toBe(400);
    expect(late.error?.message).toBe(PASSWORD_RESET_INVALID);
    expect((await t.h.mutate("auth.signIn", { email, password: "demo-mutu-2026" })).status).toBe(
      200,
    );
  });

  test("a person created with a guessable password is refused in French", async () => {
    const admin = await t.h.signIn("admin@bordeaux-metropole.mutu-demo.fr");
    const res = await t.h.mutate(
      "people.create",
      {
        orgId: t.h.orgId("pessac"),
        displayName: "Camille Martin",
        email: "camille.martin@pessac.mutu-demo.fr",
        password: "camillemartin2026",
        functionIds: [],
      },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.data.fieldErrors?.password?.[0]).toBe(
      "Ce mot de passe est trop facile à deviner.",
    );
  });
});

/**
 * Probe 5: failed sign-ins slow guessers down without locking the owner out. Guesses against one
 * account from many addresses slow those addresses; the owner, at the address they usually sign in
 * from, still signs in; a guesser's own address waits longer after each failure, then may try again.
 * The records the throttle reads are kept 90 days, then deleted.
 */
import { purgeAuthRecords } from "@mutu/api";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { useHarness } from "./harness.ts";

let clock = new Date("2026-11-23T08:00:00Z");
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

describe.each(drivers)("sign-in throttling on %s", (driver) => {
  const t = useHarness(driver, { now: () => clock });
  const email = "dgs@pessac.mutu-demo.fr";
  const office = "192.0.2.10";
  const attempt = (password: string, from: string) =>
    t.h.mutate("auth.signIn", { email, password }, { from });

  test("twelve guesses from as many addresses do not keep the owner out of their office", async () => {
    // The owner signed in from the office last week: a familiar address.
    expect((await attempt("demo-mutu-2026", office)).status).toBe(200);
    advance(7 * 24 * 3600_000);
    for (let i = 1; i <= 12; i++) {
      advance(10_000);
      const res = await attempt(`devinette-${i}`, `203.0.113.${i}`);
      expect(res.status, `guess ${i}`).toBe(401);
    }
    // An unfamiliar address, even with the right password, waits…
    const elsewhere = await attempt("demo-mutu-2026", "203.0.113.200");
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.error?.message).toMatch(/patientez \d+ secondes/);
    // …the owner at the office does not.
    const owner = await attempt("demo-mutu-2026", office);
    expect(owner.status, owner.error?.message).toBe(200);
  });

  test("one address's waits double with each failure, and end", async () => {
    const from = "203.0.113.99";
    const other = "agent@pessac.mutu-demo.fr";
    advance(3600_000);
    const fail = () => t.h.mutate("auth.signIn", { email: other, password: "x" }, { from });
    for (let i = 0; i < 3; i++) expect((await fail()).status).toBe(401);
    expect((await fail()).error?.message).toMatch(/patientez 1 seconde /);
    advance(1000);
    expect((await fail()).status).toBe(401);
    expect((await fail()).error?.message).toMatch(/patientez 2 secondes/);
    advance(2000);
    const right = await t.h.mutate(
      "auth.signIn",
      { email: other, password: "demo-mutu-2026" },
      { from },
    );
    expect(right.status, right.error?.message).toBe(200);
  });
});

describe.each(drivers)("sign-in records kept 90 days on %s", (driver) => {
  const t = useHarness(driver);

  test("attempts, reset links and sessions older than 90 days are deleted, recent ones kept", async () => {
    const at = new Date("2026-11-23T08:00:00Z");
    const old = new Date(at.getTime() - 91 * 24 * 3600_000);
    const recent = new Date(at.getTime() - 89 * 24 * 3600_000);
    await withSystem(t.h.database.db, (tx) =>
      tx.insert(schema.signInAttempts).values([
        { email: "ancien@exemple.fr", ip: "203.0.113.1", at: old, success: false },
        { email: "recent@exemple.fr", ip: "203.0.113.2", at: recent, success: true },
      ]),
    );
    const purged = await purgeAuthRecords(t.h.database.db, at);
    expect(purged.attempts).toBeGreaterThanOrEqual(1);
    const left = await withSystem(t.h.database.db, (tx) =>
      tx.select({ email: schema.signInAttempts.email }).from(schema.signInAttempts),
    );
    expect(left.map((r) => r.email)).toContain("recent@exemple.fr");
    expect(left.map((r) => r.email)).not.toContain("ancien@exemple.fr");
  });
});

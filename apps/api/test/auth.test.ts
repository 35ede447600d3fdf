/** Signing in and out, sessions, rate limiting and CSRF, through the real HTTP stack. */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness, ORIGIN } from "./harness.ts";

describe.each(drivers)("authentication on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h.close());

  test("sign in, see who I am, sign out", async () => {
    const res = await h.mutate("auth.signIn", {
      email: "DGS@Begles.mutu-demo.fr ",
      password: "demo-mutu-2026",
    });
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/^mutu_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = res.setCookie?.split(";")[0] ?? "";
    const me = await h.query("auth.me", undefined, { cookie });
    expect(me.data).toMatchObject({
      email: "dgs@begles.mutu-demo.fr",
      org: { name: "Bègles", kind: "commune" },
    });
    expect((me.data as { functions: { label: string }[] }).functions.map((f) => f.label)).toEqual([
      "Directeur général des services",
    ]);
    const out = await h.mutate("auth.signOut", undefined, { cookie });
    expect(out.setCookie).toMatch(/Max-Age=0/);
    const after = await h.query("auth.me", undefined, { cookie });
    expect(after.status).toBe(401);
    expect(after.error?.message).toBe("Votre session a expiré : reconnectez-vous.");
  });

  test("a wrong password is refused in French, recorded, and sets no cookie", async () => {
    const res = await h.mutate("auth.signIn", {
      email: "agent@pessac.mutu-demo.fr",
      password: "mauvais-mot-de-passe",
    });
    expect(res.status).toBe(401);
    expect(res.error?.message).toBe("Adresse électronique ou mot de passe incorrect.");
    expect(res.setCookie).toBeNull();
    const audit = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.auditLog).where(eq(schema.auditLog.action, "auth.sign-in.failed")),
    );
    expect(
      audit.some(
        (a) => a.entityId === "agent@pessac.mutu-demo.fr" && a.orgId === h.orgId("pessac"),
      ),
    ).toBe(true);
  });

  test("invalid input gets field errors in French and changes nothing", async () => {
    const res = await h.mutate("auth.signIn", { email: "pas-une-adresse", password: "" });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      "Certaines informations sont invalides : corrigez les champs signalés.",
    );
    expect(res.error?.data.fieldErrors).toEqual({
      email: ["Adresse électronique invalide."],
      password: ["Saisissez votre mot de passe."],
    });
  });

  test("failures from one address slow that address down, with the wait in French", async () => {
    const email = "agent@merignac.mutu-demo.fr";
    const from = "198.51.100.7";
    for (let i = 0; i < 3; i++)
      expect(
        (await h.mutate("auth.signIn", { email, password: `faux-${i}` }, { from })).status,
      ).toBe(401);
    const res = await h.mutate("auth.signIn", { email, password: "demo-mutu-2026" }, { from });
    expect(res.status).toBe(429);
    expect(res.error?.message).toMatch(
      /^Trop de tentatives de connexion\s: patientez \d+ secondes? avant de réessayer\.$/,
    );
  });

  test("signing in rotates the session: the cookie presented before is revoked", async () => {
    const first = await h.signIn("referent@begles.mutu-demo.fr");
    const res = await h.mutate(
      "auth.signIn",
      { email: "referent@begles.mutu-demo.fr", password: "demo-mutu-2026" },
      { cookie: first },
    );
    const second = res.setCookie?.split(";")[0] ?? "";
    expect(second).not.toBe(first);
    expect((await h.query("auth.me", undefined, { cookie: first })).status).toBe(401);
    expect((await h.query("auth.me", undefined, { cookie: second })).status).toBe(200);
  });

  test("CSRF: a cookie mutation from another origin, or not JSON, is refused before it runs", async () => {
    const cookie = await h.signIn("admin@bordeaux-metropole.mutu-demo.fr");
    const body = JSON.stringify({ personId: "00000000-0000-4000-8000-000000000000" });
    const cross = await h.request("/trpc/people.deactivate", {
      method: "POST",
      cookie,
      body,
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    expect(cross.status).toBe(403);
    expect(await cross.json()).toMatchObject({
      error: { message: "Requête refusée : origine non autorisée.", data: { code: "FORBIDDEN" } },
    });
    const form = await h.request("/trpc/people.deactivate", {
      method: "POST",
      cookie,
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
    });
    expect(form.status).toBe(403);
    const crossSite = await h.request("/trpc/auth.signOut", {
      method: "POST",
      cookie,
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    expect((await h.query("auth.me", undefined, { cookie })).status).toBe(200);
  });

  test("a mutation cannot be triggered by GET", async () => {
    const cookie = await h.signIn("admin@bordeaux-metropole.mutu-demo.fr");
    const res = await h.query("auth.signOut", undefined, { cookie });
    expect(res.status).toBe(405);
    expect((await h.query("auth.me", undefined, { cookie })).status).toBe(200);
  });

  test("idle and absolute timeouts end a session", async () => {
    let clock = new Date("2026-11-22T08:00:00Z");
    const timed = await createHarness(driver, { now: () => clock });
    try {
      const cookie = await timed.signIn("dgs@bruges.mutu-demo.fr");
      clock = new Date(clock.getTime() + 29 * 60_000);
      expect((await timed.query("auth.me", undefined, { cookie })).status).toBe(200);
      clock = new Date(clock.getTime() + 29 * 60_000); // active within 30 min: still valid
      expect((await timed.query("auth.me", undefined, { cookie })).status).toBe(200);
      clock = new Date(clock.getTime() + 31 * 60_000); // idle 31 minutes
      expect((await timed.query("auth.me", undefined, { cookie })).status).toBe(401);
      const again = await timed.signIn("dgs@bruges.mutu-demo.fr");
      for (let i = 0; i < 25; i++) {
        clock = new Date(clock.getTime() + 29 * 60_000);
        await timed.query("auth.me", undefined, { cookie: again });
      }
      expect((await timed.query("auth.me", undefined, { cookie: again })).status).toBe(401); // past 12 h
    } finally {
      await timed.close();
    }
  });

  test("unknown routes are 404 and /healthz answers", async () => {
    expect((await h.request("/nimporte-quoi")).status).toBe(404);
    expect((await h.request("/trpc/nope.nothing")).status).toBe(404);
    const health = await h.request("/healthz");
    expect(await health.json()).toEqual({ status: "ok", database: driver });
  });
});

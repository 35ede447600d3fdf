/**
 * The black-box review's HTTP probes, through the real stack on both drivers: body limits (2),
 * trusted proxies (4), one reading of the Authorization header (6), NUL characters (7), response
 * headers (12), unknown fields (13), inputs where none is expected or that cannot be read (14).
 */
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { desc } from "drizzle-orm";
import { afterEach, describe, expect, test, vi } from "vitest";
import { BODY_TOO_LARGE_MESSAGE, SMALL_BODY_MAX_BYTES } from "../src/http/body-limit.ts";
import { parseProxyTrust, type ProxyTrust } from "../src/http/proxy.ts";
import { ORIGIN, useHarness } from "./harness.ts";
import { saisineInput } from "./helpers/saisines.ts";

const ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";
const CALL_CENTRE = "can@bordeaux-metropole.mutu-demo.fr";
const json = { "content-type": "application/json", origin: ORIGIN };

/** A body of `size` bytes streamed in 64 KB chunks, counting what the server pulled. */
function streamedBody(size: number) {
  const pulled = { bytes: 0 };
  const chunk = new TextEncoder().encode("A".repeat(64 * 1024));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"email":"a@b.fr","password":"'));
    },
    pull(controller) {
      if (pulled.bytes >= size) return controller.close();
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

describe.each(drivers)("HTTP probes on %s", (driver) => {
  const t = useHarness(driver, {
    proxyTrust: parseProxyTrust("1") as ProxyTrust,
    signedIn: { admin: ADMIN, can: CALL_CENTRE },
  });
  afterEach(() => vi.restoreAllMocks());

  test("2 · a 100 MB sign-in is refused after 64 KB, unread, with the French message", async () => {
    const { body, pulled } = streamedBody(100 * 1024 * 1024);
    const res = await t.h.request("/trpc/auth.signIn", {
      method: "POST",
      headers: json,
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: { message: BODY_TOO_LARGE_MESSAGE, data: { code: "PAYLOAD_TOO_LARGE" } },
    });
    expect(pulled.bytes).toBeLessThan(4 * SMALL_BODY_MAX_BYTES);
    expect(BODY_TOO_LARGE_MESSAGE).toBe("Requête trop volumineuse : 64 Ko au plus.");
  });

  test("2 · an announced large body to an ordinary procedure, or an anonymous upload, is refused", async () => {
    const big = JSON.stringify({ orgId: t.h.orgId("begles"), note: "A".repeat(200_000) });
    const ordinary = await t.h.request("/trpc/people.create", {
      method: "POST",
      headers: json,
      body: big,
      cookie: t.admin,
    });
    expect(ordinary.status).toBe(413);
    const anonymous = await t.h.request("/trpc/saisines.uploadAttachment", {
      method: "POST",
      headers: { ...json, "content-length": String(5_000_000) },
      body: "A".repeat(5_000_000),
    });
    expect(anonymous.status).toBe(413);
  });

  test("4 · behind one trusted proxy, the left-most X-Forwarded-For is not believed", async () => {
    const email = "agent@talence.mutu-demo.fr";
    for (const forged of ["1.1.1.1", "2.2.2.2", "3.3.3.3"])
      await t.h.mutate(
        "auth.signIn",
        { email, password: "mauvais" },
        { from: "10.0.0.1", headers: { "x-forwarded-for": `${forged}, 203.0.113.50` } },
      );
    const attempts = await withSystem(t.h.database.db, (tx) =>
      tx
        .select({ ip: schema.signInAttempts.ip })
        .from(schema.signInAttempts)
        .orderBy(desc(schema.signInAttempts.id))
        .limit(3),
    );
    expect(attempts.map((a) => a.ip)).toEqual(["203.0.113.50", "203.0.113.50", "203.0.113.50"]);
    // …and the per-address wait holds, however the left of the header changes.
    const next = await t.h.mutate(
      "auth.signIn",
      { email, password: "demo-mutu-2026" },
      { from: "10.0.0.1", headers: { "x-forwarded-for": "9.9.9.9, 203.0.113.50" } },
    );
    expect(next.status).toBe(429);
    const audit = await withSystem(t.h.database.db, (tx) =>
      tx.select().from(schema.auditLog).orderBy(desc(schema.auditLog.seq)).limit(1),
    );
    expect(audit[0]?.after).toMatchObject({ address: "203.0.113.50" });
  });

  test("6 · a malformed Authorization header is refused, never a fall-back to the cookie", async () => {
    const me = await t.h.request("/trpc/auth.me", {
      cookie: t.admin,
      headers: { authorization: "Bearer a b" },
    });
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({
      error: { message: "En-tête Authorization invalide : attendu « Bearer <jeton> »." },
    });
    // A cross-site mutation with it does not run either (no CSRF skip, no cookie).
    const cross = await t.h.request("/trpc/auth.signOut", {
      method: "POST",
      cookie: t.admin,
      headers: {
        "content-type": "text/plain",
        origin: "https://evil.example",
        authorization: "Bearer a b",
      },
    });
    expect(cross.status).toBe(401);
    expect((await t.h.query("auth.me", undefined, { cookie: t.admin })).status).toBe(200);
  });

  test("7 · a NUL character in a text field or a filter is invalid input in French, and nothing is logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const filed = await t.h.mutate(
      "saisines.create",
      saisineInput(t.h.orgId("begles"), {
        title: "Imprimante\u0000 de Mme Durand",
        channel: "telephone",
      }),
      { cookie: t.can },
    );
    expect(filed.status).toBe(400);
    expect(filed.error?.data.fieldErrors).toEqual({
      title: ["Caractère non autorisé (caractère nul)."],
    });
    const filter = await t.h.query(
      "saisines.queue",
      { proximityCentre: "Sud\u0000Durand" },
      { cookie: t.can },
    );
    expect(filter.status).toBe(400);
    expect(filter.error?.message).toBe(
      "Certaines informations contiennent un caractère non autorisé (caractère nul).",
    );
    expect(logged).not.toHaveBeenCalled();
  });

  test("12 · nosniff on every API answer; HSTS once served over HTTPS", async () => {
    for (const res of [
      await t.h.request("/trpc/auth.me"),
      await t.h.request("/healthz"),
      await t.h.request("/nulle-part"),
    ]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    const https = await t.h.request("/trpc/auth.me", {
      from: "10.0.0.1",
      headers: { "x-forwarded-proto": "https" },
    });
    expect(https.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });

  test("13 · unknown fields are refused, named in French; valid calls are unchanged", async () => {
    const extra = await t.h.mutate(
      "people.create",
      {
        orgId: t.h.orgId("begles"),
        displayName: "Camille Martin",
        email: "camille.martin@begles.mutu-demo.fr",
        password: "une phrase de passe solide",
        functionIds: [],
        isAdmin: true,
        notes: "x",
      },
      { cookie: t.admin },
    );
    expect(extra.status).toBe(400);
    expect(extra.error?.message).toBe("Champs inconnus : isAdmin, notes.");
    expect(extra.error?.data.fieldErrors).toEqual({
      isAdmin: ["Champ inconnu."],
      notes: ["Champ inconnu."],
    });
    const nested = await t.h.query(
      "saisines.queue",
      { assignee: { kind: "me", personId: "x" } },
      { cookie: t.can },
    );
    expect(nested.error?.message).toBe("Champ inconnu : assignee.personId.");
    const noInput = await t.h.mutate("auth.signOut", { everything: true }, { cookie: t.admin });
    expect(noInput.error?.message).toBe("Champ inconnu : everything.");
    expect(
      (await t.h.query("saisines.queue", { assignee: { kind: "me" } }, { cookie: t.can })).status,
    ).toBe(200);
  });

  test("14 · a procedure without input refuses a value; an input that cannot be read is refused in French", async () => {
    for (const value of [42, "texte", ["x"]]) {
      const res = await t.h.mutate("auth.signOut", value, { cookie: t.can });
      expect(res.status).toBe(400);
      expect(res.error?.message).toBe(
        "Cette demande n'attend aucune information : n'en envoyez pas.",
      );
    }
    // The session was not closed by them.
    expect((await t.h.query("auth.me", undefined, { cookie: t.can })).status).toBe(200);
    for (const body of [undefined, "{", "pas du JSON"]) {
      const res = await t.h.request("/trpc/tokens.create", {
        method: "POST",
        headers: json,
        body,
        cookie: t.admin,
      });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toBe(
        "Informations illisibles : envoyez-les au format JSON, comme l'indique la documentation de l'API.",
      );
    }
    // Called without a body, a procedure without input still runs (how clients call it).
    const signOut = await t.h.request("/trpc/auth.signOut", {
      method: "POST",
      headers: json,
      cookie: t.can,
    });
    expect(signOut.status).toBe(200);
  });
});

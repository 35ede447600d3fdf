/**
 * What an integrator sees when the call itself is wrong — an unknown procedure, the wrong HTTP
 * method, no JSON, a batch that cannot run: tRPC's own refusals, answered in French with their
 * HTTP status, through the real stack on both drivers.
 */
import { drivers } from "@mutu/db/testing";
import { describe, expect, test } from "vitest";
import { PROTOCOL_MESSAGES as M } from "@mutu/api";
import { ORIGIN, useHarness } from "./harness.ts";

const ADMIN = "admin@bordeaux-metropole.mutu-demo.fr";
const json = { "content-type": "application/json", origin: ORIGIN };

type Refusal = { error: { message: string; data: { code: string; httpStatus: number } } };

describe.each(drivers)("tRPC's own refusals in French on %s", (driver) => {
  const t = useHarness(driver, { signedIn: { admin: ADMIN } });

  async function refusal(path: string, init: RequestInit & { cookie?: string; token?: string }) {
    const res = await t.h.request(path, init);
    const body = (await res.json()) as Refusal | Refusal[];
    return { status: res.status, body };
  }

  async function token() {
    const created = await t.h.mutate(
      "tokens.create",
      {
        orgId: t.h.orgId("bordeaux-metropole"),
        name: "Protocole",
        permissions: ["org.read"],
        expiresInDays: 30,
      },
      { cookie: t.admin },
    );
    return (created.data as { secret: string }).secret;
  }

  test("an unknown procedure, or none, is a 404 that says where the names are", async () => {
    const unknown = await refusal("/trpc/saisines.lister", { cookie: t.admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      error: { message: M.unknownProcedure, data: { code: "NOT_FOUND", path: "saisines.lister" } },
    });
    const none = await refusal("/trpc/", { cookie: t.admin });
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ error: { message: M.noProcedure } });
    // A record that is not found keeps its own message.
    const missing = await t.h.query(
      "saisines.get",
      { saisineId: "00000000-0000-4000-8000-000000000000" },
      { cookie: t.admin },
    );
    expect(missing.status).toBe(404);
    expect(missing.error?.message).not.toBe(M.unknownProcedure);
    expect(missing.error?.message).toMatch(/introuvable/);
  });

  test.each([
    ["GET", "auth.signOut", M.mutationByPost],
    ["PUT", "auth.signOut", M.mutationByPost],
    ["POST", "organisations.list", M.queryByGet],
  ])("%s to %s is a 405 that names the right method", async (method, path, message) => {
    const sent = method === "GET" ? {} : { method, headers: json, body: "{}" };
    const wrong = await refusal(`/trpc/${path}`, { ...sent, cookie: t.admin });
    expect(wrong.status).toBe(405);
    expect(wrong.body).toMatchObject({
      error: { message, data: { code: "METHOD_NOT_SUPPORTED" } },
    });
    // The session was not closed by it.
    expect((await t.h.query("auth.me", undefined, { cookie: t.admin })).status).toBe(200);
  });

  test("a body that is not JSON is a 415 that says which header to send", async () => {
    const secret = await token();
    const plain = await refusal("/trpc/auth.signOut", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
      token: secret,
    });
    expect(plain.status).toBe(415);
    expect(plain.body).toMatchObject({
      error: { message: M.mediaType, data: { code: "UNSUPPORTED_MEDIA_TYPE" } },
    });
    const none = await refusal("/trpc/auth.signOut", { method: "DELETE", token: secret });
    expect(none.status).toBe(415);
    expect(none.body).toMatchObject({ error: { message: M.mediaType } });
  });

  test("a batch that mixes reads and writes, a stream without a batch, unreadable parameters", async () => {
    const mixed = await refusal("/trpc/auth.me,auth.signOut?batch=1", { cookie: t.admin });
    expect(mixed.status).toBe(400);
    expect(JSON.stringify(mixed.body)).toContain(M.mixedBatch);
    const stream = await refusal("/trpc/auth.me", {
      headers: { accept: "application/jsonl" },
      cookie: t.admin,
    });
    expect(stream.status).toBe(400);
    expect(stream.body).toMatchObject({ error: { message: M.streamNeedsBatch } });
    const params = await refusal("/trpc/auth.me?connectionParams=1&input=%7B", {
      cookie: t.admin,
    });
    expect(params.status).toBe(400);
    expect(params.body).toMatchObject({
      error: { message: M.unreadable, data: { code: "PARSE_ERROR" } },
    });
  });

  test("in a batch each unknown path is refused beside the calls that run", async () => {
    const batch = await refusal("/trpc/saisines.lister,auth.me?batch=1&input=%7B%7D", {
      cookie: t.admin,
    });
    const [unknown, me] = batch.body as [Refusal, { result: unknown }];
    expect(unknown.error.message).toBe(M.unknownProcedure);
    expect(me.result).toBeDefined();
  });
});

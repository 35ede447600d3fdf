/** @mutu/client against a real mutu server (embedded database, real HTTP on a loopback port). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnv } from "../src/env.ts";
import { startServer } from "../src/server.ts";
import { migrationsFolder } from "@mutu/db";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createMutuClient, TRPCClientError } from "@mutu/client";

let server: Awaited<ReturnType<typeof startServer>>;
let base: string;
const dataDir = mkdtempSync(join(tmpdir(), "mutu-client-"));

beforeAll(async () => {
  server = await startServer(
    loadEnv({ PORT: "0", MUTU_DATA_DIR: dataDir }),
    { migrationsFolder },
    () => {},
  );
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function adminToken() {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({
      email: "admin@bordeaux-metropole.mutu-demo.fr",
      password: "demo-mutu-2026",
    }),
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
  const orgs = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } }).then((r) => r.json());
  const orgId = (orgs as { result: { data: { org: { id: string } } } }).result.data.org.id;
  const created = await fetch(`${base}/trpc/tokens.create`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({
      orgId,
      name: "Outil de téléphonie",
      permissions: ["org.read", "people.read"],
      expiresInDays: 30,
    }),
  }).then((r) => r.json());
  return (created as { result: { data: { secret: string } } }).result.data.secret;
}

test("typed calls with a token: the operator's communes, its identity", async () => {
  const mutu = createMutuClient({ url: base, token: await adminToken() });
  const [me, orgs] = await Promise.all([mutu.auth.me.query(), mutu.organisations.list.query()]);
  expect(me).toMatchObject({
    kind: "token",
    displayName: "Jeton « Outil de téléphonie »",
    org: { name: "Bordeaux Métropole" },
  });
  expect(orgs.filter((o) => o.kind === "commune").map((o) => o.name)).toContain("Bègles");
});

test("a procedure outside the token's permissions is refused with a French message", async () => {
  const mutu = createMutuClient({ url: base, token: await adminToken() });
  const error = await mutu.tokens.list.query().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  expect((error as TRPCClientError<never>).message).toBe(
    "Vous n'avez pas les droits nécessaires pour cette action.",
  );
});

test("an unknown token is refused", async () => {
  const mutu = createMutuClient({ url: base, token: "mutu_inconnu" });
  await expect(mutu.auth.me.query()).rejects.toThrow("Jeton d'API invalide, expiré ou révoqué.");
  expect(() => createMutuClient({ url: base, token: "abc" })).toThrow("commence par « mutu_ »");
});

/** When the database is down, users get a clear 503 in French, not a stack trace. */
import { openDatabase } from "@mutu/db";
import { afterAll, expect, test } from "vitest";
import { UNAVAILABLE_MESSAGE } from "@mutu/api";
import { createApp } from "../src/http/app.ts";

const database = await openDatabase({
  databaseUrl: "postgres://mutu@127.0.0.1:9/mutu",
  poolSize: 1,
});
const app = createApp({ database });
const call = (path: string, init: RequestInit = {}) => app.request(`http://mutu.test${path}`, init);

afterAll(() => database.close());

test("/healthz reports the database as unavailable", async () => {
  const res = await call("/healthz");
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({ status: "unavailable", message: UNAVAILABLE_MESSAGE });
});

test("a signed-in call gets 503 with the message", async () => {
  const res = await call("/trpc/auth.me", {
    headers: { cookie: `mutu_session=${"a".repeat(43)}` },
  });
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({ error: { message: UNAVAILABLE_MESSAGE } });
});

test("a sign-in gets SERVICE_UNAVAILABLE through tRPC", async () => {
  const res = await call("/trpc/auth.signIn", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://mutu.test" },
    body: JSON.stringify({ email: "dgs@begles.mutu-demo.fr", password: "demo-mutu-2026" }),
  });
  expect(res.status).toBe(503);
  const body = (await res.json()) as { error: { message: string } };
  expect(body.error.message).toBe(UNAVAILABLE_MESSAGE);
});

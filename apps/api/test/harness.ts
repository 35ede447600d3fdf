/**
 * A real mutu for tests: a fresh migrated database (PGlite or the test PostgreSQL server) with the
 * demo seed, and the real HTTP app driven in-process. Calls go through the same stack as a browser's.
 */
import { type Database, schema, withSystem } from "@mutu/db";
import { DEMO_PASSWORD, seedDemo } from "@mutu/db/seed";
import { createTestDatabase, type Driver } from "@mutu/db/testing";
import { hashPassword } from "@mutu/api";
import { afterAll, beforeAll } from "vitest";
import { type AppOptions, createApp } from "../src/http/app.ts";

export type Harness = Awaited<ReturnType<typeof createHarness>>;
export type TrpcResult = {
  status: number;
  data?: unknown;
  error?: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null };
  };
  setCookie: string | null;
};

export const ORIGIN = "http://mutu.test";

export type HarnessOptions = Pick<
  AppOptions,
  "now" | "proxyTrust" | "wakeOutbox" | "singleSignOn" | "publicUrl"
>;

export async function createHarness(driver: Driver, options: HarnessOptions = {}) {
  const database: Database = await createTestDatabase(driver);
  await seedDemo(database.db, hashPassword);
  const app = createApp({ publicUrl: () => ORIGIN, ...options, database });
  const orgs = await withSystem(database.db, (tx) => tx.select().from(schema.organisations));
  const orgId = (slug: string) => {
    const o = orgs.find((x) => x.slug === slug);
    if (!o) throw new Error(`no org ${slug}`);
    return o.id;
  };

  async function request(
    path: string,
    init: RequestInit & { cookie?: string | null; token?: string; from?: string } = {},
  ) {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set("cookie", init.cookie);
    if (init.token) headers.set("authorization", `Bearer ${init.token}`);
    return app.request(
      `${ORIGIN}${path}`,
      { ...init, headers },
      { incoming: { socket: { remoteAddress: init.from ?? "127.0.0.1" } } },
    );
  }

  async function parse(res: Response): Promise<TrpcResult> {
    const body = (await res.json()) as { result?: { data: unknown }; error?: TrpcResult["error"] };
    return {
      status: res.status,
      data: body.result?.data,
      error: body.error,
      setCookie: res.headers.get("set-cookie"),
    };
  }

  type Auth = { cookie?: string | null; token?: string; from?: string; headers?: HeadersInit };
  const query = async (path: string, input: unknown, auth: Auth = {}) =>
    parse(
      await request(
        `/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        auth,
      ),
    );
  const mutate = async (path: string, input: unknown, auth: Auth = {}) =>
    parse(
      await request(`/trpc/${path}`, {
        ...auth,
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, ...auth.headers },
        body: input === undefined ? undefined : JSON.stringify(input),
      }),
    );

  /** Signs in through the API and returns the session cookie to send back. */
  async function signIn(email: string, password = DEMO_PASSWORD, auth: Auth = {}) {
    const res = await mutate("auth.signIn", { email, password }, auth);
    if (res.status !== 200 || !res.setCookie)
      throw new Error(`sign-in failed for ${email}: ${res.error?.message}`);
    return res.setCookie.split(";")[0] ?? "";
  }

  return {
    database,
    app,
    orgs,
    orgId,
    request,
    query,
    mutate,
    signIn,
    close: () => database.close(),
  };
}

/**
 * One harness for a describe block: created before its tests, closed after them, with the given
 * people signed in (`t.admin`, `t.agent`… hold their session cookies). Read `t.h` and the cookies
 * inside tests: they are set once the block's `beforeAll` has run.
 */
export function useHarness<Who extends string = never>(
  driver: Driver,
  options: HarnessOptions & { signedIn?: Record<Who, string> } = {},
) {
  const t = {} as { h: Harness } & Record<Who, string>;
  beforeAll(async () => {
    t.h = await createHarness(driver, options);
    const cookies = t as Record<string, unknown>;
    for (const [who, email] of Object.entries<string>(options.signedIn ?? {}))
      cookies[who] = await t.h.signIn(email);
  });
  afterAll(() => t.h.close());
  return t;
}

/** The data of a call that must succeed; anything else fails the test with the server's message. */
export function data<T>(res: Pick<TrpcResult, "status" | "data" | "error">): T {
  if (res.status !== 200) throw new Error(`${res.status}: ${res.error?.message}`);
  return res.data as T;
}

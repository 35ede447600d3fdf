/**
 * The same work without mutu around it: the SQL statements one API call runs, captured once
 * in-process (postgres.js's `debug` hook under drizzle, through the real router and services), then
 * replayed straight through postgres.js — no HTTP, no tRPC, no tenant transaction, no row-level
 * security (the owner's connection), no output validation. The API's throughput as a share of the
 * replay's is what mutu's layers cost (the aim: at least half).
 */
import { appRouter, callerForPerson, type Context } from "@mutu/api";
import { type MutuDb, schema } from "@mutu/db";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

export type Statement = { query: string; params: unknown[] };
type Api = ReturnType<typeof appRouter.createCaller>;

/** The tenant transaction's own statements: what the replay leaves out. */
const TENANT = /^\s*(begin|commit|rollback)\b|set_config\('mutu\./i;

const NO_HTTP: Context["http"] = {
  ip: null,
  userAgent: null,
  sessionSecret: null,
  setSessionCookie() {},
  clearSessionCookie() {},
  publicUrl: "http://127.0.0.1",
  wakeOutbox() {},
  singleSignOn: null,
};

/** The statements `call` runs for the person `email`, in the order they were sent. */
export async function captureStatements(
  url: string,
  email: string,
  call: (api: Api) => Promise<unknown>,
): Promise<Statement[]> {
  let captured: Statement[] = [];
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query, params) => {
      captured.push({ query, params: [...(params as unknown[])] });
    },
  });
  try {
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as MutuDb;
    const caller = await callerForPerson(db, email);
    if (!caller) throw new Error(`unknown person ${email}`);
    const api = appRouter.createCaller({
      db,
      caller,
      http: NO_HTTP,
      now: () => new Date(),
      rejectedToken: false,
    });
    await call(api); // once for the plans and caches, then the call captured
    captured = [];
    await call(api);
    return captured.filter((s) => !TENANT.test(s.query));
  } finally {
    await client.end();
  }
}

/**
 * One replay of a call's statements on one connection of the pool, all sent at once (pipelined:
 * their parameters are known, none waits for another's answer) — the fastest the database can
 * do this work, so the ratio errs in the raw SQL's favour. Its duration in ms.
 */
export async function replay(sql: postgres.Sql, statements: readonly Statement[]) {
  const t0 = performance.now();
  const connection = await sql.reserve();
  try {
    await Promise.all(statements.map((s) => connection.unsafe(s.query, s.params as never[])));
  } finally {
    connection.release();
  }
  return performance.now() - t0;
}

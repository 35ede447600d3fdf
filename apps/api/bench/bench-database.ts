/**
 * A fresh PostgreSQL 15 for a bench, with mutu's database owned by a non-superuser role as in
 * production: the server it starts, the owner's URL, the database opened on it (not yet migrated).
 */
import { fileURLToPath } from "node:url";
import { openDatabase } from "@mutu/db";
import { freePort, startServerProcess } from "@mutu/bench/server-process";
import { startPostgresServer } from "@mutu/db/testing";
import postgres from "postgres";

export async function benchDatabase() {
  const pg = await startPostgresServer();
  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  await admin.unsafe("create role mutu_owner login createrole");
  await admin.unsafe("create database mutu_bench owner mutu_owner");
  await admin.end();
  const url = new URL(pg.url);
  url.username = "mutu_owner";
  url.pathname = "/mutu_bench";
  const database = await openDatabase({ databaseUrl: url.toString() });
  return { pg, url, database };
}

/** mutu from source (src/main.ts through tsx) in its own process, on a bench database, without the demo seed. */
export async function startSourceServer(databaseUrl: string) {
  return startServerProcess(
    ["--import", "tsx", fileURLToPath(new URL("../src/main.ts", import.meta.url))],
    { DATABASE_URL: databaseUrl, PORT: String(await freePort()), MUTU_SEED_DEMO: "false" },
    { pollMs: 50 },
  );
}

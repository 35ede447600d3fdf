/**
 * Fresh, migrated databases for tests: an in-memory PGlite, or a new database on the test server
 * whose URL the global setup provides (MUTU_TEST_PG_URL).
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, openDatabase } from "../client.ts";
import { migrationsFolder } from "../index.ts";

export type Driver = "pglite" | "postgres";
export const drivers: Driver[] = ["pglite", "postgres"];

export async function createTestDatabase(driver: Driver): Promise<Database> {
  if (driver === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    await database.migrate(migrationsFolder);
    return database;
  }
  const url = await createTestDatabaseUrl();
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  await database.migrate(migrationsFolder);
  return database;
}

/**
 * A new, empty database on the test server, owned by a plain (non-superuser) role, as in
 * production: its URL, for tests that start mutu in its own process.
 */
export async function createTestDatabaseUrl(): Promise<string> {
  const serverUrl = process.env.MUTU_TEST_PG_URL;
  if (!serverUrl)
    throw new Error("MUTU_TEST_PG_URL is not set: the vitest global setup starts the server.");
  const name = `mutu_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  // The application connects as a plain owner, not a superuser, as in production: RLS then binds it.
  await admin.unsafe(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = 'mutu_owner') then
      create role mutu_owner login createrole;
    end if; end $$`);
  await admin.unsafe(`create database ${name} owner mutu_owner`);
  await admin.end();
  const url = new URL(serverUrl);
  url.username = "mutu_owner";
  url.pathname = `/${name}`;
  return url.toString();
}

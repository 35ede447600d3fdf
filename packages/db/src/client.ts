/**
 * Opens mutu's database: embedded PGlite (data in a directory) unless a PostgreSQL URL is given.
 * One drizzle schema and one set of migrations serve both.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./data-dir-lock.ts";
import { drizzlePipelined } from "./pipelined-transactions.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
export type MutuDb = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<MutuDb["transaction"]>[0]>[0];

export type Database = {
  db: MutuDb;
  kind: "pglite" | "postgres";
  migrate(migrationsFolder: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type OpenOptions =
  | { databaseUrl: string; poolSize?: number }
  | {
      /** A directory, or "memory://" for tests. */
      dataDir: string;
      /**
       * A freshly initialised (and migrated) data directory, PGlite's `dumpDataDir("gzip")` made
       * at build time: an empty `dataDir` starts from it instead of running initdb (~4 s here).
       */
      initialDataDir?: string;
    };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.initialDataDir);
}

async function openPglite(dataDir: string, initialDataDir?: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  let releaseLock = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    const fresh = !inMemory && !existsSync(join(dataDir, "PG_VERSION"));
    const template =
      fresh && initialDataDir && existsSync(initialDataDir)
        ? new Blob([readFileSync(initialDataDir)])
        : undefined;
    // relaxedDurability off: a write is acknowledged only once it has reached the disk.
    client = await PGlite.create(inMemory ? undefined : dataDir, {
      relaxedDurability: false,
      ...(template ? { loadDataDir: template } : {}),
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as MutuDb;
  return {
    db,
    kind: "pglite",
    migrate: (migrationsFolder) => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    ping: async () => {
      await client.query("select 1");
    },
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
  });
  const db = drizzlePipelined(client, schema) as unknown as MutuDb;
  return {
    db,
    kind: "postgres",
    migrate: async (migrationsFolder) => {
      // One migrator at a time across processes sharing the server.
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(727274)`;
        await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
      } finally {
        await lock`select pg_advisory_unlock(727274)`;
        lock.release();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** The rows of `tx.execute(sql…)`: postgres.js gives them as an array, PGlite in `rows`. */
export function executedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

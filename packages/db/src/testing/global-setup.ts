/** Vitest global setup: one PostgreSQL server for the whole run, stopped afterwards. */
import { type PostgresServer, startPostgresServer } from "./postgres-server.ts";

let server: PostgresServer | undefined;

export async function setup() {
  server = await startPostgresServer();
  process.env.MUTU_TEST_PG_URL = server.url;
}

export async function teardown() {
  await server?.stop();
}

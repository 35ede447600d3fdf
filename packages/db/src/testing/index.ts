export {
  createTestDatabase,
  createTestDatabaseUrl,
  type Driver,
  drivers,
} from "./test-database.ts";
export {
  type PostgresServer,
  type PostgresServerOptions,
  startPostgresServer,
} from "./postgres-server.ts";
export { breachRow } from "./rgpd.ts";

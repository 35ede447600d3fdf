export { createTestDatabase, type Driver, drivers } from "./test-database.ts";
export { type PostgresServer, startPostgresServer } from "./postgres-server.ts";

/** @mutu/db — schema, migrations, client factory, tenant scoping, audit trail and demo seed. */
import { fileURLToPath } from "node:url";

export {
  type Actor,
  type AuditChain,
  type AuditInput,
  appendAudit,
  type ChainReport,
  openAuditChain,
  verifyAuditChains,
} from "./audit.ts";
export {
  type Database,
  executedRows,
  type MutuDb,
  type OpenOptions,
  openDatabase,
  type Tx,
} from "./client.ts";
export { DataDirLockedError } from "./data-dir-lock.ts";
export { type DatabaseError, databaseErrorOf, isUnavailable } from "./errors.ts";
export * as schema from "./schema/index.ts";
export { planForEachValue } from "./pipelined-transactions.ts";
export { type TenantScope, withSystem, withTenant } from "./scope.ts";
export { insertStatement, placeholders, type Statement, statement } from "./statement.ts";
export { selectRows } from "./rows.ts";
export {
  frenchSortKey,
  SORT_KEY_TYPES,
  saisineSortExpressions,
} from "./schema/saisine-sorts.ts";

/** The committed SQL migrations of this package (the API's build copies them beside its bundle). */
export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

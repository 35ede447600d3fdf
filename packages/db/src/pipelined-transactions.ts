/**
 * drizzle on postgres.js, with transactions that cost one round trip less.
 *
 * postgres.js's `begin` sends BEGIN and waits for its answer before the transaction's first
 * statement leaves: on every request, a round trip that carries nothing (docs/adr/0039). Here a
 * transaction reserves a connection, sends BEGIN and lets the first statements follow it without
 * waiting — postgres.js pipelines what is issued on one connection, so BEGIN, the tenant scope and
 * the procedure's first query leave in the same write. Should BEGIN fail, every statement after it
 * fails too (the connection is then broken): nothing runs outside the transaction.
 *
 * A statement that failed inside a transaction aborts it, and PostgreSQL answers COMMIT with
 * ROLLBACK, without an error: that answer is turned into an error here, so that a caller who caught
 * the statement's error and went on can never believe its writes were kept.
 */
import {
  createTableRelationsHelpers,
  extractTablesRelationalConfig,
  type Query,
  type SQL,
} from "drizzle-orm";
import {
  PgDialect,
  type PgPreparedQuery,
  type PgTransactionConfig,
  type PreparedQueryConfig,
  type SelectedFieldsOrdered,
} from "drizzle-orm/pg-core";
import {
  drizzle as drizzlePostgres,
  PostgresJsDatabase,
  PostgresJsSession,
  PostgresJsTransaction,
} from "drizzle-orm/postgres-js";
import type { WithCacheConfig } from "drizzle-orm/cache/core/types";
import type { RelationalSchemaConfig, TablesRelationalConfig } from "drizzle-orm/relations";
import type postgres from "postgres";
import type { MutuDb, Tx } from "./client.ts";

type Relational = RelationalSchemaConfig<TablesRelationalConfig>;
type Schema = Record<string, unknown>;

/** The transaction's own statements, in the order PostgreSQL accepts them. */
function beginStatement(config?: PgTransactionConfig) {
  const modes = [
    config?.isolationLevel && `isolation level ${config.isolationLevel}`,
    config?.accessMode,
    config?.deferrable === undefined
      ? undefined
      : config.deferrable
        ? "deferrable"
        : "not deferrable",
  ].filter(Boolean);
  return `begin${modes.length ? ` ${modes.join(", ")}` : ""}`;
}

/**
 * Every statement is prepared (named, cached per connection by postgres.js): sent in one round
 * trip and pipelined with the statements around it. Unprepared, postgres.js sends a statement with
 * parameters in two — it asks for the parameters' types first — and holds every statement queued
 * behind it on the connection until that answer. PostgreSQL plans a prepared statement for its
 * values its first five times, then may keep a generic plan when it is no worse: a query whose
 * best plan depends on its values (words searched, communes asked) says so with
 * `planForEachValue`.
 */
class PreparingSession extends PostgresJsSession<postgres.Sql, Schema, TablesRelationalConfig> {
  override prepareQuery<T extends PreparedQueryConfig = PreparedQueryConfig>(
    query: Query,
    fields: SelectedFieldsOrdered | undefined,
    name: string | undefined,
    isResponseInArrayMode: boolean,
    customResultMapper?: (rows: unknown[][]) => T["execute"],
    queryMetadata?: { type: "select" | "update" | "delete" | "insert"; tables: string[] },
    cacheConfig?: WithCacheConfig,
  ): PgPreparedQuery<T> {
    return super.prepareQuery<T>(
      query,
      fields,
      name ?? "statement",
      isResponseInArrayMode,
      customResultMapper,
      queryMetadata,
      cacheConfig,
    );
  }
}

class PipelinedSession extends PreparingSession {
  constructor(
    client: postgres.Sql,
    private readonly pgDialect: PgDialect,
    private readonly relational: Relational | undefined,
  ) {
    super(client, pgDialect, relational);
  }

  queryOf(statement: SQL) {
    const { sql, params } = this.pgDialect.sqlToQuery(statement);
    return { sql, params };
  }

  override transaction<T>(
    fn: (tx: PostgresJsTransaction<Schema, TablesRelationalConfig>) => Promise<T>,
    config?: PgTransactionConfig,
  ): Promise<T> {
    return this.transactionAfter([beginStatement(config)], fn);
  }

  /**
   * A transaction whose first statements (BEGIN, then the scope) are queued on a reserved
   * connection before `fn` runs: postgres.js sends a query a microtask after it is executed, in
   * the order they were executed, so they precede whatever `fn` issues, in the same write.
   */
  async transactionAfter<T>(
    opening: (string | { sql: string; params: unknown[] })[],
    fn: (tx: PostgresJsTransaction<Schema, TablesRelationalConfig>) => Promise<T>,
  ): Promise<T> {
    const connection = await this.client.reserve();
    try {
      // The reserved connection takes the place of postgres.js's transaction object: the session
      // only ever calls `unsafe` on it.
      const session = new PreparingSession(connection, this.pgDialect, this.relational);
      const tx = new PostgresJsTransaction(this.pgDialect, session as never, this.relational);
      const opened = opening.map((q) =>
        typeof q === "string"
          ? connection.unsafe(q).execute()
          : connection
              .unsafe(q.sql, q.params as postgres.ParameterOrJSON<never>[], { prepare: true })
              .execute(),
      );
      // All settled before the end is sent: the connection goes back to the pool only once no
      // statement of this transaction can still be issued on it. The first failure is reported
      // (a failed BEGIN or scope makes every later statement fail too).
      // (A `fn` that throws before its first await becomes a rejection, settled like the others.)
      const outcomes = await Promise.allSettled([...opened, (async () => fn(tx))()]);
      const failed = outcomes.find((o) => o.status === "rejected");
      if (failed) {
        await connection.unsafe("rollback").catch(() => {});
        throw failed.reason;
      }
      const committed = await connection.unsafe("commit");
      if (committed.command !== "COMMIT")
        throw new Error("transaction aborted by an earlier failed statement: nothing was written");
      return (outcomes.at(-1) as PromiseFulfilledResult<T>).value;
    } finally {
      connection.release();
    }
  }
}

/**
 * A transaction that starts with `setting` (the tenant scope, the system flag): on PostgreSQL sent
 * with BEGIN and `fn`'s first statement in one write; on PGlite (in process, no round trip) awaited
 * before `fn` runs.
 */
export function scopedTransaction<T>(db: MutuDb, setting: SQL, fn: (tx: Tx) => Promise<T>) {
  const session = db._.session;
  if (session instanceof PipelinedSession) {
    const query = session.queryOf(setting);
    return session.transactionAfter(["begin", query], fn as never) as Promise<T>;
  }
  return db.transaction(async (tx) => {
    await tx.execute(setting);
    return fn(tx);
  });
}

/** `drizzle({ client, schema, casing: "snake_case" })`, whose transactions are pipelined. */
export function drizzlePipelined<TSchema extends Schema>(client: postgres.Sql, schema: TSchema) {
  // drizzle's own constructor sets the client's parsers (dates and times stay strings, as drizzle
  // maps them); its database is then rebuilt as that constructor does, with our session.
  const plain = drizzlePostgres({ client, schema, casing: "snake_case" });
  const dialect = new PgDialect({ casing: "snake_case" });
  const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relational: Relational = {
    fullSchema: schema,
    schema: tables.tables,
    tableNamesMap: tables.tableNamesMap,
  };
  const session = new PipelinedSession(client, dialect, relational);
  const db = new PostgresJsDatabase(dialect, session, relational as never);
  return Object.assign(db, {
    $client: plain.$client,
  });
}

/**
 * From here on, the transaction's statements are planned for their values at each execution
 * (`plan_cache_mode = force_custom_plan`, transaction-local), as unprepared statements are: for
 * queries whose best plan depends on their values — the words searched, the communes asked —
 * rather than a generic plan chosen for the average. On PostgreSQL the setting is queued on the
 * transaction's connection now, ahead of any statement issued after this call; PGlite's statements
 * are unprepared, planned for their values anyway.
 */
export function planForEachValue(tx: Tx) {
  const { session } = tx as unknown as { session: unknown };
  if (!(session instanceof PostgresJsSession)) return;
  // Should it fail, the transaction is aborted and the statements after it fail with it.
  (session.client as postgres.Sql)
    .unsafe("select set_config('plan_cache_mode', 'force_custom_plan', true)")
    .execute()
    .catch(() => {});
}

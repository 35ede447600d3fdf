/**
 * Statements built once. drizzle turns a query builder into SQL text every time it runs — for a
 * wide insert or a joined select, half a millisecond of CPU, more than PostgreSQL takes to run it.
 * A hot statement whose text never varies is written with `sql.placeholder(...)` for its values,
 * built the first time it runs and, after that, only bound: its values are encoded by the same
 * column mappers and its rows decoded by the same field mappers as a built query's.
 *
 * It runs as a named (prepared) statement: PostgreSQL parses and plans it once per connection and
 * each call costs one message. Only for statements whose best plan does not depend on their values.
 */
import { is, Param, Placeholder, type Query, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { MutuDb } from "./client.ts";

/** What a query builder's `prepare(name)` gives, as far as this module relies on it. */
type Prepared<R> = {
  execute(values?: Record<string, unknown>): Promise<R>;
  getQuery(): Query;
};

/**
 * What drizzle keeps on a prepared query beside its text, and passes back to the session that
 * runs it; not in its public types (pinned drizzle-orm version; the statement tests cover both
 * drivers).
 */
type PreparedParts = {
  fields?: unknown;
  joinsNotNullableMap?: Record<string, boolean>;
  isResponseInArrayMode(): boolean;
};

/** Where each value goes: its placeholder's name, and the column that encodes it (if any). */
type Slot = { index: number; name: string; encode: ((value: unknown) => unknown) | null };
type Built = { query: Query; slots: Slot[]; parts: PreparedParts };

export type Statement<R, V> = (db: MutuDb, values: V) => Promise<R>;

/**
 * `statement("name", (db) => db.select(...).where(eq(t.id, sql.placeholder("id"))))` gives a
 * function `(tx, { id })` that runs it, in a transaction or not (a transaction is a `MutuDb`). `V` names the placeholders' values (all required: give
 * `null`, never `undefined`); untyped unless given.
 */
export function statement<R, V extends Record<string, unknown> = Record<string, unknown>>(
  name: string,
  build: (db: MutuDb) => { prepare(name: string): Prepared<R> },
): Statement<R, V> {
  // Per driver: PGlite and postgres.js sessions build the same text, but a test process may use both.
  const built = new Map<unknown, Built>();
  return (db, values) => {
    const session = db._.session;
    let b = built.get(session.constructor);
    if (!b) {
      const prepared = build(db).prepare(name);
      const query = prepared.getQuery();
      b = { query, slots: slotsOf(query), parts: prepared as unknown as PreparedParts };
      built.set(session.constructor, b);
    }
    const { query, slots, parts } = b;
    const params = [...query.params];
    for (const { index, name: key, encode } of slots) {
      if (!(key in values)) throw new Error(`statement ${name}: no value for "${key}"`);
      const value = values[key];
      // As a built query does: a null is sent as NULL, never through the column's encoder
      // (a jsonb column would store the JSON value null).
      params[index] =
        value === null || value === undefined || !encode ? (value ?? null) : encode(value);
    }
    const run = session.prepareQuery(
      { sql: query.sql, params },
      parts.fields as never,
      name,
      parts.isResponseInArrayMode(),
    ) as unknown as Prepared<R> & PreparedParts;
    if (parts.joinsNotNullableMap) run.joinsNotNullableMap = parts.joinsNotNullableMap;
    return run.execute();
  };
}

function slotsOf(query: Query): Slot[] {
  return query.params.flatMap((p, index): Slot[] => {
    if (is(p, Placeholder)) return [{ index, name: p.name, encode: null }];
    if (is(p, Param) && is(p.value, Placeholder)) {
      const encoder = p.encoder as { mapToDriverValue(value: unknown): unknown };
      return [{ index, name: p.value.name, encode: (v: unknown) => encoder.mapToDriverValue(v) }];
    }
    return [];
  });
}

/** `{ a: sql.placeholder("a"), … }` for an insert's values: each value bound by its own name. */
export function placeholders<K extends string>(keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as unknown as Record<
    K,
    Placeholder<K>
  >;
}

/**
 * A statement inserting one row of `table`, every one of `columns` given (`null` where empty),
 * nothing returned: the values it takes are those columns.
 */
export function insertStatement<T extends PgTable, K extends keyof T["$inferInsert"] & string>(
  name: string,
  table: T,
  columns: readonly K[],
) {
  return statement<unknown, Required<Pick<T["$inferInsert"], K>>>(name, (db) =>
    // The table is generic here: drizzle cannot check the placeholders against its columns, which
    // `K` (keys of its insert type) already does.
    db.insert(table).values(placeholders(columns) as never),
  );
}

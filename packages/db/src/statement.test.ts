/**
 * A statement built once gives what the same query built each time gives — values encoded by the
 * columns, rows decoded by the fields, NULL kept NULL — on PGlite and on a PostgreSQL server, in
 * as many transactions as it runs in.
 */
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "./client.ts";
import { insertStatement, placeholders, statement, withSystem } from "./index.ts";
import { auditLog, organisations } from "./schema/index.ts";
import { createTestDatabase, drivers } from "./testing/index.ts";

const entryColumns = ["chain", "at", "action", "before", "after", "prevHash", "hash"] as const;
type Entry = Required<Pick<typeof auditLog.$inferInsert, (typeof entryColumns)[number]>>;

const insertEntry = statement<{ seq: number; at: Date }[], Entry>("test_insert_entry", (db) =>
  db
    .insert(auditLog)
    .values(placeholders(entryColumns))
    .returning({ seq: auditLog.seq, at: auditLog.at }),
);

/** The same insert, written by the helper: nothing returned. */
const insertPlain = insertStatement("test_insert_plain", auditLog, entryColumns);

const entriesOf = statement("test_entries_of", (db) =>
  db
    .select()
    .from(auditLog)
    .where(eq(auditLog.chain, sql.placeholder("chain")))
    .orderBy(asc(auditLog.seq)),
);

/** A left join whose right side is missing comes back as null, as drizzle maps it. */
const entryWithOrg = statement("test_entry_with_org", (db) =>
  db
    .select({ hash: auditLog.hash, org: { name: organisations.name } })
    .from(auditLog)
    .leftJoin(organisations, eq(organisations.id, auditLog.orgId))
    .where(eq(auditLog.hash, sql.placeholder("hash"))),
);

const entry = (chain: string, n: number, values: Partial<Entry> = {}): Entry => ({
  chain,
  at: new Date(Date.UTC(2026, 2, 29, 0, 59, 30 + n)),
  action: "test.statement",
  before: null,
  after: { n, label: "Bègles — « été »" },
  prevHash: `prev-${chain}-${n}`,
  hash: `hash-${chain}-${n}`,
  ...values,
});

describe.each(drivers)("statements built once, on %s", (driver) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  test("rows read by a statement equal the rows of the same query built each time", async () => {
    await withSystem(database.db, async (tx) => {
      for (let n = 0; n < 3; n++) await insertEntry(tx, entry("same", n));
    });
    const [once, built] = await withSystem(database.db, (tx) =>
      Promise.all([
        entriesOf(tx, { chain: "same" }),
        tx.select().from(auditLog).where(eq(auditLog.chain, "same")).orderBy(asc(auditLog.seq)),
      ]),
    );
    expect(once).toHaveLength(3);
    expect(once).toEqual(built);
    expect(once[1]?.at).toEqual(new Date("2026-03-29T00:59:31.000Z"));
    expect(once[2]?.after).toEqual({ n: 2, label: "Bègles — « été »" });
  });

  test("a null value is stored as NULL, not as the JSON value null", async () => {
    await withSystem(database.db, (tx) => insertEntry(tx, entry("nulls", 0)));
    const [row] = await withSystem(database.db, (tx) =>
      tx
        .select({ isNull: sql<boolean>`${auditLog.before} is null` })
        .from(auditLog)
        .where(eq(auditLog.chain, "nulls")),
    );
    expect(row?.isNull).toBe(true);
  });

  test("a missing value is refused before anything is sent, and nothing is written", async () => {
    const { hash: _hash, ...incomplete } = entry("missing", 0);
    const attempt = withSystem(database.db, (tx) => insertEntry(tx, incomplete as Entry));
    await expect(attempt).rejects.toThrow(/no value for "hash"/);
    const rows = await withSystem(database.db, (tx) => entriesOf(tx, { chain: "missing" }));
    expect(rows).toEqual([]);
  });

  test("a statement runs in many transactions, each with its own values", async () => {
    const written = await Promise.all(
      [0, 1, 2, 3].map((n) =>
        withSystem(database.db, (tx) => insertEntry(tx, entry(`tx-${n}`, n))),
      ),
    );
    expect(new Set(written.map(([r]) => r?.seq)).size).toBe(4);
    for (const n of [0, 1, 2, 3]) {
      const rows = await withSystem(database.db, (tx) => entriesOf(tx, { chain: `tx-${n}` }));
      expect(rows.map((r) => r.hash)).toEqual([`hash-tx-${n}-${n}`]);
    }
  });

  test("insertStatement writes the row its columns describe, as the statement written out does", async () => {
    await withSystem(database.db, async (tx) => {
      await insertEntry(tx, entry("written-out", 0));
      await insertPlain(tx, entry("helper", 0));
    });
    const [outRow, helperRow] = await withSystem(database.db, (tx) =>
      Promise.all([entriesOf(tx, { chain: "written-out" }), entriesOf(tx, { chain: "helper" })]),
    );
    const { seq: _a, chain: _b, prevHash: _c, hash: _d, ...written } = outRow?.[0] ?? {};
    const { seq: _e, chain: _f, prevHash: _g, hash: _h, ...helped } = helperRow?.[0] ?? {};
    expect(helperRow).toHaveLength(1);
    expect(helped).toEqual(written);
    expect(helperRow?.[0]?.hash).toBe("hash-helper-0");
  });

  test("a left join without a match maps to null, as the built query does", async () => {
    await withSystem(database.db, (tx) => insertEntry(tx, entry("join", 0)));
    const [row] = await withSystem(database.db, (tx) => entryWithOrg(tx, { hash: "hash-join-0" }));
    expect(row).toEqual({ hash: "hash-join-0", org: null });
  });
});

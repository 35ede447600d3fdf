/**
 * The db tests' shared setup (not exported: apps build on @mutu/db/testing's fresh databases): one
 * database per describe block with the demo seed, its organisations' ids by slug, and what a refused
 * statement says.
 */
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../client.ts";
import { databaseErrorOf } from "../errors.ts";
import { withSystem } from "../scope.ts";
import { organisations } from "../schema/index.ts";
import { seedDemo } from "../seed/index.ts";
import { createTestDatabase, type Driver } from "./test-database.ts";

// Nobody signs in here: a readable stand-in keeps the seed fast.
export const fakeHash = async (p: string) => `plain:${p}`;

/** The message a statement is refused with, or « no error ». */
export const failure = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e) => databaseErrorOf(e)?.message ?? String(e),
  );

/** A seeded database for the tests of one describe block; read `t.database` and `t.ids` in tests. */
export function useSeededDatabase(driver: Driver) {
  const t = { database: undefined as unknown as Database, ids: {} as Record<string, string> };
  beforeAll(async () => {
    t.database = await createTestDatabase(driver);
    await seedDemo(t.database.db, fakeHash);
    const orgs = await withSystem(t.database.db, (tx) => tx.select().from(organisations));
    t.ids = Object.fromEntries(orgs.map((o) => [o.slug, o.id]));
  });
  afterAll(() => t.database.close());
  return t;
}

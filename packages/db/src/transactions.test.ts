/**
 * What every transaction promises, whatever the driver: its writes are kept together or not at all
 * (even when a statement failed and the code went on), its scope binds each of its statements, and
 * its connection goes back to the pool whatever happened (docs/adr/0039: on PostgreSQL, BEGIN, the
 * scope and the first statement leave in one write).
 */
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { executedRows, planForEachValue, withSystem, withTenant } from "./index.ts";
import { people } from "./schema/index.ts";
import { drivers } from "./testing/index.ts";
import { failure, useSeededDatabase } from "./testing/seeded.ts";

describe.each(drivers)("transactions on %s", (driver) => {
  const t = useSeededDatabase(driver);
  const newcomer = (email: string, org = "begles") => ({
    orgId: t.ids[org] ?? "",
    email,
    displayName: "Nouvelle personne",
    passwordHash: "x",
  });
  const found = (emails: string[]) =>
    withSystem(t.database.db, (tx) =>
      tx.select({ email: people.email }).from(people).where(inArray(people.email, emails)),
    );

  test("the writes of a transaction are kept together", async () => {
    await withSystem(t.database.db, async (tx) => {
      await tx.insert(people).values(newcomer("un@begles.fr"));
      await tx.insert(people).values(newcomer("deux@begles.fr"));
    });
    expect((await found(["un@begles.fr", "deux@begles.fr"])).length).toBe(2);
  });

  test("an error undoes every write before it", async () => {
    const attempt = withSystem(t.database.db, async (tx) => {
      await tx.insert(people).values(newcomer("annule@begles.fr"));
      throw new Error("la suite a échoué");
    });
    expect(await failure(attempt)).toBe("Error: la suite a échoué");
    expect(await found(["annule@begles.fr"])).toEqual([]);
  });

  test("a function that throws before sending anything leaves nothing open behind it", async () => {
    for (let i = 0; i < 8; i++) {
      const attempt = withSystem(t.database.db, () => {
        throw new Error("refusé avant tout envoi");
      });
      expect(await failure(attempt)).toBe("Error: refusé avant tout envoi");
    }
    // No connection of the pool is left inside a transaction of its own: a later tenant
    // transaction would then run with the system flag that the abandoned one had set.
    const scope = { orgIds: [t.ids.begles ?? ""], operatorId: t.ids["bordeaux-metropole"] ?? "" };
    const flags = await Promise.all(
      Array.from({ length: 8 }, () =>
        withTenant(t.database.db, scope, (tx) =>
          tx.execute(sql`select coalesce(current_setting('mutu.system', true), '') as flag`),
        ),
      ),
    );
    expect(flags.flatMap((r) => executedRows<{ flag: string }>(r).map((row) => row.flag))).toEqual(
      Array(8).fill(""),
    );
  });

  test("a failed statement that the code caught still undoes the transaction, and says so", async () => {
    const attempt = withSystem(t.database.db, async (tx) => {
      await tx.insert(people).values(newcomer("avant@begles.fr"));
      // The same address twice in one commune: refused by the unique constraint, then ignored.
      await tx
        .insert(people)
        .values(newcomer("avant@begles.fr"))
        .catch(() => "ignored");
      return "done";
    });
    expect(await failure(attempt)).not.toBe("no error");
    expect(await found(["avant@begles.fr"])).toEqual([]);
  });

  test("statements sent together in a transaction each get their own answer, planned for their values", async () => {
    const emails = ["un@begles.fr", "deux@begles.fr", "personne@begles.fr"];
    const [mode, prepared, ...found] = await withSystem(t.database.db, (tx) =>
      Promise.all([
        tx
          .execute(sql`select current_setting('plan_cache_mode') as mode`)
          .then((r) => executedRows<{ mode: string }>(r)[0]?.mode),
        tx
          .execute(sql`select count(*)::int as n from pg_prepared_statements where not from_sql`)
          .then((r) => executedRows<{ n: number }>(r)[0]?.n ?? 0),
        ...emails.map((email) =>
          tx.select({ email: people.email }).from(people).where(eq(people.email, email)),
        ),
      ]),
    );
    expect(found).toEqual([[{ email: "un@begles.fr" }], [{ email: "deux@begles.fr" }], []]);
    // On PostgreSQL every statement is prepared; PGlite's statements are unprepared.
    expect(mode).toBe("auto");
    if (driver === "postgres") expect(prepared).toBeGreaterThan(0);
  });

  test("statements planned for their values: from the call on, in this transaction only", async () => {
    const mode = (tx: Parameters<Parameters<typeof withSystem>[1]>[0]) =>
      tx
        .execute(sql`select current_setting('plan_cache_mode') as mode`)
        .then((r) => executedRows<{ mode: string }>(r)[0]?.mode);
    const inside = await withSystem(t.database.db, async (tx) => {
      const before = await mode(tx);
      planForEachValue(tx);
      return [before, await mode(tx)];
    });
    // PGlite plans its unnamed statements for their values anyway: nothing to set.
    expect(inside).toEqual(["auto", driver === "postgres" ? "force_custom_plan" : "auto"]);
    expect(await withSystem(t.database.db, mode)).toBe("auto");
  });

  test("concurrent tenant transactions each run in their own scope, and free their connection", async () => {
    const scopes = ["begles", "pessac", "merignac"].map((slug) => ({
      slug,
      scope: { orgIds: [t.ids[slug] ?? ""], operatorId: t.ids["bordeaux-metropole"] ?? "" },
    }));
    // More transactions than the pool has connections, some failing: the pool must not leak.
    const runs = Array.from({ length: 40 }, (_, i) => {
      const { slug, scope } = scopes[i % scopes.length] as (typeof scopes)[number];
      return withTenant(t.database.db, scope, async (tx) => {
        if (i % 7 === 0) throw new Error("échec volontaire");
        const rows = await tx.select({ orgId: people.orgId }).from(people);
        return { slug, orgs: new Set(rows.map((r) => r.orgId)) };
      }).catch(() => null);
    });
    const results = (await Promise.all(runs)).filter((r) => r !== null);
    expect(results.length).toBe(34);
    for (const { slug, orgs } of results) expect([...orgs]).toEqual([t.ids[slug]]);
    const after = await withSystem(t.database.db, (tx) =>
      tx.select().from(people).where(eq(people.email, "un@begles.fr")),
    );
    expect(after.length).toBe(1);
  });
});

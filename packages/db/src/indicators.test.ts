/**
 * The saisines' monthly counts (saisine_stats) are exact in the transaction of each change: the
 * trigger's deltas, merged or not, sum to what a count of the saisines themselves gives; a rebuild
 * gives the same rows; the delay classes are the domain's; a tenant reads its own only; an entry
 * without evidence is refused by the database too. On PGlite and on a PostgreSQL server.
 */
import { DELAY_BUCKET_BOUNDS, delayBucketOf } from "@mutu/domain";
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Tx } from "./client.ts";
import { executedRows, withSystem, withTenant } from "./index.ts";
import { contractVersions, indicatorEntries, saisines } from "./schema/index.ts";
import { insertSaisine } from "./testing/saisine.ts";
import { drivers } from "./testing/index.ts";
import { failure, useSeededDatabase } from "./testing/seeded.ts";

type Row = {
  kind: string;
  key: string;
  month: string;
  n: number;
  with_target: number;
  met: number;
};

/** The counts as readers see them: deltas summed, zero rows left out. */
async function counts(tx: Tx, orgId: string): Promise<Row[]> {
  const rows = await tx.execute(sql`
    select kind, key, month::text as month, sum(n)::int as n, sum(with_target)::int as with_target,
           sum(met)::int as met
    from saisine_stats where org_id = ${orgId}
    group by kind, key, month
    having sum(n) <> 0 or sum(with_target) <> 0 or sum(met) <> 0
    order by kind, key, month`);
  return executedRows<Row>(rows);
}

describe.each(drivers)("saisines counted per Paris month on %s", (driver) => {
  const t = useSeededDatabase(driver);
  const file = (tx: Tx, orgSlug: string, fields: Partial<typeof saisines.$inferInsert>) =>
    insertSaisine(tx, t.ids, orgSlug, fields);

  test("filing, handling, resolving and requalifying are counted in the Paris month they happen in", async () => {
    const { database, ids } = t;
    const pessac = ids.pessac ?? "";
    await withSystem(database.db, async (tx) => {
      // 31 March 2026, 23:30 in Paris (21:30 UTC): March's.
      const id = await file(tx, "pessac", {
        createdAt: new Date("2026-03-31T21:30:00Z"),
        channel: "telephone",
        application: "Ciril Finances",
        handlingTargetMinutes: 240,
        resolutionTargetMinutes: 480,
      });
      // Handled on 1 April in Paris (31 March 22:10 UTC), within target; resolved late in April.
      await tx
        .update(saisines)
        .set({ handledAt: new Date("2026-03-31T22:10:00Z"), handlingMinutes: 20 })
        .where(eq(saisines.id, id));
      await tx
        .update(saisines)
        .set({ resolvedAt: new Date("2026-04-20T10:00:00Z"), resolutionMinutes: 500 })
        .where(eq(saisines.id, id));
      // Requalified as blocking after the fact: every count follows.
      await tx.update(saisines).set({ criticality: "bloquant" }).where(eq(saisines.id, id));
      // A change the counts do not read writes nothing.
      const before = await tx.execute(sql`select count(*)::int as n from saisine_stats`);
      await tx
        .update(saisines)
        .set({ title: "Poste hors service (accueil)" })
        .where(eq(saisines.id, id));
      const after = await tx.execute(sql`select count(*)::int as n from saisine_stats`);
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    });
    const rows = await withSystem(database.db, (tx) => counts(tx, pessac));
    const march = "2026-03-01";
    const april = "2026-04-01";
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: "filed", key: "", month: march, n: 1, with_target: 0, met: 0 },
        { kind: "criticality", key: "bloquant", month: march, n: 1, with_target: 0, met: 0 },
        { kind: "channel", key: "telephone", month: march, n: 1, with_target: 0, met: 0 },
        {
          kind: "application",
          key: "incident|Ciril Finances",
          month: march,
          n: 1,
          with_target: 0,
          met: 0,
        },
        { kind: "registered", key: "incident", month: march, n: 1, with_target: 0, met: 0 },
        {
          kind: "handling",
          key: "general|ordinaire|bloquant",
          month: april,
          n: 1,
          with_target: 1,
          met: 1,
        },
        { kind: "handling-class", key: "general|0", month: april, n: 1, with_target: 1, met: 1 },
        {
          kind: "resolution",
          key: "general|ordinaire|bloquant",
          month: april,
          n: 1,
          with_target: 1,
          met: 0,
        },
        { kind: "resolution-class", key: "general|5", month: april, n: 1, with_target: 1, met: 0 },
      ]),
    );
    expect(rows.filter((r) => r.key.includes("non-bloquant"))).toEqual([]);
    expect(rows.some((r) => r.kind === "first-contact")).toBe(false);
  });

  test("merged or not, and rebuilt from the saisines, the counts are the same", async () => {
    const { database, ids } = t;
    const merignac = ids.merignac ?? "";
    await withSystem(database.db, async (tx) => {
      for (let i = 0; i < 12; i++) {
        const id = await file(tx, "merignac", {
          createdAt: new Date(Date.UTC(2025, i, 15, 8)),
          type: i % 3 === 0 ? "demande" : "incident",
          subDomain: i % 4 === 0 ? "D" : "C",
          nature: i === 5 ? "exceptionnelle" : i === 7 ? "urgence" : "ordinaire",
          handlingTargetMinutes: i === 5 ? null : 240,
          firstContactResolution: i === 2,
          channel: i === 2 ? "telephone" : "portail",
        });
        await tx
          .update(saisines)
          .set({
            handledAt: new Date(Date.UTC(2025, i, 15, 9)),
            handlingMinutes: i * 40,
            ...(i % 2 ? { closedAt: new Date(Date.UTC(2025, i + 1, 2, 9)) } : {}),
          })
          .where(eq(saisines.id, id));
      }
    });
    const kept = await withSystem(database.db, (tx) => counts(tx, merignac));
    expect(kept.find((r) => r.kind === "first-contact")).toMatchObject({ key: "incident", n: 1 });
    // The exceptional saisine is filed, not timed.
    expect(kept.filter((r) => r.kind === "handling").reduce((s, r) => s + r.n, 0)).toBe(11);
    const merged = await withSystem(database.db, async (tx) => {
      await tx.execute(sql`select mutu_compact_saisine_stats()`);
      return counts(tx, merignac);
    });
    expect(merged).toEqual(kept);
    const uncompacted = await withSystem(database.db, (tx) =>
      tx.execute(sql`select count(*)::int as n from saisine_stats where not compacted`),
    );
    expect(JSON.stringify(uncompacted)).toMatch(/"n":0/);
    const rebuilt = await withSystem(database.db, async (tx) => {
      await tx.execute(sql`select mutu_rebuild_saisine_stats()`);
      return counts(tx, merignac);
    });
    expect(rebuilt).toEqual(kept);
  });

  test("the database classes delays with the domain's bounds", async () => {
    const { database } = t;
    const probes = [0, 1, ...DELAY_BUCKET_BOUNDS.flatMap((b) => [b - 1, b, b + 1]), 10_000];
    const rows = await withSystem(database.db, (tx) =>
      tx.execute(
        sql`select m, mutu_delay_bucket(m) as bucket from unnest(${sql.raw(`array[${probes.join(",")}]`)}::int[]) m`,
      ),
    );
    const list = executedRows<{ m: number; bucket: number }>(rows);
    for (const { m, bucket } of list) expect([m, bucket]).toEqual([m, delayBucketOf(m)]);
  });

  test("a commune reads its own counts only; a measure without evidence is refused", async () => {
    const { database, ids } = t;
    const seen = await withTenant(
      database.db,
      { orgIds: [ids.begles ?? ""], operatorId: ids["bordeaux-metropole"] ?? "" },
      (tx) => tx.execute(sql`select distinct org_id from saisine_stats`),
    );
    const orgIds = executedRows<{ org_id: string }>(seen);
    expect(orgIds.every((r) => r.org_id === ids.begles)).toBe(true);

    const attempt = withSystem(database.db, async (tx) => {
      const [version] = await tx
        .select({ id: contractVersions.id })
        .from(contractVersions)
        .limit(1);
      await tx.insert(indicatorEntries).values({
        orgId: ids.begles ?? "",
        operatorId: ids["bordeaux-metropole"] ?? "",
        annexVersionId: version?.id ?? "",
        indicator: "4.2.1",
        periodicity: "annual",
        periodKey: "2025",
        periodFrom: "2025-01-01",
        periodTo: "2026-01-01",
        measuredOn: "2025-11-20",
        value: { restoredMinutes: 90, scope: "Serveur" },
        actorLabel: "Test",
        actorSide: "operator",
      });
    });
    expect(await failure(attempt)).toMatch(/indicator_entries_evidence/);
  });
});

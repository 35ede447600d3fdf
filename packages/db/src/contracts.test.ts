/**
 * Contracts in the database: the demo seed imports them, row-level security keeps each commune to
 * its own and each operator to its members, and a signed version cannot change, whoever asks.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { withSystem, withTenant } from "./index.ts";
import { contracts, contractVersions, memberships, tariffs } from "./schema/index.ts";
import { seedDemo } from "./seed/index.ts";
import { createTestDatabase, drivers } from "./testing/index.ts";
import { failure, fakeHash, useSeededDatabase } from "./testing/seeded.ts";

describe.each(drivers)("contracts on %s", (driver) => {
  const t = useSeededDatabase(driver);

  const scopeOf = (slug: string, operator: string) => ({
    orgIds: [t.ids[slug] ?? ""],
    operatorId: t.ids[operator] ?? "",
  });

  test("the seed imports 12 Bordeaux contracts (Bègles with 3 versions) and Redon's convention", async () => {
    const { database, ids } = t;
    const rows = await withSystem(database.db, (tx) =>
      tx
        .select({
          kind: contracts.kind,
          orgId: contracts.orgId,
          versions: sql<number>`count(${contractVersions.id})::int`,
        })
        .from(contracts)
        .leftJoin(contractVersions, eq(contractVersions.contractId, contracts.id))
        .groupBy(contracts.id),
    );
    expect(rows.filter((r) => r.kind === "engagement")).toHaveLength(12);
    // Bègles: the 2016 contract, avenant n°3 (RGPD), then the demo amendment agreeing the delays.
    expect(rows.find((r) => r.orgId === ids.begles)?.versions).toBe(3);
    expect(rows.filter((r) => r.kind === "engagement").every((r) => r.versions >= 2)).toBe(true);
    expect(rows.find((r) => r.orgId === ids.redon)).toMatchObject({
      kind: "convention",
      versions: 0,
    });
    const [membership] = await withSystem(database.db, (tx) => tx.select().from(memberships));
    expect(membership).toMatchObject({
      orgId: ids.redon,
      subscription: "groupement-achats",
      effectiveFrom: "2024-01-01",
      effectiveTo: null,
    });
  });

  test("seeding again changes nothing", async () => {
    const { database } = t;
    await seedDemo(database.db, fakeHash);
    const rows = await withSystem(database.db, (tx) => tx.select().from(contractVersions));
    // Each of the 12 communes' annex and its demo amendment, and Bègles' 2016 original.
    expect(rows).toHaveLength(25);
  });

  test("a demo database created before contracts gets them at the next start", async () => {
    const fresh = await createTestDatabase(driver);
    try {
      await seedDemo(fresh.db, fakeHash);
      await withSystem(fresh.db, async (tx) => {
        await tx.execute(
          sql`alter table contract_versions disable trigger contract_versions_signed_immutable`,
        );
        for (const table of ["memberships", "contract_versions", "contracts", "tariffs"])
          await tx.execute(sql.raw(`delete from ${table}`));
        await tx.execute(
          sql`alter table contract_versions enable trigger contract_versions_signed_immutable`,
        );
      });
      await seedDemo(fresh.db, fakeHash);
      const versions = await withSystem(fresh.db, (tx) => tx.select().from(contractVersions));
      expect(versions).toHaveLength(25);
    } finally {
      await fresh.close();
    }
  });

  test("a commune sees only its own contract and versions, even without a filter", async () => {
    const { database, ids } = t;
    const seen = await withTenant(
      database.db,
      scopeOf("begles", "bordeaux-metropole"),
      async (tx) => ({
        contracts: await tx.select().from(contracts),
        versions: await tx.select().from(contractVersions),
        memberships: await tx.select().from(memberships),
        tariffs: await tx.select().from(tariffs),
      }),
    );
    expect(seen.contracts.map((c) => c.orgId)).toEqual([ids.begles]);
    expect(new Set(seen.versions.map((v) => v.orgId))).toEqual(new Set([ids.begles]));
    expect(seen.memberships).toEqual([]);
    // Bordeaux Métropole has no tariff; Redon's is not Bordeaux's to see.
    expect(seen.tariffs).toEqual([]);
  });

  test("a Redon member reads its operator's tariff and its membership", async () => {
    const { database } = t;
    const seen = await withTenant(
      database.db,
      scopeOf("redon", "redon-agglomeration"),
      async (tx) => ({
        memberships: await tx.select().from(memberships),
        tariffs: await tx.select().from(tariffs),
      }),
    );
    expect(seen.memberships).toHaveLength(1);
    expect(seen.tariffs.map((t) => t.code)).toEqual(["redon-2022"]);
  });

  test("a version cannot be written for another tenant's contract", async () => {
    const { database, ids } = t;
    const [pessac] = await withSystem(database.db, (tx) =>
      tx
        .select()
        .from(contractVersions)
        .where(eq(contractVersions.orgId, ids.pessac ?? "")),
    );
    if (!pessac) throw new Error("seed");
    const attempt = withTenant(database.db, scopeOf("begles", "bordeaux-metropole"), (tx) =>
      tx.insert(contractVersions).values({ ...pessac, id: undefined, seq: 99, status: "draft" }),
    );
    expect(await failure(attempt)).toMatch(/row-level security/);
  });

  test("a signed version is immutable: the tenant role cannot reach it, the trigger refuses everyone", async () => {
    const { database, ids } = t;
    const [signed] = await withSystem(database.db, (tx) =>
      tx
        .select()
        .from(contractVersions)
        .where(eq(contractVersions.orgId, ids.begles ?? "")),
    );
    if (!signed) throw new Error("seed");
    const operator = {
      orgIds: [ids["bordeaux-metropole"] ?? "", ids.begles ?? ""],
      operatorId: ids["bordeaux-metropole"] ?? "",
    };
    const touched = await withTenant(database.db, operator, (tx) =>
      tx
        .update(contractVersions)
        .set({ subject: "réécrit" })
        .where(eq(contractVersions.id, signed.id))
        .returning(),
    );
    expect(touched).toEqual([]);
    const update = withSystem(database.db, (tx) =>
      tx
        .update(contractVersions)
        .set({ subject: "réécrit" })
        .where(eq(contractVersions.id, signed.id)),
    );
    expect(await failure(update)).toMatch(/Version signée du contrat.*UPDATE refusé/);
    const remove = withSystem(database.db, (tx) =>
      tx.delete(contractVersions).where(eq(contractVersions.id, signed.id)),
    );
    expect(await failure(remove)).toMatch(/Version signée du contrat.*DELETE refusé/);
    const [after] = await withSystem(database.db, (tx) =>
      tx.select().from(contractVersions).where(eq(contractVersions.id, signed.id)),
    );
    expect(after).toEqual(signed);
  });

  test("a draft can be edited, then signed once; the database keeps org_id tied to the contract", async () => {
    const { database, ids } = t;
    const [contract] = await withSystem(database.db, (tx) =>
      tx
        .select()
        .from(contracts)
        .where(eq(contracts.orgId, ids.pessac ?? "")),
    );
    if (!contract) throw new Error("seed");
    const operator = {
      orgIds: [ids["bordeaux-metropole"] ?? "", ids.pessac ?? "", ids.begles ?? ""],
      operatorId: ids["bordeaux-metropole"] ?? "",
    };
    const mismatched = withTenant(database.db, operator, async (tx) => {
      const [v] = await tx
        .select()
        .from(contractVersions)
        .where(eq(contractVersions.contractId, contract.id));
      if (!v) throw new Error("seed");
      await tx
        .insert(contractVersions)
        .values({ ...v, id: undefined, seq: 50, status: "draft", orgId: ids.begles ?? "" });
    });
    expect(await failure(mismatched)).toMatch(/foreign key/);
    const signedAt = new Date();
    await withTenant(database.db, operator, async (tx) => {
      const [v] = await tx
        .select()
        .from(contractVersions)
        .where(eq(contractVersions.contractId, contract.id));
      if (!v) throw new Error("seed");
      const [draft] = await tx
        .insert(contractVersions)
        .values({
          ...v,
          id: undefined,
          // After the annex and the demo amendment.
          seq: 3,
          status: "draft",
          publishedAt: null,
          effectiveFrom: null,
        })
        .returning();
      if (!draft) throw new Error("insert");
      await tx
        .update(contractVersions)
        .set({ subject: "Avenant test" })
        .where(eq(contractVersions.id, draft.id));
      await tx
        .update(contractVersions)
        .set({ status: "signed", effectiveFrom: "2026-01-01", publishedAt: signedAt })
        .where(eq(contractVersions.id, draft.id));
      const again = await tx
        .update(contractVersions)
        .set({ subject: "Encore" })
        .where(eq(contractVersions.id, draft.id))
        .returning();
      expect(again).toEqual([]);
    });
  });
});

/**
 * The database itself refuses cross-tenant rows: a query that forgets its filter, run in a tenant
 * transaction, still returns only the caller's rows, on PGlite and on a PostgreSQL server.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { appendAudit, verifyAuditChains, withSystem, withTenant } from "./index.ts";
import { auditLog, organisations, people } from "./schema/index.ts";
import { drivers } from "./testing/index.ts";
import { failure, useSeededDatabase } from "./testing/seeded.ts";

describe.each(drivers)("row-level security on %s", (driver) => {
  const t = useSeededDatabase(driver);

  const begles = () => ({
    orgIds: [t.ids.begles ?? ""],
    operatorId: t.ids["bordeaux-metropole"] ?? "",
  });

  test("a query without any filter sees only the caller's commune", async () => {
    const { database, ids } = t;
    const rows = await withTenant(database.db, begles(), (tx) => tx.select().from(people));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.orgId))).toEqual(new Set([ids.begles]));
  });

  test("an operator sees its members, not the other operator's", async () => {
    const { database, ids } = t;
    const scope = {
      orgIds: [ids["redon-agglomeration"] ?? "", ids.redon ?? ""],
      operatorId: ids["redon-agglomeration"] ?? "",
    };
    const orgs = await withTenant(database.db, scope, (tx) => tx.select().from(organisations));
    expect(orgs.map((o) => o.slug).sort()).toEqual(["redon", "redon-agglomeration"]);
  });

  test("writing a row for another tenant is refused and nothing is written", async () => {
    const { database, ids } = t;
    const attempt = withTenant(database.db, begles(), (tx) =>
      tx.insert(people).values({
        orgId: ids.pessac ?? "",
        email: "intrus@pessac.fr",
        displayName: "Intrus",
        passwordHash: "x",
      }),
    );
    expect(await failure(attempt)).toMatch(/row-level security/);
    const found = await withSystem(database.db, (tx) =>
      tx.select().from(people).where(eq(people.email, "intrus@pessac.fr")),
    );
    expect(found).toEqual([]);
  });

  test("outside any scope the owner sees nothing (fails closed)", async () => {
    const { database } = t;
    const rows = await database.db.transaction((tx) => tx.select().from(organisations));
    // PGlite runs as a superuser, which bypasses RLS even when forced: that is why tenant work
    // switches role. On PostgreSQL the application's owner role is not a superuser.
    if (driver === "postgres") expect(rows).toEqual([]);
    // In every case the tenant role cannot read sessions at all.
    const denied = withTenant(database.db, begles(), (tx) =>
      tx.execute(sql`select * from sessions`),
    );
    expect(await failure(denied)).toMatch(/permission denied/);
  });

  test("the session lookup lowers the system flag it raises, and the tenant role cannot run it", async () => {
    const { database } = t;
    for (const lookup of ["mutu_session_caller", "mutu_session_unread"]) {
      const call = sql`select ${sql.raw(lookup)}('no such session')`;
      const flag = await database.db.transaction(async (tx) => {
        await tx.execute(call);
        return tx.select().from(organisations);
      });
      if (driver === "postgres") expect(flag).toEqual([]);
      const denied = withTenant(database.db, begles(), (tx) => tx.execute(call));
      expect(await failure(denied)).toMatch(/permission denied/);
    }
  });

  test("the audit trail is append-only and its chains verify; tampering is detected", async () => {
    const { database, ids } = t;
    await withTenant(database.db, begles(), (tx) =>
      appendAudit(tx, {
        orgId: ids.begles ?? null,
        actor: { personId: null, tokenId: null, label: "test" },
        action: "person.create",
        after: { a: 1, nested: { z: [1, 2], b: "é" } },
      }),
    );
    await withTenant(database.db, begles(), (tx) =>
      appendAudit(tx, {
        orgId: ids.begles ?? null,
        actor: null,
        action: "person.deactivate",
        before: { a: 1 },
        after: { a: 2 },
      }),
    );
    const reports = await verifyAuditChains(database.db);
    expect(reports.every((r) => r.ok)).toBe(true);
    expect(reports.find((r) => r.chain === ids.begles)?.entries).toBe(2);

    const update = withSystem(database.db, (tx) =>
      tx.update(auditLog).set({ action: "forged" }).where(eq(auditLog.action, "person.create")),
    );
    expect(await failure(update)).toMatch(/ajout seul/);
    const del = withSystem(database.db, (tx) => tx.delete(auditLog));
    expect(await failure(del)).toMatch(/ajout seul/);

    // Someone with raw access disables the trigger and edits an entry: verification names the entry.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('mutu.system', 'on', true)`);
      await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await tx.execute(
        sql`update audit_log set after = '{"a": 3}'::jsonb where action = 'person.deactivate'`,
      );
      await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const after = await verifyAuditChains(database.db);
    const broken = after.find((r) => r.chain === ids.begles);
    expect(broken?.ok).toBe(false);
    expect(broken?.reason).toBe("contenu modifié");
  });
});

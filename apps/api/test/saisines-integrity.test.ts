/**
 * What must hold under retries and races, on both drivers: idempotent filing (also concurrently),
 * consecutive reference numbers with the audit chain whole, optimistic concurrency; then lists with
 * filters, search and keyset pages over all that was filed.
 */
import { schema, verifyAuditChains, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { type Page, useSaisineDesk } from "./helpers/saisines.ts";

const STALE = "Cette saisine a été modifiée entre-temps : rechargez-la avant de recommencer.";

describe.each(drivers)("saisine integrity on %s", (driver) => {
  const now = new Date("2026-09-07T10:00:00+02:00"); // a Monday
  const t = useSaisineDesk(driver, () => now);
  const rowsWithKey = (key: string) =>
    withSystem(t.h.database.db, (tx) =>
      tx.select().from(schema.saisines).where(eq(schema.saisines.idempotencyKey, key)),
    );

  test("a retried filing with the same idempotency key returns the first saisine, also when both race", async () => {
    const { h, agent, can, file, input } = t;
    const first = await file(agent, { idempotencyKey: "telephonie-4711" });
    const retry = await file(agent, { idempotencyKey: "telephonie-4711" });
    expect(retry).toMatchObject({ id: first.id, reference: first.reference, replayed: true });
    const [a, b] = await Promise.all([
      file(agent, { idempotencyKey: "telephonie-4712" }),
      file(agent, { idempotencyKey: "telephonie-4712" }),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await rowsWithKey("telephonie-4712")).toHaveLength(1);
    // The loser's reference number was not consumed: numbering has no gap.
    const next = await file(agent);
    const numbers = [first, a, next].map((r) => Number(r.reference.slice(-6)));
    expect(numbers[2]).toBe((numbers[1] ?? 0) + 1);
    // Another filer's key does not reveal their saisine.
    const stolen = await h.mutate(
      "saisines.create",
      input({ idempotencyKey: "telephonie-4711", channel: "telephone" }),
      { cookie: can },
    );
    expect(stolen.status).toBe(409);
    expect(JSON.stringify(stolen)).not.toContain(first.id);
  });

  test("concurrent filings for one commune get consecutive numbers and keep its audit chain whole", async () => {
    const { h, agent, file } = t;
    const filed = await Promise.all(Array.from({ length: 8 }, () => file(agent)));
    const numbers = filed.map((r) => Number(r.reference.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) + i));
    const chains = await verifyAuditChains(h.database.db);
    expect(chains.filter((c) => !c.ok)).toEqual([]);
    const audited = await withSystem(h.database.db, (tx) =>
      tx
        .select({ id: schema.auditLog.entityId })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.action, "saisine.create")),
    );
    for (const r of filed) expect(audited.map((a) => a.id)).toContain(r.id);
  });

  test("a stale version changes nothing; of two concurrent changes one wins, the other is told to reload", async () => {
    const { h, agent, can, file } = t;
    const filed = await file(agent);
    const auditCount = async () =>
      (
        await withSystem(h.database.db, (tx) =>
          tx
            .select({ n: count() })
            .from(schema.auditLog)
            .where(eq(schema.auditLog.entityId, filed.id)),
        )
      )[0]?.n;
    // Both allowed from « nouvelle »: whichever runs second finds the version gone.
    const [x, y] = await Promise.all([
      h.mutate(
        "saisines.pause",
        { saisineId: filed.id, version: 1, waitingFor: "commune", note: "Quel poste ?" },
        { cookie: can },
      ),
      h.mutate(
        "saisines.resolve",
        { saisineId: filed.id, version: 1, note: "Redémarrage du service." },
        { cookie: can },
      ),
    ]);
    const statuses = [x.status, y.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = x.status === 409 ? x : y;
    expect(loser.error?.message).toBe(STALE);
    expect(loser.error?.data.code).toBe("CONFLICT");
    const audited = await auditCount();
    const stale = await h.mutate(
      "saisines.resolve",
      { saisineId: filed.id, version: 1, note: "Trop tard." },
      { cookie: can },
    );
    expect(stale.status).toBe(409);
    const [row] = await withSystem(h.database.db, (tx) =>
      tx.select().from(schema.saisines).where(eq(schema.saisines.id, filed.id)),
    );
    expect(row).toMatchObject({ rowVersion: 2 });
    expect(["en-attente-commune", "resolue"]).toContain(row?.status);
    expect(await auditCount()).toBe(audited);
    const paused = await withSystem(h.database.db, (tx) =>
      tx
        .select({ n: count() })
        .from(schema.saisineEvents)
        .where(eq(schema.saisineEvents.saisineId, filed.id)),
    );
    expect(paused[0]?.n).toBe(2); // created, then the winner's event only
  });

  // Pages through what the tests above filed, raced and changed: many saisines, in several states.
  test("lists: filters, French full-text search, due-date order and keyset pages without gaps", async () => {
    const { h, agent, can, file } = t;
    for (const title of [
      "Imprimante bloquée au service état civil",
      "Les imprimantes du CCAS n'impriment plus",
      "Écran noir sur le poste du directeur",
    ])
      await file(agent, { title });
    const search = (
      await h.query("saisines.queue", { q: "imprimante", subDomains: ["C"] }, { cookie: can })
    ).data as Page;
    expect(search.items.map((i) => i.title).sort()).toEqual([
      "Imprimante bloquée au service état civil",
      "Les imprimantes du CCAS n'impriment plus",
    ]);
    const ref = search.items[0]?.reference ?? "";
    const byRef = (await h.query("saisines.queue", { q: ref.toLowerCase() }, { cookie: can }))
      .data as Page;
    expect(byRef.items.map((i) => i.reference)).toEqual([ref]);

    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await h.query(
        "saisines.list",
        { orgId: h.orgId("begles"), limit: 3, ...(cursor ? { cursor } : {}) },
        { cookie: can },
      );
      expect(res.status, `${res.error?.message} ${cursor}`).toBe(200);
      const page = res.data as Page;
      all.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const [{ n } = { n: 0 }] = await withSystem(h.database.db, (tx) =>
      tx
        .select({ n: count() })
        .from(schema.saisines)
        .where(and(eq(schema.saisines.orgId, h.orgId("begles")), eq(schema.saisines.isOpen, true))),
    );
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(n);
    // Due-date order is the stored order (nearest first, undated last).
    const ordered = await withSystem(h.database.db, (tx) =>
      tx
        .select({ id: schema.saisines.id })
        .from(schema.saisines)
        .where(and(eq(schema.saisines.orgId, h.orgId("begles")), eq(schema.saisines.isOpen, true)))
        .orderBy(schema.saisines.dueSort, schema.saisines.id),
    );
    expect(all).toEqual(ordered.map((o) => o.id));
    const bad = await h.query("saisines.list", { cursor: "n'importe quoi" }, { cookie: agent });
    expect(bad.status).toBe(400);
    const breached = (await h.query("saisines.queue", { due: "breached" }, { cookie: can }))
      .data as Page;
    expect(breached.items.every((i) => i.dueState === "breached")).toBe(true);
  });
});

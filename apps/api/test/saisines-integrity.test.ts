/**
 * What must hold under retries, races and bad files, on both drivers: idempotent filing (also
 * concurrently), optimistic concurrency, attachments refused before storage, who sees what, the
 * change feed's cursor, lists with filters, search and keyset pages.
 */
import { createHash } from "node:crypto";
import { schema, verifyAuditChains, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHarness, type Harness } from "./harness.ts";

type Result = {
  id: string;
  version: number;
  status: string;
  reference: string;
  replayed?: boolean;
};
type Page = {
  items: { id: string; reference: string; dueState: string; title: string }[];
  nextCursor: string | null;
};

const saisine = (orgId: string, overrides: Record<string, unknown> = {}) => ({
  orgId,
  type: "incident",
  subDomain: "C",
  nature: "ordinaire",
  criticality: "non-bloquant",
  title: "Messagerie lente sur les postes de l'accueil",
  ...overrides,
});

const STALE = "Cette saisine a été modifiée entre-temps : rechargez-la avant de recommencer.";

describe.each(drivers)("saisine integrity on %s", (driver) => {
  let h: Harness;
  const now = new Date("2026-09-07T10:00:00+02:00"); // a Monday
  let agent: string;
  let dgs: string;
  let can: string;

  beforeAll(async () => {
    h = await createHarness(driver, { now: () => now });
    agent = await h.signIn("agent@begles.mutu-demo.fr");
    dgs = await h.signIn("dgs@begles.mutu-demo.fr");
    can = await h.signIn("can@bordeaux-metropole.mutu-demo.fr");
  });
  afterAll(() => h.close());

  const file = async (cookie: string, overrides: Record<string, unknown> = {}) => {
    const res = await h.mutate("saisines.create", saisine(h.orgId("begles"), overrides), {
      cookie,
    });
    expect(res.status, res.error?.message).toBe(200);
    return res.data as Result;
  };
  const rowsWithKey = (key: string) =>
    withSystem(h.database.db, (tx) =>
      tx.select().from(schema.saisines).where(eq(schema.saisines.idempotencyKey, key)),
    );

  test("a retried filing with the same idempotency key returns the first saisine, also when both race", async () => {
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
      saisine(h.orgId("begles"), { idempotencyKey: "telephonie-4711", channel: "telephone" }),
      { cookie: can },
    );
    expect(stolen.status).toBe(409);
    expect(JSON.stringify(stolen)).not.toContain(first.id);
  });

  test("concurrent filings for one commune get consecutive numbers and keep its audit chain whole", async () => {
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
        { saisineId: filed.id, version: 1, waitingFor: "commune", note: "Quel poste ?" },
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

  test("attachments over the limit or of a refused type are refused before storage", async () => {
    const filed = await file(agent);
    const stored = async () =>
      (
        await withSystem(h.database.db, (tx) =>
          tx
            .select({ n: count() })
            .from(schema.saisineAttachments)
            .where(eq(schema.saisineAttachments.saisineId, filed.id)),
        )
      )[0]?.n;
    const upload = (
      fileName: string,
      mediaType: string,
      content: Buffer,
      visibility?: string,
      cookie = agent,
    ) =>
      h.mutate(
        "saisines.uploadAttachment",
        {
          saisineId: filed.id,
          fileName,
          mediaType,
          contentBase64: content.toString("base64"),
          visibility,
        },
        { cookie },
      );
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(1000, 0x20)]);
    const tooBig = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const big = await upload("rapport.pdf", "application/pdf", tooBig);
    expect(big.status).toBe(400);
    expect(big.error?.message).toMatch(/trop lourd \(10,1 Mo\) : 10 Mo au plus/);
    const exe = await upload("facture.pdf.exe", "application/octet-stream", Buffer.from("MZ"));
    expect(exe.status).toBe(400);
    expect(exe.error?.message).toMatch(/double extension/);
    const disguised = await upload(
      "photo.pdf",
      "application/pdf",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(disguised.status).toBe(400);
    expect(disguised.error?.message).toMatch(/ne correspond pas à un fichier \.pdf/);
    const internalFromCommune = await upload("note.pdf", "application/pdf", pdf, "interne");
    expect(internalFromCommune.status).toBe(400);
    expect(await stored()).toBe(0);

    const ok = await upload("capture écran.pdf", "application/pdf", pdf);
    expect(ok.status, ok.error?.message).toBe(200);
    expect(ok.data).toMatchObject({
      sizeBytes: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    const internal = await upload(
      "diagnostic.txt",
      "text/plain",
      Buffer.from("journal interne"),
      "interne",
      can,
    );
    expect(internal.status, internal.error?.message).toBe(200);
    const back = await h.query(
      "saisines.attachment",
      { attachmentId: (ok.data as { id: string }).id },
      { cookie: agent },
    );
    expect(
      Buffer.from((back.data as { contentBase64: string }).contentBase64, "base64").equals(pdf),
    ).toBe(true);
    const hidden = await h.query(
      "saisines.attachment",
      { attachmentId: (internal.data as { id: string }).id },
      { cookie: dgs },
    );
    expect(hidden.status).toBe(404);
    const seen = (await h.query("saisines.get", { saisineId: filed.id }, { cookie: dgs })).data as {
      attachments: { fileName: string }[];
    };
    expect(seen.attachments.map((a) => a.fileName)).toEqual(["capture écran.pdf"]);
  });

  test("an agent sees the saisines filed for them, readers their commune's; communes never read internal notes", async () => {
    const byAgent = await file(agent, { title: "Clavier défectueux au guichet unique" });
    const byDgs = await file(dgs, { title: "Licence bureautique expirée pour le cabinet" });
    const agentList = (await h.query("saisines.list", {}, { cookie: agent })).data as Page;
    expect(agentList.items.map((i) => i.id)).toContain(byAgent.id);
    expect(agentList.items.map((i) => i.id)).not.toContain(byDgs.id);
    expect((await h.query("saisines.get", { saisineId: byDgs.id }, { cookie: agent })).status).toBe(
      404,
    );
    const dgsList = (await h.query("saisines.list", {}, { cookie: dgs })).data as Page;
    expect(dgsList.items.map((i) => i.id)).toEqual(expect.arrayContaining([byAgent.id, byDgs.id]));

    const note = await h.mutate(
      "saisines.comment",
      {
        saisineId: byAgent.id,
        body: "Fournisseur relancé, délai de livraison incertain.",
        visibility: "interne",
      },
      { cookie: can },
    );
    expect(note.status, note.error?.message).toBe(200);
    await h.mutate(
      "saisines.comment",
      { saisineId: byAgent.id, body: "Un clavier de prêt vous est envoyé.", visibility: "public" },
      { cookie: can },
    );
    const communeInternal = await h.mutate(
      "saisines.comment",
      { saisineId: byAgent.id, body: "Note", visibility: "interne" },
      { cookie: agent },
    );
    expect(communeInternal.status).toBe(403);
    const communeView = JSON.stringify(
      (await h.query("saisines.timeline", { saisineId: byAgent.id }, { cookie: dgs })).data,
    );
    expect(communeView).toContain("Un clavier de prêt vous est envoyé.");
    expect(communeView).not.toContain("Fournisseur relancé");
    const operatorView = JSON.stringify(
      (await h.query("saisines.timeline", { saisineId: byAgent.id }, { cookie: can })).data,
    );
    expect(operatorView).toContain("Fournisseur relancé");
  });

  test("the change feed: a cursor never skips a change, communes never see internal ones", async () => {
    const start = (await h.query("saisines.changes", { cursor: "now" }, { cookie: can })).data as {
      nextCursor: string;
    };
    const startDgs = (await h.query("saisines.changes", { cursor: "now" }, { cookie: dgs }))
      .data as {
      nextCursor: string;
    };
    const filed = await file(agent, { title: "Vidéoprojecteur de la salle du conseil" });
    await h.mutate(
      "saisines.comment",
      { saisineId: filed.id, body: "À voir avec le prestataire AV.", visibility: "interne" },
      { cookie: can },
    );
    const ops = (await h.query("saisines.changes", { cursor: start.nextCursor }, { cookie: can }))
      .data as {
      changes: { saisineId: string; kind: string; cursor: string }[];
      nextCursor: string;
    };
    expect(ops.changes.map((c) => [c.saisineId, c.kind])).toEqual([
      [filed.id, "created"],
      [filed.id, "comment"],
    ]);
    const commune = (
      await h.query("saisines.changes", { cursor: startDgs.nextCursor }, { cookie: dgs })
    ).data as {
      changes: { kind: string }[];
    };
    expect(commune.changes.map((c) => c.kind)).toEqual(["created"]);
    const empty = (await h.query("saisines.changes", { cursor: ops.nextCursor }, { cookie: can }))
      .data as {
      changes: unknown[];
    };
    expect(empty.changes).toEqual([]);

    if (driver !== "postgres") return;
    // A transaction still running holds its change back — and every later one — until it ends.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = withSystem(h.database.db, async (tx) => {
      await tx.insert(schema.saisineChanges).values({
        operatorId: h.orgId("bordeaux-metropole"),
        orgId: h.orgId("begles"),
        saisineId: filed.id,
        at: now,
        kind: "slow",
        visibility: "public",
        rowVersion: 1,
        status: "nouvelle",
      });
      await gate;
    });
    await new Promise((r) => setTimeout(r, 50));
    await h.mutate(
      "saisines.comment",
      { saisineId: filed.id, body: "Après la transaction lente.", visibility: "public" },
      { cookie: can },
    );
    const held = (await h.query("saisines.changes", { cursor: ops.nextCursor }, { cookie: can }))
      .data as {
      changes: unknown[];
    };
    expect(held.changes).toEqual([]);
    release();
    await slow;
    const after = (await h.query("saisines.changes", { cursor: ops.nextCursor }, { cookie: can }))
      .data as {
      changes: { kind: string }[];
    };
    expect(after.changes.map((c) => c.kind)).toEqual(["slow", "comment"]);
  });

  test("lists: filters, French full-text search, due-date order and keyset pages without gaps", async () => {
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

/**
 * Who sees what of a saisine, on both drivers: attachments refused before storage and internal ones
 * hidden from communes, agents and readers' lists, internal notes, the change feed's cursor.
 */
import { createHash } from "node:crypto";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { type Page, useSaisineDesk } from "./helpers/saisines.ts";

describe.each(drivers)("saisine visibility on %s", (driver) => {
  const now = new Date("2026-09-07T10:00:00+02:00"); // a Monday
  const t = useSaisineDesk(driver, () => now);

  test("attachments over the limit or of a refused type are refused before storage", async () => {
    const { h, agent, dgs, can, file } = t;
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
    expect(big.error?.message).toMatch(/trop lourd \(10,1 Mo\)\s: 10 Mo au plus/);
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
    const { h, agent, dgs, can, file } = t;
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
    const { h, agent, dgs, can, file } = t;
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
});

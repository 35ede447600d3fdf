/**
 * The call centre's queue through the real API, on both drivers: sorted by any of its columns
 * with keyset pages that neither repeat nor skip a row, counts per status (open ones from their
 * index, closed ones from the counts kept by triggers — equal to counting them), saved views
 * read back without what no longer exists, bulk actions all or nothing with the reason of each
 * refusal, and the export of the filtered list as CSV, XLSX and ODS.
 */
import { QUEUE_SORT_KEYS } from "@mutu/domain";
import { schema, withSystem } from "@mutu/db";
import { drivers } from "@mutu/db/testing";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { data, useHarness } from "./harness.ts";
import {
  BEGLES_AGENT,
  CALL_CENTRE,
  type Filed,
  type Page,
  saisineInput,
} from "./helpers/saisines.ts";

type Counts = {
  counts: { status: string; count: number; capped: boolean }[];
  total: number;
  totalCapped: boolean;
};
type Views = {
  builtIn: { id: string; name: string; filters: Record<string, string> }[];
  views: {
    id: string;
    name: string;
    shared: boolean;
    filters: Record<string, string>;
    dropped: { label: string }[];
  }[];
};

const TITLES = [
  "Écran noir au CCAS",
  "Badge refusé à l'accueil",
  "imprimante bloquée",
  "Zone wifi de l'école muette",
  "Accès à la messagerie perdu",
  "Éditeur de texte introuvable",
];

describe.each(drivers)("the queue on %s", (driver) => {
  let now = new Date("2026-06-08T09:00:00+02:00");
  const t = useHarness(driver, {
    now: () => now,
    signedIn: { can: CALL_CENTRE },
  });
  const filed: Filed[] = [];
  const queue = async (input: Record<string, unknown>) =>
    data<Page & { items: { status: string; assigneeLabel: string | null }[] }>(
      await t.h.query("saisines.queue", input, { cookie: t.can }),
    );
  const counts = async (input: Record<string, unknown> = {}) =>
    data<Counts>(await t.h.query("saisines.queueCounts", input, { cookie: t.can }));

  const viewCreator = async () => {
    const [p] = await withSystem(t.h.database.db, (tx) => tx.select().from(schema.people).limit(1));
    return p?.id ?? "";
  };

  beforeAll(async () => {
    for (const [i, title] of TITLES.entries()) {
      now = new Date(now.getTime() + 7 * 60_000);
      filed.push(
        data<Filed>(
          await t.h.mutate(
            "saisines.create",
            saisineInput(t.h.orgId(i % 2 ? "begles" : "pessac"), {
              title,
              channel: "telephone",
              criticality: i % 3 ? "non-bloquant" : "bloquant",
            }),
            { cookie: t.can },
          ),
        ),
      );
    }
    // Two refused: final, counted by the triggers.
    for (const f of filed.slice(4)) {
      const done = data<Filed>(
        await t.h.mutate(
          "saisines.refuse",
          { saisineId: f.id, version: f.version, note: "Hors du périmètre du contrat." },
          { cookie: t.can },
        ),
      );
      Object.assign(f, done);
    }
  });

  test("every column sorts both ways, and its pages neither repeat nor skip a row", async () => {
    for (const key of QUEUE_SORT_KEYS)
      for (const sort of [key, `-${key}`]) {
        const all = (await queue({ statuses: ["nouvelle", "refusee"], sort, limit: 100 })).items;
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await queue({ statuses: ["nouvelle", "refusee"], sort, limit: 2, cursor });
          seen.push(...page.items.map((s) => s.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen, sort).toEqual(all.map((s) => s.id));
        expect(new Set(seen).size).toBe(TITLES.length);
      }
    // Titles the French way: accents and capitals with their letter.
    const byTitle = (await queue({ statuses: ["nouvelle", "refusee"], sort: "title" })).items;
    expect(byTitle.map((s) => s.title)).toEqual([
      "Accès à la messagerie perdu",
      "Badge refusé à l'accueil",
      "Écran noir au CCAS",
      "Éditeur de texte introuvable",
      "imprimante bloquée",
      "Zone wifi de l'école muette",
    ]);
    const byStatus = (await queue({ statuses: ["refusee", "nouvelle"], sort: "-status" })).items;
    expect(byStatus.map((s) => s.status)).toEqual([
      "refusee",
      "refusee",
      "nouvelle",
      "nouvelle",
      "nouvelle",
      "nouvelle",
    ]);
  });

  test("a cursor of another sort is refused", async () => {
    const first = await queue({ sort: "title", limit: 1 });
    const res = await t.h.query(
      "saisines.queue",
      { sort: "-title", limit: 1, cursor: first.nextCursor },
      { cookie: t.can },
    );
    expect(res.error?.message).toBe("Position de page invalide : rechargez la liste.");
  });

  test("counts per status: open from the index, closed ones kept by the triggers", async () => {
    const open = await counts();
    expect(open.counts.find((c) => c.status === "nouvelle")?.count).toBe(4);
    expect(open.counts.some((c) => c.status === "refusee")).toBe(false);
    const all = await counts({ history: true });
    expect(all.counts.find((c) => c.status === "refusee")).toEqual({
      status: "refusee",
      count: 2,
      capped: false,
    });
    expect(all.total).toBe(6);
    // Kept counts and counting agree, filter by filter.
    const begles = await counts({ history: true, orgIds: [t.h.orgId("begles")] });
    const listed = await queue({ orgIds: [t.h.orgId("begles")], statuses: ["refusee"] });
    expect(begles.counts.find((c) => c.status === "refusee")?.count).toBe(listed.items.length);
    const blocking = await counts({ history: true, criticalities: ["bloquant"], q: "badge" });
    expect(blocking.total).toBe(0);
    const searched = await counts({ history: true, q: "introuvable" });
    expect(searched.counts.find((c) => c.status === "refusee")?.count).toBe(1);
    const kept = await withSystem(t.h.database.db, (tx) =>
      tx.select().from(schema.saisineFinalCounts),
    );
    expect(kept.reduce((n, k) => n + k.saisines, 0)).toBe(2);
  });

  test("a word finds its saisines open, closed or both (the search index's two halves)", async () => {
    const titles = async (input: Record<string, unknown>) =>
      (await queue({ ...input, sort: "title" })).items.map((i) => (i as { title: string }).title);
    // « imprimante bloquée » is open, « Éditeur de texte introuvable » was refused.
    expect(await titles({ q: "imprimante" })).toEqual(["imprimante bloquée"]);
    expect(await titles({ q: "introuvable" })).toEqual([]);
    expect(await titles({ q: "introuvable", statuses: ["refusee"] })).toEqual([
      "Éditeur de texte introuvable",
    ]);
    expect(await titles({ q: "imprimante", statuses: ["refusee"] })).toEqual([]);
    const both = ["nouvelle", "refusee"];
    expect(await titles({ q: "introuvable", statuses: both })).toEqual([
      "Éditeur de texte introuvable",
    ]);
    expect(await titles({ q: "imprimante", statuses: both })).toEqual(["imprimante bloquée"]);
  });

  test("saved views: personal and shared, read back without what no longer exists", async () => {
    const saved = data<{ id: string; filters: Record<string, string> }>(
      await t.h.mutate(
        "saisines.saveView",
        {
          name: "Bègles bloquant",
          filters: { orgId: t.h.orgId("begles"), status: "toutes", canal: "telephone" },
          shared: true,
        },
        { cookie: t.can },
      ),
    );
    // A filter mutu does not have is not kept.
    expect(saved.filters).toEqual({ orgId: t.h.orgId("begles"), status: "toutes" });
    const again = await t.h.mutate(
      "saisines.saveView",
      { name: "Bègles bloquant", filters: {}, shared: true },
      { cookie: t.can },
    );
    expect(again.error?.data.fieldErrors).toEqual({
      name: ["Une vue partagée porte déjà ce nom."],
    });
    // A view naming a team dissolved since: opened without it, and says so.
    const creator = await viewCreator();
    await withSystem(t.h.database.db, (tx) =>
      tx.insert(schema.saisineViews).values({
        orgId: t.h.orgId("bordeaux-metropole"),
        ownerId: null,
        name: "Ancienne équipe",
        filters: { assignee: "team:00000000-0000-4000-8000-000000000000", nature: "urgence" },
        createdById: creator,
        createdByLabel: "Quelqu'un",
      }),
    );
    const views = data<Views>(await t.h.query("saisines.views", undefined, { cookie: t.can }));
    expect(views.builtIn.map((v) => v.name)).toEqual([
      "Mes saisines",
      "Non attribuées",
      "Proches de l'échéance",
    ]);
    const old = views.views.find((v) => v.name === "Ancienne équipe");
    expect(old?.filters).toEqual({ nature: "urgence" });
    expect(old?.dropped.map((d) => d.label)).toEqual(["Titulaire"]);
    // Only its author removes a view.
    const head = await t.h.signIn("chef-can@bordeaux-metropole.mutu-demo.fr");
    const forbidden = await t.h.mutate(
      "saisines.deleteView",
      { viewId: saved.id },
      { cookie: head },
    );
    expect(forbidden.error?.data.code).toBe("FORBIDDEN");
    expect(
      data(await t.h.mutate("saisines.deleteView", { viewId: saved.id }, { cookie: t.can })),
    ).toEqual({ ok: true });
  });

  test("a bulk action on saisines that do not all allow it changes none and says why", async () => {
    const [a, b] = filed;
    const refused = filed[4];
    if (!a || !b || !refused) throw new Error("setup");
    const res = await t.h.mutate(
      "saisines.bulk",
      {
        action: "qualify",
        items: [a, b, refused].map((s) => ({ saisineId: s.id, version: s.version })),
        nature: "urgence",
      },
      { cookie: t.can },
    );
    expect(res.error?.message).toBe(
      "1 saisine sur 3 ne permet pas cette action : aucune n'a été modifiée.",
    );
    expect(res.error?.data.fieldErrors).toEqual({
      items: [
        `${refused.reference} : La saisine est refusée : elle ne peut plus changer. Si le problème revient, déposez une nouvelle saisine.`,
      ],
    });
    const unchanged = await queue({ statuses: ["nouvelle"] });
    expect(unchanged.items.every((s) => s.status === "nouvelle")).toBe(true);
    // Without the refused one: both qualified as they are.
    const done = data<{ done: Filed[] }>(
      await t.h.mutate(
        "saisines.bulk",
        { action: "qualify", items: [a, b].map((s) => ({ saisineId: s.id, version: s.version })) },
        { cookie: t.can },
      ),
    );
    expect(done.done.map((d) => d.status)).toEqual(["qualifiee", "qualifiee"]);
    // A stale version: nothing changes.
    const stale = await t.h.mutate(
      "saisines.bulk",
      {
        action: "pause",
        items: [{ saisineId: a.id, version: a.version }],
        waitingFor: "tiers",
        note: "Attente du fournisseur",
      },
      { cookie: t.can },
    );
    expect(stale.error?.data.code).toBe("CONFLICT");
    const commented = data<{ done: Filed[] }>(
      await t.h.mutate(
        "saisines.bulk",
        {
          action: "comment",
          items: [a, b].map((s) => ({ saisineId: s.id, version: 1 })),
          body: "Intervention groupée jeudi.",
          visibility: "public",
        },
        { cookie: t.can },
      ),
    );
    expect(commented.done).toHaveLength(2);
  });

  test("the filtered list exports as CSV, XLSX and ODS", async () => {
    const csv = data<{ fileName: string; contentBase64: string; rows: number; mediaType: string }>(
      await t.h.query(
        "saisines.export",
        { format: "csv", statuses: ["refusee"], sort: "reference" },
        { cookie: t.can },
      ),
    );
    expect(csv).toMatchObject({ fileName: "saisines-2026-06-08.csv", rows: 2 });
    const text = Buffer.from(csv.contentBase64, "base64").toString("utf8");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]?.split(";").slice(0, 4)).toEqual(["Référence", "Commune", "Objet", "Type"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(";Refusée;");
    const xlsx = data<{ contentBase64: string }>(
      await t.h.query("saisines.export", { format: "xlsx" }, { cookie: t.can }),
    );
    expect(Object.keys(unzipSync(Buffer.from(xlsx.contentBase64, "base64")))).toContain(
      "xl/worksheets/sheet1.xml",
    );
    const ods = data<{ contentBase64: string; mediaType: string }>(
      await t.h.query("saisines.export", { format: "ods", q: "imprimante" }, { cookie: t.can }),
    );
    expect(ods.mediaType).toBe("application/vnd.oasis.opendocument.spreadsheet");
    const zip = unzipSync(Buffer.from(ods.contentBase64, "base64"));
    expect(Object.keys(zip)[0]).toBe("mimetype");
    const content = Buffer.from(zip["content.xml"] ?? []).toString("utf8");
    expect(content).toContain("<text:p>imprimante bloquée</text:p>");
    expect(content).not.toContain("Badge refusé");
    // A commune has no queue to export.
    const agent = await t.h.signIn(BEGLES_AGENT);
    const commune = await t.h.query("saisines.export", { format: "csv" }, { cookie: agent });
    expect(commune.error?.data.code).toBe("FORBIDDEN");
  });
});

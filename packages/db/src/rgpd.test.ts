/**
 * The RGPD registers in the database itself: every table's rows are fenced by organisation (the
 * operator's shared processing and référentiel readable by its communes, never writable), and the
 * evidence — events, opinions once given, a closed breach — cannot be rewritten, on PGlite and on
 * a PostgreSQL server.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { withSystem, withTenant } from "./index.ts";
import {
  rgpdBreaches,
  rgpdEvents,
  rgpdOpinions,
  rgpdProcessings,
  rgpdSharedProcessings,
} from "./schema/index.ts";
import { breachRow, drivers } from "./testing/index.ts";
import { failure, useSeededDatabase } from "./testing/seeded.ts";

const content = {
  name: "Gestion des ressources humaines",
  purposes: [{ label: "Paie", legalBasis: "legal-obligation", basisDetail: "" }],
} as never;

describe.each(drivers)("RGPD registers under row-level security on %s", (driver) => {
  const t = useSeededDatabase(driver);
  const scope = (slug: string) => ({
    orgIds: [t.ids[slug] ?? ""],
    operatorId: t.ids["bordeaux-metropole"] ?? "",
  });
  const metropole = () => ({
    orgIds: [t.ids["bordeaux-metropole"] ?? "", t.ids.begles ?? "", t.ids.pessac ?? ""],
    operatorId: t.ids["bordeaux-metropole"] ?? "",
  });

  test("every RGPD table has row-level security enabled and forced", async () => {
    type Row = { relname: string; on: boolean; forced: boolean };
    const result = (await withSystem(t.database.db, (tx) =>
      tx.execute(
        sql`select relname, relrowsecurity as on, relforcerowsecurity as forced
            from pg_class where relname like 'rgpd\_%' and relkind = 'r' order by relname`,
      ),
    )) as unknown as Row[] | { rows: Row[] };
    // postgres.js gives the rows, PGlite an object holding them.
    const tables = Array.isArray(result) ? result : result.rows;
    expect(tables.length).toBe(16);
    for (const table of tables)
      expect(table, table.relname).toMatchObject({ on: true, forced: true });
  });

  test("a commune reads its operator's shared processing, cannot write one, never sees another commune's", async () => {
    const { database, ids } = t;
    const [shared] = await withTenant(database.db, metropole(), (tx) =>
      tx
        .insert(rgpdSharedProcessings)
        .values({ orgId: ids["bordeaux-metropole"] ?? "", name: "RH", version: 1, content })
        .returning(),
    );
    const read = await withTenant(database.db, scope("begles"), (tx) =>
      tx.select().from(rgpdSharedProcessings),
    );
    expect(read.map((r) => r.id)).toContain(shared?.id);
    const write = withTenant(database.db, scope("begles"), (tx) =>
      tx
        .update(rgpdSharedProcessings)
        .set({ name: "Détourné" })
        .where(eq(rgpdSharedProcessings.id, shared?.id ?? "")),
    );
    // The update finds no row it may write: nothing changes.
    await write;
    const after = await withSystem(database.db, (tx) => tx.select().from(rgpdSharedProcessings));
    expect(after.find((r) => r.id === shared?.id)?.name).toBe("RH");
    // Another operator's communes do not see it.
    const redon = await withTenant(
      database.db,
      { orgIds: [ids.redon ?? ""], operatorId: ids["redon-agglomeration"] ?? "" },
      (tx) => tx.select().from(rgpdSharedProcessings),
    );
    expect(redon).toEqual([]);

    const [own] = await withTenant(database.db, scope("pessac"), (tx) =>
      tx
        .insert(rgpdProcessings)
        .values({
          orgId: ids.pessac ?? "",
          operatorId: ids["bordeaux-metropole"] ?? "",
          number: 501,
          name: "État civil",
          status: "draft",
          path: "direct",
          content,
          revision: 1,
          sensitive: false,
          dpiaRequired: false,
          metropoleRole: "processor",
          recordedOn: "2026-01-15",
        })
        .returning(),
    );
    expect(own).toBeDefined();
    const seenByBegles = await withTenant(database.db, scope("begles"), (tx) =>
      tx.select().from(rgpdProcessings),
    );
    expect(seenByBegles.length).toBeGreaterThan(0);
    expect(new Set(seenByBegles.map((r) => r.orgId))).toEqual(new Set([ids.begles]));
    const forged = withTenant(database.db, scope("begles"), (tx) =>
      tx
        .insert(rgpdProcessings)
        .values({ ...(own as typeof rgpdProcessings.$inferInsert), id: undefined, number: 502 }),
    );
    expect(await failure(forged)).toMatch(/row-level security/);
  });

  test("evidence is written once: events, a given opinion, a closed breach", async () => {
    const { database, ids } = t;
    const orgId = ids.begles ?? "";
    const operatorId = ids["bordeaux-metropole"] ?? "";
    const ref = await withTenant(database.db, scope("begles"), async (tx) => {
      const [p] = await tx
        .insert(rgpdProcessings)
        .values({
          orgId,
          operatorId,
          number: 503,
          name: "Inscriptions scolaires",
          status: "awaiting-opinion",
          path: "project",
          content,
          revision: 1,
          sensitive: false,
          dpiaRequired: false,
          metropoleRole: "joint-controller",
          recordedOn: "2026-01-15",
        })
        .returning();
      const [o] = await tx
        .insert(rgpdOpinions)
        .values({
          processingId: p?.id ?? "",
          orgId,
          revision: 1,
          dpoSide: "operator",
          requestedAt: new Date(),
          requestNote: "",
          requestedByLabel: "DPO de Bègles",
        })
        .returning();
      await tx.insert(rgpdEvents).values({
        orgId,
        subject: "processing",
        subjectId: p?.id ?? "",
        at: new Date(),
        kind: "created",
        summary: "Traitement inscrit au registre.",
        actorLabel: "DPO de Bègles",
        actorSide: "commune",
      });
      const [b] = await tx
        .insert(rgpdBreaches)
        .values(
          breachRow({
            orgId,
            operatorId,
            number: 501,
            title: "Envoi à une mauvaise liste",
            description: "Un tableau envoyé par erreur.",
            awareAt: new Date("2026-06-05T14:30:00Z"),
            status: "closed",
            actorLabel: "RSSI",
            actorSide: "operator",
          }),
        )
        .returning();
      return { opinion: o?.id ?? "", breach: b?.id ?? "" };
    });
    // The answer fills the request once…
    await withTenant(database.db, scope("begles"), (tx) =>
      tx
        .update(rgpdOpinions)
        .set({
          outcome: "favourable",
          givenAt: new Date(),
          givenByLabel: "DPO",
          reservations: [],
          text: "",
        })
        .where(eq(rgpdOpinions.id, ref.opinion)),
    );
    // …and never again.
    const rewrite = withTenant(database.db, scope("begles"), (tx) =>
      tx
        .update(rgpdOpinions)
        .set({ outcome: "unfavourable" })
        .where(eq(rgpdOpinions.id, ref.opinion)),
    );
    expect(await failure(rewrite)).toMatch(/avis du DPO est rendu/);
    const events = withSystem(database.db, (tx) => tx.delete(rgpdEvents));
    expect(await failure(events)).toMatch(/ajout seul/);
    const breach = withSystem(database.db, (tx) =>
      tx.update(rgpdBreaches).set({ title: "Réécrite" }).where(eq(rgpdBreaches.id, ref.breach)),
    );
    expect(await failure(breach)).toMatch(/violation est close/);
    // A notification before awareness is refused by the table itself too.
    const early = withSystem(database.db, (tx) =>
      tx.execute(
        sql`insert into rgpd_breaches (org_id, operator_id, number, title, description, natures, aware_at,
              handled_by, processing_ids, person_categories, data_categories, consequences, measures_taken,
              measures_proposed, status, revision, actor_label, actor_side, notified_at)
            values (${orgId}, ${operatorId}, 502, 't', 'd', '[]', '2026-06-05T14:30:00Z', 'commune', '[]', '[]', '[]',
              '', '', '', 'open', 1, 'x', 'commune', '2026-06-05T14:00:00Z')`,
      ),
    );
    expect(await failure(early)).toMatch(/rgpd_breaches_notified_after_awareness/);
  });
});

/**
 * `pnpm bench:seed`: a realistic volume of saisines on a real PostgreSQL 15 server, kept on disk
 * under /tmp (MUTU_BENCH_DIR) for `pnpm bench:saisines`:
 * - the demo organisations, people and contracts, brought to 30 communes (Bordeaux Métropole),
 *   each with its contract, agreed targets, a DGS and an agent, and 10 more call-centre agents;
 * - 10 years of saisines with their histories (timeline events, holdings, clock periods), spread
 *   over the communes on working hours: 1,000,000 (BENCH_SAISINES) and 10,000 in a second database.
 *
 * Bulk rows are generated in SQL (INSERT … SELECT generate_series) as the superuser, foreign-key
 * triggers off (session_replication_role = replica: the generator is consistent by construction)
 * and secondary indexes dropped during the load, then rebuilt; rows are written in filing order, as
 * years of use leave them. About 2 % of saisines are open — the
 * older the fewer — which is what the queues read. The counts of final saisines (kept by triggers,
 * off during the load) are counted once, and each of the Métropole's staff gets 500 notifications
 * (20 unread). The audit trail and the change feed of the generated history are not generated
 * (rows written by the bench itself have theirs).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Annex } from "@mutu/domain";
import { migrationsFolder, openDatabase, schema, withSystem } from "@mutu/db";
import { seedDemo } from "@mutu/db/seed";
import { and, desc, eq } from "drizzle-orm";
import postgres from "postgres";
import { hashPassword } from "@mutu/api";
import {
  BENCH_DIR,
  COMMUNES,
  databaseOf,
  OPERATOR_AGENTS,
  operatorAgent,
  ownerUrl,
  SCALES,
  type Scale,
  seconds,
  startBenchPostgres,
  superUrl,
} from "./saisines-common.ts";
import { benchCommune, benchCommuneSlug, benchContract } from "./bench-communes.ts";
import {
  ASSIGNMENTS_SQL,
  COMMUNES_TABLE,
  COUNTERS_SQL,
  EVENTS_SQL,
  FINAL_COUNTS_SQL,
  NOTIFICATIONS_SQL,
  SAISINES_SQL,
  SEGMENTS_SQL,
} from "./saisines-seed-sql.ts";

const started = performance.now();
const step = (label: string, since: number) =>
  console.log(`  ${label.padEnd(58)} ${seconds(performance.now() - since).padStart(8)}`);
let pg: Awaited<ReturnType<typeof startBenchPostgres>>;

async function main() {
  rmSync(join(BENCH_DIR, "pg"), { recursive: true, force: true });
  pg = await startBenchPostgres({ fsync: "off", synchronous_commit: "off", autovacuum: "off" });
  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("create role mutu_owner login createrole");
    for (const scale of SCALES)
      await admin.unsafe(`create database ${databaseOf(scale)} owner mutu_owner`);
    await admin.end();
    const passwordHash = await hashPassword("demo-mutu-2026");
    const counts: Record<string, unknown> = {};
    for (const scale of SCALES) {
      console.log(`Base ${databaseOf(scale)} : ${scale.saisines.toLocaleString("fr-FR")} saisines`);
      const t0 = performance.now();
      counts[scale.name] = await seedScale(scale, passwordHash);
      step(`total ${databaseOf(scale)}`, t0);
    }
    writeFileSync(
      join(BENCH_DIR, "seed.json"),
      JSON.stringify({ seededAt: new Date().toISOString(), counts }, null, 2),
    );
    console.log(`Jeu de banc prêt dans ${BENCH_DIR} en ${seconds(performance.now() - started)}.`);
  } finally {
    await pg.stop();
  }
}

async function seedScale(scale: Scale, passwordHash: string) {
  const database = await openDatabase({ databaseUrl: ownerUrl(pg.url, databaseOf(scale)) });
  const sql = postgres(superUrl(pg.url, databaseOf(scale)), { max: 1, onnotice: () => {} });
  try {
    let t = performance.now();
    await database.migrate(migrationsFolder);
    await seedDemo(database.db, async () => passwordHash);
    // The DBA step of docs/adr/0009: lets the full-text GIN index answer under row-level security.
    await sql`alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof`;
    await addCommunes(database.db, passwordHash);
    step("migrations, démonstration, 30 communes et leurs contrats", t);

    t = performance.now();
    const dropped = await dropSecondaryIndexes(sql);
    await sql`set session_replication_role = replica`;
    await sql`set synchronous_commit = off`;
    await sql`set work_mem = '256MB'`;
    await sql`select setseed(0.42)`;
    await sql.unsafe(COMMUNES_TABLE);
    await sql.unsafe(SAISINES_SQL, [scale.saisines]);
    step(`${scale.saisines.toLocaleString("fr-FR")} saisines`, t);
    t = performance.now();
    await sql.unsafe(ASSIGNMENTS_SQL);
    await sql.unsafe(EVENTS_SQL);
    await sql.unsafe(SEGMENTS_SQL);
    await sql.unsafe(COUNTERS_SQL);
    await sql.unsafe(FINAL_COUNTS_SQL);
    await sql.unsafe(NOTIFICATIONS_SQL);
    step("historiques (attributions, événements, périodes d'horloge)", t);
    t = performance.now();
    for (const definition of dropped) await sql.unsafe(definition);
    step(`${dropped.length} index reconstruits`, t);
    t = performance.now();
    await sql`set session_replication_role = origin`;
    for (const table of [
      "saisines",
      "saisine_events",
      "saisine_assignments",
      "saisine_clock_segments",
      "saisine_counters",
    ])
      await sql.unsafe(`vacuum (analyze) ${table}`);
    step("vacuum analyze", t);
    // The bulk load ran without triggers: the dashboards' monthly counts are rebuilt from the
    // saisines, as the migration that created them does (system work, for this transaction).
    t = performance.now();
    await sql.begin(async (tx) => {
      await tx`select set_config('mutu.system', 'on', true)`;
      await tx`select mutu_rebuild_saisine_stats()`;
    });
    await sql`vacuum (analyze) saisine_stats`;
    step("comptes mensuels des tableaux de bord", t);
    const [row] = await sql<{ saisines: string; events: string; segments: string; open: string }[]>`
      select (select count(*) from saisines) as saisines,
             (select count(*) from saisine_events) as events,
             (select count(*) from saisine_clock_segments) as segments,
             (select count(*) from saisines where is_open) as open`;
    console.log(
      `  ${row?.saisines} saisines (${row?.open} ouvertes), ${row?.events} événements, ${row?.segments} périodes d'horloge`,
    );
    return row;
  } finally {
    await sql.end();
    await database.close();
  }
}

/** Brings Bordeaux Métropole to 30 communes with contracts (Bègles' annex), targets and people. */
async function addCommunes(
  db: Awaited<ReturnType<typeof openDatabase>>["db"],
  passwordHash: string,
) {
  const { contractVersions, contracts, functions, organisations, people, personFunctions } = schema;
  await withSystem(db, async (tx) => {
    const [bm] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "bordeaux-metropole"));
    const fns = await tx
      .select()
      .from(functions)
      .where(eq(functions.operatorId, bm?.id ?? ""));
    const fn = (code: string) => fns.find((f) => f.code === code)?.id ?? "";
    const [begles] = await tx
      .select({ annex: contractVersions.annex })
      .from(contractVersions)
      .innerJoin(organisations, eq(organisations.id, contractVersions.orgId))
      .where(and(eq(organisations.slug, "begles"), eq(contractVersions.status, "signed")))
      // The last signed version: its annex carries the demo's delay targets.
      .orderBy(desc(contractVersions.seq))
      .limit(1);
    if (!bm || !begles) throw new Error("demo seed missing");
    const existing = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.operatorId, bm.id), eq(organisations.kind, "commune")));
    for (let n = existing.length + 1; n <= COMMUNES; n++) {
      const slug = benchCommuneSlug(n);
      const [org] = await tx
        .insert(organisations)
        .values({
          ...benchCommune(n, bm.id),
          population: 5000 + n * 700,
          proximityCentre: "Centre proximité numérique Sud",
        })
        .returning();
      if (!org) throw new Error("insert");
      for (const [local, code] of [
        ["dgs", "dgs"],
        ["agent", "agent"],
      ] as const) {
        const [person] = await tx
          .insert(people)
          .values({
            orgId: org.id,
            email: `${local}@${slug}.mutu-demo.fr`,
            displayName: `${local === "dgs" ? "DGS" : "Agent"} de banc ${n}`,
            passwordHash,
          })
          .returning();
        if (person)
          await tx
            .insert(personFunctions)
            .values({ personId: person.id, functionId: fn(code), orgId: org.id });
      }
      const annex: Annex = {
        ...begles.annex,
        commune: { ...begles.annex.commune, name: org.name, slug },
      };
      const [contract] = await tx.insert(contracts).values(benchContract(org, bm.id)).returning();
      if (!contract) throw new Error("insert");
      await tx.insert(contractVersions).values({
        contractId: contract.id,
        orgId: org.id,
        seq: 1,
        kind: "original",
        status: "signed",
        signedOn: "2016-02-15",
        effectiveFrom: "2016-02-15",
        annex,
        publishedAt: new Date(),
      });
    }
    const [centre] = await tx
      .select()
      .from(schema.teams)
      .where(and(eq(schema.teams.operatorId, bm.id), eq(schema.teams.code, "centre-appel")));
    for (let n = 1; n <= OPERATOR_AGENTS; n++) {
      const [person] = await tx
        .insert(people)
        .values({
          orgId: bm.id,
          email: operatorAgent(n),
          displayName: `Agent du centre d'appel ${n}`,
          passwordHash,
        })
        .returning();
      if (!person) throw new Error("insert");
      await tx
        .insert(personFunctions)
        .values({ personId: person.id, functionId: fn("call-centre-agent"), orgId: bm.id });
      if (centre)
        await tx
          .insert(schema.teamMembers)
          .values({ teamId: centre.id, personId: person.id, operatorId: bm.id });
    }
  });
}

/** Secondary indexes of the bulk-loaded tables (constraints' indexes stay): dropped, for rebuilding. */
async function dropSecondaryIndexes(sql: postgres.Sql) {
  const rows = await sql<{ name: string; definition: string }[]>`
    select i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = 'public'
      and i.tablename in ('saisines', 'saisine_events', 'saisine_assignments', 'saisine_clock_segments')
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const r of rows) await sql.unsafe(`drop index ${r.name}`);
  return rows.map((r) => r.definition);
}

// --- The generator ----------------------------------------------------------------------------------

/** The communes in bench order with what generated rows need: contract version, people, teams. */
await main();

/**
 * What the saisines bench does to its database around the measures: forgetting what earlier runs
 * filed, loading the saisines into shared buffers, and the EXPLAIN ANALYZE of the read queries.
 */
import type postgres from "postgres";

/** The description every saisine the bench files carries, so a later run can forget them. */
export const BENCH_DESCRIPTION = "Constaté ce matin par plusieurs agents ; redémarrage sans effet.";

/** EXPLAIN ANALYZE of the read queries as the API runs them: tenant role, RLS, the caller's scope. */
export async function explain(sql: postgres.Sql) {
  const [bm] = await sql<
    { id: string }[]
  >`select id from organisations where slug = 'bordeaux-metropole'`;
  const members = await sql<{ id: string; slug: string }[]>`
    select id, slug from organisations where operator_id = ${bm?.id ?? ""} order by name`;
  const begles = members.find((m) => m.slug === "begles")?.id ?? "";
  const [sample] = await sql<
    { id: string }[]
  >`select saisine_id as id from saisine_events where id = (select max(id) / 2 from saisine_events)`;
  const plans: [string, string, string[]][] = [
    [
      "file ouverte d'une commune (Bègles, incidents et demandes, tri échéance)",
      begles,
      [
        `select s.id, s.reference, s.title, o.name from saisines s join organisations o on o.id = s.org_id
         where s.org_id = '${begles}' and s.is_open = true and s.type in ('incident', 'demande')
         order by s.due_sort, s.id limit 51`,
      ],
    ],
    [
      "file du service commun (C, ordinaire, « imprimante »)",
      [bm?.id, ...members.map((m) => m.id)].join(","),
      [
        `select s.id, s.reference, s.title, o.name from saisines s join organisations o on o.id = s.org_id
         where s.operator_id = '${bm?.id}' and s.is_open = true and s.sub_domain in ('C') and s.nature in ('ordinaire')
           and s.search @@ websearch_to_tsquery('french', 'imprimante')
         order by s.due_sort, s.id limit 51`,
      ],
    ],
    [
      "recherche dans tout l'historique (C, ordinaire, « imprimante », tous statuts)",
      [bm?.id, ...members.map((m) => m.id)].join(","),
      [
        `select s.id, s.reference, s.title, o.name from saisines s join organisations o on o.id = s.org_id
         where s.operator_id = '${bm?.id}' and s.sub_domain in ('C') and s.nature in ('ordinaire')
           and s.status in ('nouvelle','qualifiee','en-cours','en-attente-commune','en-attente-tiers','resolue','close','refusee')
           and s.search @@ websearch_to_tsquery('french', 'imprimante')
         order by s.created_at desc, s.id desc limit 51`,
      ],
    ],
    [
      "historique d'une saisine",
      [bm?.id, ...members.map((m) => m.id)].join(","),
      [`select * from saisine_events where saisine_id = '${sample?.id}' order by id limit 2000`],
    ],
  ];
  for (const [title, orgIds, [query]] of plans) {
    const rows = await sql.begin(async (tx) => {
      await tx`select set_config('mutu.org_ids', ${orgIds}, true), set_config('mutu.operator_id', ${bm?.id ?? ""}, true), set_config('role', 'mutu_app', true)`;
      return tx.unsafe(`explain (analyze, buffers) ${query}`);
    });
    console.log(`\n  EXPLAIN ANALYZE — ${title}`);
    for (const r of rows as unknown as { "QUERY PLAN": string }[])
      console.log(`    ${r["QUERY PLAN"]}`);
  }
}

/**
 * What earlier runs filed is removed (with its rows in every table that names a saisine), so every
 * run reads the seeded volume (their numbers are not reused), then the table is vacuumed.
 * Foreign-key triggers are off for this transaction only; the audit trail keeps its entries
 * (nothing references them).
 */
export async function forgetEarlierRuns(sql: postgres.Sql) {
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`create temp table bench_filed on commit drop as
             select id from saisines where description = ${BENCH_DESCRIPTION}`;
    const tables = await tx<{ table: string }[]>`
      select table_name as table from information_schema.columns
      where table_schema = 'public' and column_name = 'saisine_id' and table_name <> 'audit_log'`;
    for (const { table } of tables)
      await tx.unsafe(`delete from "${table}" where saisine_id in (select id from bench_filed)`);
    await tx`delete from saisines where id in (select id from bench_filed)`;
  });
  // The rows removed are gone from the table and its indexes before anything is measured, as
  // autovacuum leaves a table in service: left dead, a full-text search of the open saisines
  // visited every earlier run's saisines again (docs/adr/0034).
  await sql`vacuum (analyze) saisines`;
}

/**
 * A server in service has its hot pages in memory; one just started for the bench reads them from
 * disk (and this VM's kernel evicts idle page cache). The saisines table and its indexes — what the
 * queues read — are loaded into shared buffers first (pg_prewarm, a contrib module shipped with
 * PostgreSQL), so the first operation measured at a scale is not the one that pays for the disk.
 */
export async function prewarm(sql: postgres.Sql) {
  await sql`create extension if not exists pg_prewarm`;
  const [warmed] = await sql<{ mb: string }[]>`
    select (sum(pg_prewarm(c.oid)) * current_setting('block_size')::int / 1048576)::int::text as mb
    from pg_class c
    where c.oid = 'saisines'::regclass
       or c.oid in (select indexrelid from pg_index where indrelid = 'saisines'::regclass)`;
  return Number(warmed?.mb ?? 0);
}

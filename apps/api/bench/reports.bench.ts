/**
 * The annual report of one commune on the ≈ 1,000,000-saisine bench database (real PostgreSQL,
 * `pnpm bench:seed` first; MUTU_BENCH_DIR to use another copy): the built server generates
 * Bègles' report of last year from its data, then returns its PDF (Typst) — each timed from the
 * request to the last byte, through HTTP, the session cookie, tRPC, row-level security and output
 * validation. Beside it, the same reads done with raw SQL through postgres.js, and the ratio.
 *
 * The seed predates the measured delays (migration 0008): the bench fills the commune's from its
 * timestamps first (elapsed minutes, not business minutes — enough for timing).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { migrationsFolder } from "@mutu/db";
import { parisDayStart } from "@mutu/domain";
import postgres from "postgres";
import { percentile, signIn, trpcMutation, trpcQuery } from "./http.ts";
import {
  databaseOf,
  ownerUrl,
  SCALES,
  startApi,
  startBenchPostgres,
  superUrl,
} from "./saisines-common.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SLUG = process.env.BENCH_COMMUNE ?? "begles";
const year =
  Number(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(
      new Date(),
    ),
  ) - 1;
const scale = SCALES[SCALES.length - 1];
if (!scale) throw new Error("no scale");

/** The reads the report's generation does, as raw SQL (the same statements, without the API). */
async function rawReads(sql: postgres.Sql, orgId: string) {
  const from = parisDayStart(`${year - 1}-01-01`);
  const to = parisDayStart(`${year + 1}-01-01`);
  const t0 = performance.now();
  for (const [at, minutes, target] of [
    ["handled_at", "handling_minutes", "handling_target_minutes"],
    ["resolved_at", "resolution_minutes", "resolution_target_minutes"],
  ] as const) {
    await sql.unsafe(
      `select extract(year from ${at} at time zone 'Europe/Paris')::int y, type, sub_domain, nature, criticality,
         json_agg(${minutes} order by ${minutes}) m, json_agg(${target} order by ${minutes}) t
       from saisines where org_id = $1 and ${at} >= $2 and ${at} < $3 and ${minutes} is not null
       group by 1, 2, 3, 4, 5`,
      [orgId, from, to],
    );
  }
  await sql`select extract(year from created_at at time zone 'Europe/Paris')::int y,
      extract(month from created_at at time zone 'Europe/Paris')::int m, type, nature, sub_domain, count(*)::int
    from saisines where org_id = ${orgId} and created_at >= ${from} and created_at < ${to}
    group by 1, 2, 3, 4, 5`;
  const recap = await sql<{ id: string }[]>`select id from saisines s where org_id = ${orgId}
      and created_at < ${to} and (nature = 'exceptionnelle'
        or id in (select saisine_id from arbitrations) or id in (select saisine_id from saisine_exceptional_decisions))`;
  const ids = recap.map((r) => r.id);
  await sql`select * from saisine_exceptional_decisions where saisine_id = any(${ids}::uuid[])`;
  await sql`select l.* from arbitration_levels l join arbitrations a on a.id = l.arbitration_id where a.saisine_id = any(${ids}::uuid[])`;
  return performance.now() - t0;
}

/**
 * The bench database may have been seeded from another branch, whose migrations are dated after
 * some of this one's: drizzle applies only migrations newer than the last recorded, so those would
 * be skipped. Apply each migration of this branch not recorded (by its hash), leaving alone what
 * the other branch already created, and record it.
 */
async function catchUpMigrations(sql: postgres.Sql) {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8"),
  ) as {
    entries: { tag: string; when: number }[];
  };
  const applied = new Set(
    (await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`).map(
      (r) => r.hash,
    ),
  );
  for (const { tag, when } of journal.entries) {
    const text = readFileSync(join(migrationsFolder, `${tag}.sql`), "utf8");
    const hash = createHash("sha256").update(text).digest("hex");
    if (applied.has(hash)) {
      // Recorded under an older date (renumbered since): date it as this branch does, so drizzle,
      // which compares dates only, does not run it again.
      await sql`update drizzle.__drizzle_migrations set created_at = ${when} where hash = ${hash} and created_at < ${when}`;
      continue;
    }
    for (const statement of text.split("--> statement-breakpoint"))
      if (statement.trim())
        await sql
          .unsafe(
            statement.replace(/^DROP TABLE "sla_targets"/m, 'DROP TABLE IF EXISTS "sla_targets"'),
          )
          .catch((error: { code?: string }) => {
            // Already there (a column, a table, a constraint, a policy, a function): left as it is.
            if (!["42701", "42P07", "42710", "42723"].includes(error.code ?? "")) throw error;
          });
    await sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${hash}, ${when})`;
    console.log(`Migration ${tag} appliquée au jeu de banc (il ne l'avait pas).`);
  }
}

const pg = await startBenchPostgres();
try {
  const sql = postgres(superUrl(pg.url, databaseOf(scale)), { max: 2, onnotice: () => {} });
  const [org] = await sql<{ id: string }[]>`select id from organisations where slug = ${SLUG}`;
  if (!org) throw new Error(`commune ${SLUG} missing: run pnpm bench:seed`);
  await catchUpMigrations(sql);
  const api = await startApi(ownerUrl(pg.url, databaseOf(scale)));
  try {
    // The server has applied the migrations by now: fill the measures, forget earlier reports.
    await sql`update saisines set handling_minutes = greatest(0, extract(epoch from handled_at - created_at) / 60)::int
      where org_id = ${org.id} and handled_at is not null and handling_minutes is null`;
    await sql`update saisines set resolution_minutes = greatest(0, extract(epoch from resolved_at - created_at) / 60)::int
      where org_id = ${org.id} and resolved_at is not null and resolution_minutes is null`;
    await sql`delete from annual_reports where org_id = ${org.id} and year = ${year} and status not in ('sent', 'presented')`;
    const [count] = await sql<{ n: string; in_year: string }[]>`select
        (select count(*) from saisines)::text n,
        (select count(*) from saisines where org_id = ${org.id}
          and created_at >= ${parisDayStart(`${year}-01-01`)}
          and created_at < ${parisDayStart(`${year + 1}-01-01`)})::text as in_year`;
    console.log(
      `Rapport annuel ${year} de ${SLUG} — PostgreSQL 15, ${Number(count?.n).toLocaleString("fr-FR")} saisines dont ${Number(count?.in_year).toLocaleString("fr-FR")} de la commune en ${year}, ${cpus().length} cœurs, charge ${loadavg()[0]?.toFixed(1)}`,
    );
    const cookie = await signIn(api.base, "dip@bordeaux-metropole.mutu-demo.fr");
    const input = { orgId: org.id, year };
    const runs: { generate: number; pdf: number; total: number; raw: number; bytes: number }[] = [];
    let version: number | undefined;
    for (let i = 0; i <= RUNS; i++) {
      const generated = await trpcMutation<{ version: number }>(
        api.base,
        "reports.generate",
        version ? { ...input, version } : input,
        cookie,
      );
      version = generated.body.version;
      const pdf = await trpcQuery<{ base64: string }>(
        api.base,
        "reports.download",
        { ...input, format: "pdf" },
        cookie,
      );
      const raw = await rawReads(sql, org.id);
      // BENCH_PDF: where to keep the report's PDF, to look at its pages.
      if (process.env.BENCH_PDF)
        writeFileSync(process.env.BENCH_PDF, Buffer.from(pdf.body.base64, "base64"));
      // The first run warms the server (JIT, plans, the Typst compiler): not counted.
      if (i > 0)
        runs.push({
          generate: generated.ms,
          pdf: pdf.ms,
          total: generated.ms + pdf.ms,
          raw,
          bytes: Buffer.from(pdf.body.base64, "base64").length,
        });
    }
    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    const col = (k: "generate" | "pdf" | "total" | "raw") => runs.map((r) => r[k]);
    console.log(`${RUNS} passages (après un passage d'échauffement), médiane / max :`);
    for (const [label, k] of [
      ["génération (reports.generate)", "generate"],
      ["PDF (reports.download, Typst)", "pdf"],
      ["génération + PDF, requête → dernier octet", "total"],
      ["mêmes lectures en SQL brut (postgres.js)", "raw"],
    ] as const)
      console.log(
        `  ${label.padEnd(44)} ${fmt(percentile(col(k), 50)).padStart(8)} / ${fmt(Math.max(...col(k))).padStart(8)}`,
      );
    console.log(
      `  rapport : ${((runs[0]?.bytes ?? 0) / 1024).toFixed(0)} Ko de PDF ; génération / SQL brut = ${(percentile(col("generate"), 50) / percentile(col("raw"), 50)).toFixed(1)}× ; total / SQL brut = ${(percentile(col("total"), 50) / percentile(col("raw"), 50)).toFixed(1)}×`,
    );
  } finally {
    await api.stop();
    await sql.end();
  }
} finally {
  await pg.stop();
}

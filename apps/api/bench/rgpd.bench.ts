/**
 * Figures of the RGPD registers on a real PostgreSQL 15 with 30 communes × 300 processing records,
 * 2,000 breaches and 20,000 requests of data subjects (issue 12):
 *
 * - a commune's register page (`rgpd.processing.list`, its 300 records) — target p99 < 50 ms;
 * - the Métropole's processor register generated for one commune (`rgpd.processorRegister`) —
 *   target < 200 ms;
 * - a full PDF export of one commune's register (`rgpd.exportRegister`, Typst) — target < 3 s.
 *
 * Beside each, the same SQL sent straight through postgres.js, without the product (no HTTP, no
 * session, no tenant transaction, no output validation, no typesetting): what the database alone
 * costs. Sequential calls; the script exits non-zero when a target is missed.
 *
 *   pnpm --filter @mutu/api-server bench:rgpd        (BENCH_CALLS=300 by default)
 */
import { cpus, loadavg } from "node:os";
import { hashPassword } from "@mutu/api";
import { migrationsFolder } from "@mutu/db";
import { demoProcessingTemplates, seedDemo } from "@mutu/db/seed";
import postgres from "postgres";
import { benchDatabase, startSourceServer } from "./bench-database.ts";
import { percentile, signIn, trpcQuery } from "./http.ts";
import { PROCESSINGS_PER_COMMUNE, seedRgpdBench } from "./rgpd-data.ts";

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const TARGETS = { register: 50, processorRegister: 200, pdf: 3000 };

const { pg, url, database } = await benchDatabase();
// The baseline connects as the server's superuser: the same SQL, without tenancy or anything else.
const direct = new URL(pg.url);
direct.pathname = "/mutu_bench";
const sql = postgres(direct.toString(), { max: 1, onnotice: () => {} });

try {
  await database.migrate(migrationsFolder);
  const setup = performance.now();
  await seedDemo(database.db, hashPassword);
  const bench = await seedRgpdBench(database.db, demoProcessingTemplates());
  await sql`vacuum analyze`;
  console.log(
    `Setup: ${bench.communes.length} communes × ${PROCESSINGS_PER_COMMUNE} processing records, 2,000 breaches, 20,000 requests in ${Math.round(performance.now() - setup)} ms`,
  );

  const server = await startSourceServer(url.toString());
  const base = server.base;
  const communes = bench.communes.slice(0, 30);
  const cookies: string[] = [];
  for (const c of communes) cookies.push(await signIn(base, c.dpo));
  const operator = await signIn(base, "dpo@bordeaux-metropole.mutu-demo.fr");

  const register = (k: number) =>
    trpcQuery<unknown[]>(base, "rgpd.processing.list", {}, cookies[k % cookies.length] ?? "");
  const processorRegister = (k: number) =>
    trpcQuery(
      base,
      "rgpd.processorRegister",
      { orgId: communes[k % communes.length]?.id },
      operator,
    );
  const pdf = (k: number) =>
    trpcQuery<{ base64: string }>(
      base,
      "rgpd.exportRegister",
      { orgId: communes[k % communes.length]?.id, register: "processings", format: "pdf" },
      operator,
    );
  const first = await register(0);
  if (first.body.length !== PROCESSINGS_PER_COMMUNE)
    throw new Error(`expected ${PROCESSINGS_PER_COMMUNE} records`);

  // The same reads, straight to the database.
  const registerSql = (orgId: string) => sql`
    select p.id, p.org_id, p.number, p.name, p.status, p.path, p.content->>'service' as service,
      p.sensitive, p.dpia_required, p.metropole_role, p.revision, p.shared_id, p.in_force_on,
      p.ended_on, p.updated_at,
      (select o.outcome from rgpd_opinions o where o.processing_id = p.id and o.outcome is not null order by o.given_at desc limit 1),
      exists(select 1 from rgpd_opinions o where o.processing_id = p.id and o.outcome is null),
      (select max(o.revision) from rgpd_opinions o where o.processing_id = p.id and o.outcome in ('favourable', 'favourable-with-reservations')),
      exists(select 1 from rgpd_shared_proposals sp where sp.processing_id = p.id and sp.status = 'pending')
    from rgpd_processings p where p.org_id = ${orgId} order by p.number`;
  const processorRegisterSql = (orgId: string) => sql`
    select number, metropole_role, content, in_force_on from rgpd_processings
    where org_id = ${orgId} and status = 'in-force' and metropole_role in ('processor', 'joint-controller')
    order by number`;
  const pdfSql = (orgId: string) => sql`
    select p.*, (select json_build_object('outcome', o.outcome, 'givenAt', o.given_at, 'reservations', o.reservations)
      from rgpd_opinions o where o.processing_id = p.id and o.outcome is not null order by o.given_at desc limit 1)
    from rgpd_processings p where p.org_id = ${orgId} order by p.number`;
  const timed = async (run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };

  async function measure(
    calls: number,
    api: (k: number) => Promise<{ ms: number }>,
    raw: (orgId: string) => Promise<unknown>,
  ) {
    for (let k = 0; k < Math.min(20, calls); k++) {
      await api(k);
      await raw(communes[k % communes.length]?.id ?? "");
    }
    const samples = { api: [] as number[], sql: [] as number[] };
    for (let k = 0; k < calls; k++) {
      samples.api.push((await api(k)).ms);
      samples.sql.push(await timed(() => raw(communes[k % communes.length]?.id ?? "")));
    }
    return samples;
  }

  const figures = {
    register: await measure(CALLS, register, registerSql),
    processorRegister: await measure(
      Math.max(20, Math.round(CALLS / 3)),
      processorRegister,
      processorRegisterSql,
    ),
    pdf: await measure(5, pdf, pdfSql),
  };
  const pdfBytes = Buffer.from((await pdf(0)).body.base64, "base64");

  console.log(
    `RGPD registers on PostgreSQL 15 — ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  const rows = [
    ["register page (rgpd.processing.list, 300 records)", figures.register, TARGETS.register, 99],
    [
      "processor register (rgpd.processorRegister)",
      figures.processorRegister,
      TARGETS.processorRegister,
      99,
    ],
    [
      `PDF of a register (rgpd.exportRegister, ${Math.round(pdfBytes.length / 1024)} Ko)`,
      figures.pdf,
      TARGETS.pdf,
      100,
    ],
  ] as const;
  let ok = true;
  for (const [name, s, target, p] of rows) {
    const value = p === 100 ? Math.max(...s.api) : percentile(s.api, p);
    const pass = value < target;
    ok &&= pass;
    console.log(
      `  ${name.padEnd(56)} p50 ${percentile(s.api, 50).toFixed(1).padStart(7)} ms  ${p === 100 ? "max" : "p99"} ${value.toFixed(1).padStart(7)} ms  (target < ${target} ms: ${pass ? "OK" : "ÉCHEC"})   same SQL via postgres.js: p50 ${percentile(s.sql, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(s.sql, 99).toFixed(1).padStart(6)} ms`,
    );
  }
  if (!ok) process.exitCode = 1;
  await server.stop();
} finally {
  await sql.end();
  await database.close();
  await pg.stop();
}

/**
 * `BENCH_EXPLAIN=1 pnpm bench:dashboards`: the plan of every statement a dashboard call runs, as
 * EXPLAIN (ANALYZE, BUFFERS) on the superuser's connection (the replay's: no row-level security),
 * each with its execution time and the pages it read — where a call's database time goes.
 */
import type postgres from "postgres";
import type { Statement } from "./raw-sql.ts";

/** Each statement's plan, costliest first; `full` prints whole plans, else their first lines. */
export async function explainStatements(
  sql: postgres.Sql,
  statements: readonly Statement[],
  full = process.env.BENCH_EXPLAIN === "full",
) {
  const plans: { ms: number; first: string; lines: string[] }[] = [];
  for (const s of statements) {
    const rows = await sql.unsafe<{ "QUERY PLAN": string }[]>(
      `explain (analyze, buffers) ${s.query}`,
      s.params as never[],
    );
    const lines = rows.map((r) => r["QUERY PLAN"]);
    const time = lines.find((l) => l.startsWith("Execution Time"));
    plans.push({
      ms: Number(time?.match(/[\d.]+/)?.[0] ?? 0),
      first: s.query.replace(/\s+/g, " ").slice(0, 160),
      lines,
    });
  }
  plans.sort((a, b) => b.ms - a.ms);
  const total = plans.reduce((sum, p) => sum + p.ms, 0);
  console.log(`      ${plans.length} requêtes, ${total.toFixed(1)} ms d'exécution au total`);
  for (const p of plans) {
    console.log(`\n      ${p.ms.toFixed(2)} ms — ${p.first}`);
    for (const line of full ? p.lines : p.lines.slice(0, 6)) console.log(`        ${line}`);
  }
}

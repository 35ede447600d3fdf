/**
 * `pnpm bench:dashboards` (after `pnpm bench:seed`): the issue's dashboard figures through the real
 * HTTP API on the 1,000,000-saisine data — mutu in its own process on PostgreSQL 15, each call
 * authenticated by a realistic caller's session, through tRPC, the tenant transaction with
 * row-level security and output validation:
 * - one commune's dashboard for one year (a DGS, any of the 30 communes) — p99 < 150 ms;
 * - the consolidated dashboard of all communes for one year (the head of the call centre) — < 500 ms;
 * - ten years of months of one commune (a DGS) — < 500 ms.
 * Loads as in the saisines bench: 50 clients who read between calls (the figure compared with the
 * target), then the same 50 without pause (saturation: throughput). Beside each, the same SQL
 * replayed straight through postgres.js (raw-sql.ts, as a superuser: no row-level security) by 50
 * clients without pause: the API's throughput as a share of the raw SQL's.
 *
 *   MUTU_BENCH_DIR=/tmp/mutu-bench-saisines BENCH_SECONDS=30 pnpm bench:dashboards
 *   BENCH_OPS=commune,trend (default: all)
 *   BENCH_EXPLAIN=1 (or =full): each statement's plan instead of the loads (explain-statements.ts)
 */
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { percentile, signIn, trpcQuery } from "./http.ts";
import { type Run, runLoad } from "./load.ts";
import { explainStatements } from "./explain-statements.ts";
import { captureStatements, replay, rowsOf, type Statement } from "./raw-sql.ts";
import {
  LOAD,
  COMMUNES,
  databaseOf,
  ownerUrl,
  SCALES,
  startApi,
  startBenchPostgres,
  superUrl,
  WORKERS,
} from "./saisines-common.ts";

const OPS = (process.env.BENCH_OPS ?? "commune,consolidated,trend").split(",");
/** A year that has ended: what a dashboard of last year reads. */
const YEAR = String(new Date().getUTCFullYear() - 1);
const MANAGER = "chef-can@bordeaux-metropole.mutu-demo.fr";

const TARGETS = { commune: 150, consolidated: 500, trend: 500 } as const;
type Op = keyof typeof TARGETS;
const LABELS: Record<Op, string> = {
  commune: `tableau de bord d'une commune (${YEAR})`,
  consolidated: `tableau de bord consolidé, 30 communes (${YEAR})`,
  trend: "tendance d'une commune sur dix ans",
};
const PROCEDURES: Record<Op, { path: string; input: unknown }> = {
  commune: { path: "dashboards.commune", input: { period: YEAR } },
  consolidated: { path: "dashboards.operator", input: { period: YEAR } },
  trend: { path: "dashboards.trend", input: { years: 10 } },
};

type Caller = { email: string; cookie: string };
/** Who calls each dashboard: every commune's DGS, or the head of the call centre. */
type Callers = Record<Op, Caller[]>;

async function callersFor(base: string, sql: postgres.Sql): Promise<Callers> {
  const communes = await sql<{ slug: string }[]>`
    select o.slug from organisations o
    join organisations op on op.id = o.operator_id and op.slug = 'bordeaux-metropole'
    where o.kind = 'commune' order by o.name limit ${COMMUNES}`;
  const dgs: Caller[] = [];
  for (const c of communes) {
    const email = `dgs@${c.slug}.mutu-demo.fr`;
    dgs.push({ email, cookie: await signIn(base, email) });
  }
  const manager = [{ email: MANAGER, cookie: await signIn(base, MANAGER) }];
  return { commune: dgs, consolidated: manager, trend: dgs };
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

function line(label: string, mode: string, run: Run, target?: number) {
  const p50 = percentile(run.samples, 50);
  const p99 = percentile(run.samples, 99);
  const verdict = target === undefined ? "-- " : p99 < target ? "OK " : "KO ";
  console.log(
    `  ${verdict}${label.padEnd(48)} ${mode.padEnd(22)} p50 ${fmt(p50)} ms  p99 ${fmt(p99)} ms${target === undefined ? "" : `  (cible < ${target} ms)`}  ${run.samples.length} appels, ${run.perSecond.toFixed(1)}/s${run.steal === null ? "" : `, CPU volée ${run.steal.toFixed(0)} %`}${run.errors ? `, ${run.errors} erreurs` : ""}`,
  );
  return { p50, p99, perSecond: run.perSecond };
}

const scale = SCALES.find((s) => s.name === "1m") ?? SCALES[SCALES.length - 1];
if (!scale) throw new Error("no scale");
const pg = await startBenchPostgres();
const missed: string[] = [];
try {
  const database = databaseOf(scale);
  const sql = postgres(superUrl(pg.url, database), { max: 2, onnotice: () => {} });
  const ownerDb = ownerUrl(pg.url, database);
  // The API migrates at start: the monthly counts are built from the saisines then (0014).
  const api = await startApi(ownerDb);
  // A superuser's connection: no row-level security (forced on the owner, who would read nothing).
  const raw = postgres(superUrl(pg.url, database), { max: 10 * WORKERS, onnotice: () => {} });
  try {
    // The monthly counts and their roll-ups as autovacuum leaves them (insert-only tables): their
    // pages marked all-visible, so their sums are read from the index alone (docs/adr/0033, 0037).
    await sql`vacuum (analyze) saisine_stats, saisine_operator_stats, saisine_month_figures`;
    const [{ n, months } = { n: "0", months: "0" }] = await sql<{ n: string; months: string }[]>`
      select (select count(*) from saisines)::text as n,
             (select count(distinct (org_id, month)) from saisine_stats)::text as months`;
    console.log(
      `Tableaux de bord — PostgreSQL 15, ${Number(n).toLocaleString("fr-FR")} saisines (${database}), ${months} mois-communes comptés, ${LOAD.clients} clients simultanés, ${cpus().length} cœurs, ${WORKERS} processus HTTP, charge ${loadavg()[0]?.toFixed(1)}`,
    );
    const callers = await callersFor(api.base, sql);
    for (const op of (Object.keys(TARGETS) as Op[]).filter((o) => OPS.includes(o))) {
      const { path, input } = PROCEDURES[op];
      const who = callers[op];
      const viaApi = (client: number) => {
        const caller = who[client % who.length] as Caller;
        return trpcQuery(api.base, path, input, caller.cookie).then((r) => r.ms);
      };
      // The same SQL, captured for a few of these callers and replayed by each client.
      const statements: Statement[][] = [];
      for (const caller of who.slice(0, 5))
        statements.push(
          await captureStatements(ownerDb, caller.email, (trpc) =>
            path === "dashboards.commune"
              ? trpc.dashboards.commune({ period: YEAR })
              : path === "dashboards.operator"
                ? trpc.dashboards.operator({ period: YEAR })
                : trpc.dashboards.trend({ years: 10 }),
          ),
        );
      const rows = await rowsOf(raw, statements[0] ?? []);
      if (rows === 0) throw new Error(`${op}: the raw SQL reads no rows`);
      if (process.env.BENCH_EXPLAIN) {
        console.log(`\n  ${LABELS[op]}`);
        await explainStatements(raw, statements[0] ?? []);
        continue;
      }
      const viaSql = (client: number) => replay(raw, statements[client % statements.length] ?? []);
      const label = LABELS[op];
      await runLoad(viaApi, { seconds: 5, think: false, clients: LOAD.clients, label }); // warm-up
      line(
        label,
        "1 client",
        await runLoad(viaApi, { seconds: LOAD.saturationSeconds, think: false, clients: 1, label }),
      );
      const users = line(
        label,
        "50 utilisateurs",
        await runLoad(viaApi, { seconds: LOAD.seconds, think: true, clients: LOAD.clients, label }),
        TARGETS[op],
      );
      if (users.p99 >= TARGETS[op]) missed.push(`${op} p99 ${users.p99.toFixed(1)} ms`);
      const saturated = line(
        label,
        "saturation (API)",
        await runLoad(viaApi, {
          seconds: LOAD.saturationSeconds,
          think: false,
          clients: LOAD.clients,
          label,
        }),
      );
      const direct = line(
        label,
        `saturation (SQL seul, ${statements[0]?.length ?? 0} req., ${rows} lignes)`,
        await runLoad(viaSql, {
          seconds: LOAD.saturationSeconds,
          think: false,
          clients: LOAD.clients,
          label,
        }),
      );
      console.log(
        `      débit de l'API / débit du SQL seul : ${((100 * saturated.perSecond) / direct.perSecond).toFixed(0)} % (objectif ≥ 50 %)`,
      );
    }
  } finally {
    await raw.end();
    await api.stop();
    await sql.end();
  }
  if (!process.env.BENCH_EXPLAIN)
    console.log(
      missed.length
        ? `\nCibles manquées : ${missed.join(", ")}`
        : "\nToutes les cibles sont tenues (p99, 50 utilisateurs simultanés).",
    );
  if (missed.length) process.exitCode = 1;
} finally {
  await pg.stop();
}

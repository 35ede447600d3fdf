/**
 * Figure: the projects page of a commune (`projects.ofOrg`, its only call) on a real PostgreSQL 15
 * holding ten years of projects for each of Bordeaux Métropole's communes — a digital plan adopted
 * each year, twelve projects filed a year, retained, phased and delivered, with effort logged
 * through the year — p50/p99 over sequential calls, for the commune's DGS and for the Métropole's
 * administrator reading the same commune; then the Métropole's page before a commune is chosen
 * (`projects.portfolio`: every commune's open projects). No target is set for these pages; they are
 * printed against the governance page's (< 100 ms p99) and do not fail the run. Beside each figure, the
 * same SQL statements the call sends, captured once and replayed straight through postgres.js
 * (raw-sql.ts: no HTTP, tRPC, tenant transaction, row-level security nor output validation): the
 * ratio is what mutu adds.
 *
 *   pnpm --filter @mutu/api-server bench:projects      (BENCH_CALLS=500 by default)
 *
 * The server is mutu itself (src/main.ts) in its own process, as `pnpm start` runs it, connected as
 * a non-superuser owner.
 */
import { cpus, loadavg } from "node:os";
import { migrationsFolder, schema, withSystem } from "@mutu/db";
import { DEMO_FICHE, seedDemo } from "@mutu/db/seed";
import { ACTIVITY_OF_SCOPE, PROJECT_SCOPES } from "@mutu/domain";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { hashPassword } from "@mutu/api";
import { demoOperatorAndCommunes } from "./bench-communes.ts";
import { benchDatabase, startSourceServer } from "./bench-database.ts";
import { signIn, trpcQuery } from "./http.ts";
import { captureStatements, replay, rowsOf } from "./raw-sql.ts";
import { superUrl } from "./saisines-common.ts";
import { measureSequential, reportSequential } from "./sequential.ts";

const CALLS = Number(process.env.BENCH_CALLS ?? 500);
const YEARS = 10;
const FIRST_YEAR = 2016;
const PROJECTS_PER_YEAR = 12;
const EFFORT_PER_PROJECT = 8;
const COMPARED_P99_MS = 100; // the governance page's target; none is set for this page

const { pg, url, database } = await benchDatabase();
// A superuser's connection: no row-level security (forced on the owner, who would read nothing).
const raw = postgres(superUrl(pg.url, "mutu_bench"), { max: 1, onnotice: () => {} });

try {
  await database.migrate(migrationsFolder);
  const setupStart = performance.now();
  await seedDemo(database.db, hashPassword);
  const counts = await tenYearsOfProjects();
  console.log(
    `Setup: ${counts.projects} projects, ${counts.effort} effort entries, ${counts.decisions} decisions, ${counts.plans} plan versions over ${YEARS} years for ${counts.communes} communes, in ${Math.round(performance.now() - setupStart)} ms`,
  );
  const begles = await beglesId();
  const server = await startSourceServer(url.toString());
  const year = FIRST_YEAR + YEARS - 1;
  const callers = [
    ["commune DGS", "dgs@begles.mutu-demo.fr", { year }],
    ["Métropole admin", "admin@bordeaux-metropole.mutu-demo.fr", { orgId: begles, year }],
  ] as const;
  const measure = (fn: () => Promise<unknown>) => measureSequential(fn, CALLS);
  const rows = [];
  for (const [who, email, input] of callers) {
    const cookie = await signIn(server.base, email);
    const ofOrg = () =>
      trpcQuery<{ projects: unknown[] }>(server.base, "projects.ofOrg", input, cookie);
    const { body } = await ofOrg();
    const statements = await captureStatements(url.toString(), email, (api) =>
      api.projects.ofOrg(input),
    );
    const read = await rowsOf(raw, statements);
    if (read === 0) throw new Error(`${who}: the raw SQL reads no rows`);
    console.log(
      `${who}: ${body.projects.length} projects on the page; ${statements.length} statements, ${read} rows`,
    );
    rows.push([who, await measure(ofOrg), await measure(() => replay(raw, statements))] as const);
  }
  console.log(
    `Projects page on PostgreSQL 15 — ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}, ${CALLS} sequential calls`,
  );
  // Baseline under the same conditions: session, transport and tRPC, no projects work.
  const dgs = await signIn(server.base, "dgs@begles.mutu-demo.fr");
  const baseline = await measure(() => trpcQuery(server.base, "auth.me", undefined, dgs));
  const worst = reportSequential("projects.ofOrg", baseline, rows);
  console.log(
    `No target set for this page: p99 ${worst.toFixed(1)} ms (${worst < COMPARED_P99_MS ? "under" : "over"} the governance page's < ${COMPARED_P99_MS} ms)`,
  );
  // The Métropole's projects page before a commune is chosen: every commune's open projects.
  const admin = await signIn(server.base, "admin@bordeaux-metropole.mutu-demo.fr");
  const portfolio = () =>
    trpcQuery<{ projects: unknown[] }>(server.base, "projects.portfolio", undefined, admin);
  const listed = (await portfolio()).body.projects.length;
  const portfolioSql = await captureStatements(
    url.toString(),
    "admin@bordeaux-metropole.mutu-demo.fr",
    (api) => api.projects.portfolio(),
  );
  console.log(`Open projects of every commune: ${listed} listed`);
  const worstPortfolio = reportSequential("projects.portfolio", baseline, [
    [
      "Métropole admin",
      await measure(portfolio),
      await measure(() => replay(raw, portfolioSql)),
    ] as const,
  ]);
  console.log(
    `No target set for this page: p99 ${worstPortfolio.toFixed(1)} ms (${worstPortfolio < COMPARED_P99_MS ? "under" : "over"} the governance page's < ${COMPARED_P99_MS} ms)`,
  );
  await server.stop();
} finally {
  await raw.end();
  await database.close();
  await pg.stop();
}

async function beglesId() {
  return withSystem(database.db, async (tx) => {
    const [org] = await tx
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, "begles"));
    return org?.id ?? "";
  });
}

/**
 * Ten years of projects for every commune of Bordeaux Métropole: each year a revision of its digital
 * plan and twelve projects filed, the scopes in turn; all but the last year's retained for the next
 * year and delivered in it, with eight effort entries through that year; the last year's twelve
 * filed and awaiting their study.
 */
async function tenYearsOfProjects() {
  return withSystem(database.db, async (tx) => {
    const { digitalPlans, projects, projectDecisions, projectEffort } = schema;
    const { operator: bm, communes } = await demoOperatorAndCommunes(tx);
    const actor = { actorLabel: "Jeu de banc", actorSide: "operator" } as const;
    const counts = { projects: 0, effort: 0, decisions: 0, plans: 0 };
    for (const commune of communes) {
      const plans = Array.from({ length: YEARS }, (_, k) => ({
        orgId: commune.id,
        title: `Schéma numérique de banc ${FIRST_YEAR + k}-${FIRST_YEAR + k + 2}`,
        startYear: FIRST_YEAR + k,
        adoptedOn: `${FIRST_YEAR + k}-01-1${k % 10}`,
        summary: "Schéma de banc.",
        ...actor,
      }));
      await tx.insert(digitalPlans).values(plans).onConflictDoNothing();
      counts.plans += plans.length;
      for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
        const open = y === FIRST_YEAR + YEARS - 1;
        const values = Array.from({ length: PROJECTS_PER_YEAR }, (_, k) => {
          const filedAt = new Date(`${y}-${String(1 + (k % 12)).padStart(2, "0")}-05T09:00:00Z`);
          return {
            orgId: commune.id,
            operatorId: bm.id,
            kind: "projet" as const,
            title: `Projet de banc ${y}-${k + 1}`,
            scope: PROJECT_SCOPES[k % PROJECT_SCOPES.length] ?? "communal",
            subDomain: "B",
            status: open ? ("depose" as const) : ("livre" as const),
            fiche: DEMO_FICHE,
            estimatedHalfDays: open ? null : 2 * (4 + (k % 6)),
            personalData: open ? null : false,
            plannedYear: open ? null : y + 1,
            deliveredOn: open ? null : `${y + 1}-11-2${k % 8}`,
            filedAt,
            ...actor,
            updatedAt: filedAt,
          };
        });
        const inserted = await tx
          .insert(projects)
          .values(values)
          .returning({ id: projects.id, scope: projects.scope });
        counts.projects += inserted.length;
        if (open) continue;
        const decisions = inserted.map((p) => ({
          projectId: p.id,
          orgId: commune.id,
          decision: "retenu" as const,
          decidedOn: `${y}-12-10`,
          body: "Comité numérique stratégique communal",
          reasons: "Priorité du schéma numérique.",
          plannedYear: y + 1,
          ...actor,
        }));
        await tx.insert(projectDecisions).values(decisions);
        counts.decisions += decisions.length;
        const effort = inserted.flatMap((p) =>
          Array.from({ length: EFFORT_PER_PROJECT }, (_, e) => ({
            projectId: p.id,
            orgId: commune.id,
            workedOn: `${y + 1}-${String(2 + e).padStart(2, "0")}-1${e}`,
            halfDays: 1 + (e % 3),
            activity: ACTIVITY_OF_SCOPE[p.scope],
            ...actor,
          })),
        );
        await tx.insert(projectEffort).values(effort);
        counts.effort += effort.length;
      }
    }
    return { ...counts, communes: communes.length };
  });
}

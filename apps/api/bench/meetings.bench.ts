/**
 * Figure: the governance page of a commune (`meetings.overview`) on a real PostgreSQL 15 holding ten
 * years of meetings and actions for each of Bordeaux Métropole's communes — p50/p99 over sequential
 * calls, for the commune's DGS and for the Métropole's administrator (who also gets the people to
 * invite). Target p99 < 100 ms; the script exits non-zero above it. Beside each figure, the same
 * reads done in raw SQL through postgres.js in the same tenant transaction (row-level security on),
 * without HTTP, tRPC, validation or the calendar's computation: the ratio is what mutu adds. Then
 * the Métropole's page before a commune is chosen (`meetings.upcoming`: every commune's next
 * meetings and late actions), against the same target, beside its statements replayed.
 *
 *   pnpm --filter @mutu/api bench:meetings      (BENCH_CALLS=500 by default)
 *
 * The server is mutu itself (src/main.ts) in its own process, as `pnpm start` runs it, connected as
 * a non-superuser owner.
 */
import { cpus, loadavg } from "node:os";
import { migrationsFolder, schema, withSystem } from "@mutu/db";
import { seedDemo } from "@mutu/db/seed";
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
const TARGET_P99_MS = 100;

const { pg, url, database } = await benchDatabase();
const raw = postgres(url.toString(), { max: 1, onnotice: () => {} });

try {
  await database.migrate(migrationsFolder);
  const setupStart = performance.now();
  await seedDemo(database.db, hashPassword);
  const counts = await tenYearsOfMeetings();
  console.log(
    `Setup: ${counts.meetings} meetings, ${counts.actions} actions, ${counts.participants} invitations over ${YEARS} years for ${counts.communes} communes, in ${Math.round(performance.now() - setupStart)} ms`,
  );
  const { begles, operator } = await ids();
  const server = await startSourceServer(url.toString());
  const dgs = await signIn(server.base, "dgs@begles.mutu-demo.fr");
  const metropole = await signIn(server.base, "admin@bordeaux-metropole.mutu-demo.fr");
  const year = FIRST_YEAR + YEARS - 1;
  const overview = (cookie: string) =>
    trpcQuery<{ meetings: unknown[]; openActions: unknown[] }>(
      server.base,
      "meetings.overview",
      { orgId: begles, year },
      cookie,
    );
  const sql = (orgIds: string[]) => rawOverview(orgIds, operator, begles, year);

  const { body } = await overview(dgs);
  console.log(
    `One page: ${body.meetings.length} meetings of ${year}, ${body.openActions.length} open actions`,
  );
  const measure = (fn: () => Promise<unknown>) => measureSequential(fn, CALLS);
  const rows = [
    ["commune DGS", await measure(() => overview(dgs)), await measure(() => sql([begles]))],
    [
      "Métropole admin",
      await measure(() => overview(metropole)),
      await measure(() => sql([operator, ...counts.orgIds])),
    ],
  ] as const;
  console.log(
    `Governance page on PostgreSQL 15 — ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}, ${CALLS} sequential calls`,
  );
  // Baseline under the same conditions: session, transport and tRPC, no governance work.
  const baseline = await measure(() => trpcQuery(server.base, "auth.me", undefined, dgs));
  const worst = reportSequential("meetings.overview", baseline, rows);
  const ok = worst < TARGET_P99_MS;
  console.log(`${ok ? "OK" : "ÉCHEC"}: p99 ${worst.toFixed(1)} ms (target < ${TARGET_P99_MS} ms)`);
  if (!ok) process.exitCode = 1;

  // The Métropole's governance page before a commune is chosen: every commune's next meetings and
  // late actions (`meetings.upcoming`), beside its statements replayed by a superuser (no RLS).
  const upcoming = () =>
    trpcQuery<{ meetings: unknown[]; overdueActions: unknown[] }>(
      server.base,
      "meetings.upcoming",
      undefined,
      metropole,
    );
  const next = (await upcoming()).body;
  const statements = await captureStatements(
    url.toString(),
    "admin@bordeaux-metropole.mutu-demo.fr",
    (api) => api.meetings.upcoming(),
  );
  const superuser = postgres(superUrl(pg.url, "mutu_bench"), { max: 1, onnotice: () => {} });
  console.log(
    `Every commune: ${next.meetings.length} meetings planned, ${next.overdueActions.length} late actions; ${statements.length} statements, ${await rowsOf(superuser, statements)} rows`,
  );
  const upcomingRow = [
    "Métropole admin",
    await measure(upcoming),
    await measure(() => replay(superuser, statements)),
  ] as const;
  await superuser.end();
  const worstUpcoming = reportSequential("meetings.upcoming", baseline, [upcomingRow]);
  const upcomingOk = worstUpcoming < TARGET_P99_MS;
  console.log(
    `${upcomingOk ? "OK" : "ÉCHEC"}: p99 ${worstUpcoming.toFixed(1)} ms (target < ${TARGET_P99_MS} ms, the governance page's)`,
  );
  if (!upcomingOk) process.exitCode = 1;
  await server.stop();
} finally {
  await raw.end();
  await database.close();
  await pg.stop();
}

/** The page's reads in one tenant transaction: contract and annex in force, meetings, open actions, people. */
async function rawOverview(orgIds: string[], operatorId: string, orgId: string, year: number) {
  await raw.begin(async (tx) => {
    await tx`select set_config('mutu.org_ids', ${orgIds.join(",")}, true), set_config('mutu.operator_id', ${operatorId}, true), set_config('role', 'mutu_app', true)`;
    await tx`select c.*, v.annex from contracts c left join contract_versions v on v.contract_id = c.id and v.status = 'signed'
      where c.org_id = ${orgId} and c.kind = 'engagement' order by v.seq`;
    await tx`select * from meetings where ((org_id = ${orgId} and not shared) or (operator_id = ${operatorId} and shared))
      and day >= ${`${year - 1}-10-01`} and day < ${`${year + 1}-04-01`} order by starts_at`;
    await tx`select a.*, m.label, m.day from meeting_actions a join meetings m on m.id = a.meeting_id
      where ((a.org_id = ${orgId} and not a.shared) or (a.operator_id = ${operatorId} and a.shared)) and a.status <> 'close'
      order by a.due_on, a.created_at`;
    await tx`select id, display_name, org_id from people where org_id in (${orgId}, ${operatorId}) and active order by display_name`;
  });
}

async function ids() {
  return withSystem(database.db, async (tx) => {
    const orgs = await tx.select().from(schema.organisations);
    const id = (slug: string) => orgs.find((o) => o.slug === slug)?.id ?? "";
    return { begles: id("begles"), operator: id("bordeaux-metropole") };
  });
}

/**
 * Ten years of governance for every commune of Bordeaux Métropole: each year four follow-up
 * meetings, two with the mayors, a strategic committee and the operational points (four a year for
 * three sub-domains, one for the fourth) — twenty meetings — each with four invitations and three
 * actions, all but the last year's closed.
 */
async function tenYearsOfMeetings() {
  return withSystem(database.db, async (tx) => {
    const { people, meetings, meetingActions, meetingParticipants } = schema;
    const { operator: bm, communes } = await demoOperatorAndCommunes(tx);
    const staff = await tx.select().from(people).where(eq(people.orgId, bm.id));
    let m = 0;
    let a = 0;
    let p = 0;
    const plan: [string, string | null, number][] = [
      ["comite-suivi", null, 4],
      ["reunion-maires", null, 2],
      ["comite-strategique", null, 1],
      ["point-operationnel", "A", 1],
      ["point-operationnel", "B", 4],
      ["point-operationnel", "C", 4],
      ["point-operationnel", "D", 4],
    ];
    for (const commune of communes) {
      const own = await tx.select().from(people).where(eq(people.orgId, commune.id));
      const invitees = [...own.slice(0, 2), ...staff.slice(0, 2)];
      for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
        const rows: (typeof meetings.$inferInsert)[] = [];
        for (const [body, subDomain, perYear] of plan)
          for (let k = 0; k < perYear; k++) {
            const month = String(
              1 + Math.floor((k * 12) / perYear) + (body === "comite-suivi" ? 1 : 0),
            ).padStart(2, "0");
            const day = `${y}-${month}-${String(10 + (rows.length % 15)).padStart(2, "0")}`;
            const startsAt = new Date(`${day}T08:00:00Z`);
            rows.push({
              orgId: commune.id,
              operatorId: bm.id,
              body: body as "comite-suivi",
              subDomain: subDomain as "A" | null,
              label: body,
              day,
              startsAt,
              endsAt: new Date(startsAt.getTime() + 7_200_000),
              place: "Mairie",
              agenda: ["Indicateurs", "Suivi des actions", "Questions diverses"],
              status: "tenue",
              minutes: "Compte rendu de banc.",
              decisions: ["Décision de banc."],
              recordedAt: startsAt,
            });
          }
        const inserted = await tx
          .insert(meetings)
          .values(rows)
          .returning({ id: meetings.id, day: meetings.day });
        m += inserted.length;
        const participants = inserted.flatMap((row) =>
          invitees.map((person) => ({
            meetingId: row.id,
            personId: person.id,
            personLabel: person.displayName,
            orgId: commune.id,
            operatorId: bm.id,
            invited: true,
            attended: true,
          })),
        );
        await tx.insert(meetingParticipants).values(participants);
        p += participants.length;
        const last = y === FIRST_YEAR + YEARS - 1;
        const actions = inserted.flatMap((row) =>
          [1, 2, 3].map((n) => ({
            meetingId: row.id,
            orgId: commune.id,
            operatorId: bm.id,
            title: `Action ${n} de banc`,
            ownerId: invitees[n % invitees.length]?.id ?? "",
            ownerLabel: invitees[n % invitees.length]?.displayName ?? "",
            dueOn: row.day,
            status: last && n === 3 ? ("ouverte" as const) : ("close" as const),
            closedAt: last && n === 3 ? null : new Date(),
          })),
        );
        await tx.insert(meetingActions).values(actions);
        a += actions.length;
      }
    }
    return {
      meetings: m,
      actions: a,
      participants: p,
      communes: communes.length,
      orgIds: communes.map((c) => c.id),
    };
  });
}

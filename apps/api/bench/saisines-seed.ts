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
 * older the fewer — which is what the queues read. The audit trail and the change feed of the
 * generated history are not generated (rows written by the bench itself have theirs).
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
      console.log(`Base ${databaseOf(scale)} : ${scale.saisines.toLocaleString("fr-FR")} saisines`);
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
const COMMUNES_TABLE = `
create temporary table bench_communes as
select (row_number() over (order by o.name) - 1)::int as idx,
       o.id as org_id, o.operator_id, o.proximity_centre as centre,
       upper(substr(regexp_replace(o.slug, '[^a-z]', '', 'g') || 'xxx', 1, 3)) as prefix,
       (select v.id from contract_versions v where v.org_id = o.id and v.status = 'signed'
         order by v.effective_from desc limit 1) as version_id,
       (select p.id from people p where p.org_id = o.id and p.email like 'agent@%') as agent_id,
       (select p.id from people p where p.org_id = o.id and p.email like 'dgs@%') as dgs_id
from organisations o
join organisations op on op.id = o.operator_id and op.slug = 'bordeaux-metropole'
where o.kind = 'commune';
create temporary table bench_teams as
select (row_number() over (order by code) - 1)::int as idx, id, name from teams
where operator_id = (select id from organisations where slug = 'bordeaux-metropole');
`;

const TITLES = {
  objects: [
    "Imprimante",
    "Poste de travail",
    "Messagerie",
    "Logiciel d'état civil",
    "Téléphone fixe",
    "Accès VPN",
    "Scanner",
    "Écran",
    "Compte utilisateur",
    "Portail famille",
    "Intranet",
    "Serveur de fichiers",
    "Badge d'accès",
    "Wifi",
    "Visioconférence",
    "Logiciel de finances",
    "Logiciel RH",
    "Tablette",
    "Vidéoprojecteur",
    "Sauvegarde",
    "Logiciel de gestion des salles",
    "Téléphone portable",
    "Copieur multifonction",
    "Application cimetières",
  ],
  problems: [
    "hors service",
    "très lent",
    "ne démarre plus",
    "bloqué",
    "inaccessible",
    "erreur à l'ouverture",
    "mot de passe expiré",
    "à installer",
    "à paramétrer",
    "à renouveler",
    "ne synchronise plus",
    "perte de connexion",
    "droits insuffisants",
    "demande de formation",
  ],
  places: [
    "service état civil",
    "accueil",
    "école Jules Ferry",
    "médiathèque",
    "services techniques",
    "CCAS",
    "police municipale",
    "cabinet du maire",
    "crèche des Lilas",
    "salle du conseil",
    "service urbanisme",
    "centre social",
    "piscine municipale",
    "service des sports",
  ],
  details: [
    "Le problème est apparu ce matin à l'ouverture des services.",
    "Plusieurs agents sont concernés depuis la dernière mise à jour.",
    "Le message d'erreur indique un délai d'attente dépassé.",
    "L'agent a déjà redémarré le poste sans succès.",
    "Le public attend au guichet, merci de traiter rapidement.",
    "Une demande similaire avait été faite le mois dernier.",
    "Le prestataire a été contacté mais ne répond pas.",
    "Besoin pour la rentrée scolaire.",
    "Nouvel agent arrivé lundi, il n'a pas encore ses accès.",
    "Les impressions restent bloquées dans la file d'attente.",
  ],
};
const arrayOf = (values: string[]) =>
  `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;
const pick = (values: string[]) =>
  `(${arrayOf(values)})[1 + floor(random() * ${values.length})::int]`;

/** One statement for every saisine: $1 rows, 10 years to now, working hours, 30 communes. */
const SAISINES_SQL = `
insert into saisines (
  id, org_id, operator_id, reference, type, sub_domain, nature, criticality, title, description, site,
  channel, status, filed_by_person_id, filed_by_label, filed_by_org_id, requester_id, requester_label,
  annex_version_id, commune_function, shared_service_function, proximity_centre, proximity_centre_name,
  needs_qualification, calendar_version, handling_target_minutes, resolution_target_minutes,
  assignee_team_id, assignee_label, current_assignment_id, handled_at, resolved_at, closed_at,
  handling_due_at, resolution_due_at, warn_at, row_version, created_at, updated_at)
with base as (
  select g, c.*,
    date_trunc('milliseconds',
      date_trunc('day', now() - interval '10 years')
      + (floor(random() * (extract(epoch from interval '10 years') / 86400)) || ' days')::interval
      + make_interval(mins => (390 + floor(random() * 600))::int)) as created_at,
    random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6
  from generate_series(1, $1::int) g
  join bench_communes c on c.idx = g % ${COMMUNES}
), typed as (
  select *,
    case when r1 < 0.6 then 'incident' when r1 < 0.9 then 'demande' else 'conseil' end as type,
    case when r2 < 0.08 then 'A' when r2 < 0.25 then 'B' when r2 < 0.8 then 'C' else 'D' end as sub_domain,
    case when r3 < 0.9 then 'ordinaire' when r3 < 0.996 then 'urgence' else 'exceptionnelle' end as nature,
    case when r4 < 0.3 then 'bloquant' else 'non-bloquant' end as criticality,
    extract(epoch from (now() - created_at)) / 86400 as age
  from base where created_at < now()
), stated as (
  select *,
    case
      when random() < case when age < 2 then 0.9 when age < 10 then 0.5 when age < 45 then 0.2 else 0.012 end
        then case when nature = 'exceptionnelle' then 'decision-attendue'
                  else (array['nouvelle','qualifiee','en-cours','en-cours','en-attente-commune','en-attente-tiers','resolue'])[1 + floor(random() * 7)::int] end
      when random() < 0.02 then 'refusee'
      else 'close'
    end as status,
    case when r5 < 0.7 then 'portail' when r5 < 0.9 then 'telephone' when r5 < 0.97 then 'courriel'
         when r5 < 0.99 then 'courrier' else 'accueil' end as channel,
    (select t.id from bench_teams t where t.idx = floor(r6 * (select count(*) from bench_teams))::int) as team_id
  from typed
), timed as (
  select *,
    status in ('nouvelle','decision-attendue') as unhandled,
    status in ('en-attente-commune','en-attente-tiers','decision-attendue') as paused,
    status not in ('close','refusee') as open,
    case when status in ('resolue','close') then created_at + make_interval(mins => (60 + floor(random() * 5760))::int) end as resolved_at,
    case when type = 'incident' then case when criticality = 'bloquant' then 480 else 1440 end end as resolution_target
  from stated
)
select gen_random_uuid(), org_id, operator_id,
  prefix || '-' || extract(year from created_at)::int || '-' ||
    lpad((row_number() over (partition by org_id, extract(year from created_at) order by created_at, g))::text, 6, '0'),
  type, sub_domain, nature, criticality,
  ${pick(TITLES.objects)} || ' ' || ${pick(TITLES.problems)} || ' — ' || ${pick(TITLES.places)},
  ${pick(TITLES.details)} || ' ' || ${pick(TITLES.details)},
  case when random() < 0.5 then 'Mairie, ' || ${pick(TITLES.places)} end,
  case when nature = 'exceptionnelle' then 'portail' else channel end,
  status,
  case when channel = 'portail' then agent_id end,
  case when channel = 'portail' then 'Agent de la commune' else 'Agent du centre d''appel' end,
  case when channel = 'portail' then org_id else operator_id end,
  case when channel = 'portail' then agent_id when random() < 0.5 then dgs_id end,
  'Agent de la commune',
  version_id,
  case sub_domain when 'C' then 'utilisateur (élu, agent, citoyen, ...)' when 'D' then 'Responsable applicatif métier'
                  when 'B' then 'Chef de projet - maîtrise d''usage' else 'Référent en charge du suivi du contrat d''engagement' end,
  case sub_domain when 'C' then 'Centre d''appel' when 'D' then 'Chefs de service de la Direction des Infrastructures et de la Production'
                  when 'B' then 'Chef de projet service commun' else 'Responsable du service commun en charge du contact avec la commune concernée' end,
  type = 'incident' and sub_domain in ('C', 'D'),
  case when type = 'incident' and sub_domain in ('C', 'D') then centre end,
  random() < 0.03,
  version_id || '#support',
  case when nature = 'exceptionnelle' then null else 240 end,
  case when nature = 'exceptionnelle' then null else resolution_target end,
  case when status <> 'nouvelle' and status <> 'decision-attendue' then team_id end,
  case when status <> 'nouvelle' and status <> 'decision-attendue' then (select name from bench_teams t where t.id = team_id) end,
  case when status <> 'nouvelle' and status <> 'decision-attendue' then gen_random_uuid() end,
  case when not unhandled then created_at + interval '20 minutes' end,
  resolved_at,
  case when not open then coalesce(resolved_at, created_at + interval '2 hours') + interval '1 day' end,
  case when unhandled and not paused and nature <> 'exceptionnelle' then created_at + interval '4 hours' end,
  case when open and not paused and status <> 'resolue' and resolution_target is not null
       then created_at + make_interval(mins => resolution_target * 2) end,
  case when open and not paused and status <> 'resolue'
       then created_at + make_interval(mins => (coalesce(resolution_target, 240) * 1.5)::int) end,
  case when open then 3 else 5 end,
  created_at,
  created_at + interval '1 day'
from timed
-- Rows in the order they were filed, as ten years of real use leave them on disk: this year's
-- (and the open ones) together at the end of the table, not scattered among older ones.
order by created_at`;

const ASSIGNMENTS_SQL = `
insert into saisine_assignments (id, saisine_id, org_id, assignee_team_id, assignee_label, assigned_at,
  ended_at, assigned_by_label, target_minutes, elapsed_minutes, due_at, breached)
select current_assignment_id, id, org_id, assignee_team_id, assignee_label, created_at + interval '30 minutes',
  case when not is_open then coalesce(resolved_at, closed_at) end, 'Agent du centre d''appel',
  coalesce(resolution_target_minutes, 480), case when is_open then 0 else 120 end,
  case when is_open then created_at + interval '2 days' end, false
from saisines where current_assignment_id is not null`;

/** Timelines: created, assigned, comments, waits, resolution, closure — with their clock events. */
const EVENTS_SQL = `
insert into saisine_events (saisine_id, org_id, at, kind, visibility, actor_label, actor_side, body,
  status_after, payload, clock)
select s.id, s.org_id, e.at, e.kind, e.visibility, e.actor, e.side, e.body, e.status_after, e.payload, e.clock
from saisines s
cross join lateral (values
  (s.created_at, 'created', 'public', s.filed_by_label, 'commune', null::text, 'nouvelle',
   jsonb_build_object('channel', s.channel),
   jsonb_build_object('kind', 'created', 'nature', s.nature, 'calendarVersion', s.calendar_version)),
  (case when s.current_assignment_id is not null then s.created_at + interval '30 minutes' end,
   'assigned', 'public', 'Agent du centre d''appel', 'operator', null, s.status,
   jsonb_build_object('assignmentId', s.current_assignment_id, 'assignee', jsonb_build_object('label', s.assignee_label)),
   jsonb_build_object('kind', 'assigned', 'assigneeId', s.current_assignment_id)),
  (case when s.current_assignment_id is not null and random() < 0.5 then s.created_at + interval '45 minutes' end,
   'comment', 'public', 'Agent du centre d''appel', 'operator',
   'Prise en charge : un technicien revient vers vous rapidement.', s.status, null::jsonb, null::jsonb),
  (case when s.current_assignment_id is not null and random() < 0.2 then s.created_at + interval '50 minutes' end,
   'comment', 'interne', 'Agent du centre d''appel', 'operator',
   'Voir avec le prestataire ; ticket fournisseur ouvert.', s.status, null::jsonb, null::jsonb),
  (case when s.status in ('en-attente-commune', 'en-attente-tiers') then s.created_at + interval '1 hour' end,
   'paused', 'public', 'Agent du centre d''appel', 'operator', 'En attente d''un complément.', s.status,
   null::jsonb,
   jsonb_build_object('kind', 'paused', 'reason', case s.status when 'en-attente-commune' then 'attente-commune' else 'attente-tiers' end)),
  (s.resolved_at, 'resolved', 'public', 'Agent du centre d''appel', 'operator',
   'Problème résolu, merci de confirmer.', 'resolue', null::jsonb, jsonb_build_object('kind', 'resolved')),
  (s.closed_at, case when s.status = 'refusee' then 'refused' else 'confirmed' end, 'public',
   case when s.status = 'refusee' then 'Agent du centre d''appel' else 'Agent de la commune' end,
   case when s.status = 'refusee' then 'operator' else 'commune' end, null, s.status, null::jsonb,
   jsonb_build_object('kind', case when s.status = 'refusee' then 'declined' else 'closed' end))
) as e(at, kind, visibility, actor, side, body, status_after, payload, clock)
where e.at is not null`;

/** Clock periods: the contract clock and the holder's, closed at resolution or still running. */
const SEGMENTS_SQL = `
insert into saisine_clock_segments (saisine_id, org_id, assignment_id, seq, state, from_at, to_at, calendar_version)
select s.id, s.org_id, p.assignment_id, p.seq, p.state, p.from_at, p.to_at, s.calendar_version
from saisines s
cross join lateral (values
  (null::uuid, 0, case when s.status = 'decision-attendue' then 'paused' else 'running' end, s.created_at,
   case when s.status in ('en-attente-commune', 'en-attente-tiers') then s.created_at + interval '1 hour'
        when s.is_open then null else coalesce(s.resolved_at, s.closed_at) end),
  (case when s.status in ('en-attente-commune', 'en-attente-tiers') then null::uuid end, 1, 'paused',
   case when s.status in ('en-attente-commune', 'en-attente-tiers') then s.created_at + interval '1 hour' end, null),
  (s.current_assignment_id, 0, 'running',
   case when s.current_assignment_id is not null then s.created_at + interval '30 minutes' end,
   case when s.status in ('en-attente-commune', 'en-attente-tiers') then s.created_at + interval '1 hour'
        when s.is_open then null else coalesce(s.resolved_at, s.closed_at) end),
  (s.current_assignment_id, 1, 'paused',
   case when s.status in ('en-attente-commune', 'en-attente-tiers') then s.created_at + interval '1 hour' end,
   null)
) as p(assignment_id, seq, state, from_at, to_at)
where p.from_at is not null`;

const COUNTERS_SQL = `
insert into saisine_counters (org_id, year, last)
select org_id, extract(year from created_at)::int, count(*) from saisines group by 1, 2
on conflict (org_id, year) do update set last = excluded.last`;

await main();

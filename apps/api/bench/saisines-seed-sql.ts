/**
 * The SQL that generates the saisines and their histories for `pnpm bench:seed`
 * (saisines-seed.ts): the communes' table, ten years of saisines, then from them holdings,
 * timelines, clock periods, reference counters, the counts of final saisines and notifications —
 * one statement each.
 */
import { COMMUNES } from "./saisines-common.ts";

export const COMMUNES_TABLE = `
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
export const SAISINES_SQL = `
insert into saisines (
  id, org_id, operator_id, reference, type, sub_domain, nature, criticality, title, description, site,
  channel, status, filed_by_person_id, filed_by_label, filed_by_org_id, requester_id, requester_label,
  annex_version_id, commune_function, shared_service_function, proximity_centre, proximity_centre_name,
  needs_qualification, calendar_version, handling_target_minutes, resolution_target_minutes,
  assignee_team_id, assignee_label, current_assignment_id, handled_at, resolved_at, closed_at,
  handling_minutes, resolution_minutes, handling_due_at, resolution_due_at, warn_at, row_version, created_at, updated_at)
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
    -- Wall-clock minutes to handle and to resolve; the measured delays (business minutes, which
    -- the dashboards' percentiles read) are a share of them: nights and weekends do not count.
    (5 + floor(random() * 400))::int as handling_wall,
    case when status in ('resolue','close') then (60 + floor(random() * 5760))::int end as resolution_wall,
    case when type = 'incident' then case when criticality = 'bloquant' then 480 else 1440 end end as resolution_target
  from stated
), clocked as (
  select *, created_at + make_interval(mins => resolution_wall) as resolved_at
  from timed
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
  case when not unhandled then created_at + make_interval(mins => handling_wall) end,
  resolved_at,
  case when not open then coalesce(resolved_at, created_at + interval '2 hours') + interval '1 day' end,
  case when not unhandled then (handling_wall * 0.6)::int end,
  (resolution_wall * 0.3)::int,
  case when unhandled and not paused and nature <> 'exceptionnelle' then created_at + interval '4 hours' end,
  case when open and not paused and status <> 'resolue' and resolution_target is not null
       then created_at + make_interval(mins => resolution_target * 2) end,
  case when open and not paused and status <> 'resolue'
       then created_at + make_interval(mins => (coalesce(resolution_target, 240) * 1.5)::int) end,
  case when open then 3 else 5 end,
  created_at,
  created_at + interval '1 day'
from clocked
-- Rows in the order they were filed, as ten years of real use leave them on disk: this year's
-- (and the open ones) together at the end of the table, not scattered among older ones.
order by created_at`;

export const ASSIGNMENTS_SQL = `
insert into saisine_assignments (id, saisine_id, org_id, assignee_team_id, assignee_label, assigned_at,
  ended_at, assigned_by_label, target_minutes, elapsed_minutes, due_at, breached)
select current_assignment_id, id, org_id, assignee_team_id, assignee_label, created_at + interval '30 minutes',
  case when not is_open then coalesce(resolved_at, closed_at) end, 'Agent du centre d''appel',
  coalesce(resolution_target_minutes, 480), case when is_open then 0 else 120 end,
  case when is_open then created_at + interval '2 days' end, false
from saisines where current_assignment_id is not null`;

/** Timelines: created, assigned, comments, waits, resolution, closure — with their clock events. */
export const EVENTS_SQL = `
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
   'Prise en charge : un technicien revient vers vous rapidement.', s.status, null::jsonb, null::jsonb),
  (case when s.current_assignment_id is not null and random() < 0.2 then s.created_at + interval '50 minutes' end,
   'comment', 'interne', 'Agent du centre d''appel', 'operator',
   'Voir avec le prestataire ; ticket fournisseur ouvert.', s.status, null::jsonb, null::jsonb),
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
export const SEGMENTS_SQL = `
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

/** The counts of final saisines the triggers keep (off during the bulk load): counted once here. */
export const FINAL_COUNTS_SQL = `
insert into saisine_final_counts (org_id, operator_id, status, type, sub_domain, nature, criticality, saisines)
select org_id, operator_id, status, type, sub_domain, nature, criticality, count(*)
from saisines where not is_open group by 1, 2, 3, 4, 5, 6, 7
on conflict (org_id, status, type, sub_domain, nature, criticality)
  do update set saisines = excluded.saisines`;

/** Each of the Métropole's staff has 500 notifications of the last weeks, the 20 newest unread. */
export const NOTIFICATIONS_SQL = `
with recent as (
  select id, org_id, operator_id, reference, row_number() over (order by created_at desc) as n
  from saisines where is_open order by created_at desc limit 500
)
insert into notifications (org_id, operator_id, recipient_id, saisine_id, kind, alert_key, title,
  body, email_status, created_at, read_at)
select r.org_id, r.operator_id, p.id, r.id, 'assigned', 'banc:' || r.n, r.reference || ' : saisine attribuée',
  'La saisine a été attribuée.', 'queued', now() - make_interval(mins => (r.n * 37)::int),
  case when r.n > 20 then now() end
from people p
join organisations o on o.id = p.org_id and o.kind = 'operator'
cross join recent r`;

export const COUNTERS_SQL = `
insert into saisine_counters (org_id, year, last)
select org_id, extract(year from created_at)::int, count(*) from saisines group by 1, 2
on conflict (org_id, year) do update set last = excluded.last`;

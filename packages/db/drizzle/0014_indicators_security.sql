-- Indicators: row-level security as in 0005 (tenants see their organisations' rows, system work is
-- flagged, the owner is bound too), the saisines' monthly counts kept by a trigger in the
-- transaction of each change, their rebuild and compaction, and the permissions of the feature.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['indicator_entries','saisine_stats'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
    EXECUTE format('CREATE POLICY %I ON %I TO mutu_app
                      USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
                      WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))',
                   t || '_tenant', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Entries are append-only (a correction is a new entry); counts are written by the trigger, under
-- the tenant who changes a saisine, and merged by system work only.
GRANT SELECT, INSERT ON indicator_entries, saisine_stats TO mutu_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE saisine_stats_id_seq TO mutu_app;
--> statement-breakpoint
-- The first day of the Paris month of an instant: a saisine counts in the month of Europe/Paris it
-- was filed, handled, resolved or closed in (docs/adr/0013).
CREATE FUNCTION mutu_paris_month(at timestamptz) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date $$;
--> statement-breakpoint
-- The class of a delay in business minutes: DELAY_BUCKET_BOUNDS of @mutu/domain (a test compares).
CREATE FUNCTION mutu_delay_bucket(minutes integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN minutes <= 30 THEN 0 WHEN minutes <= 60 THEN 1 WHEN minutes <= 120 THEN 2
                    WHEN minutes <= 240 THEN 3 WHEN minutes <= 480 THEN 4 WHEN minutes <= 960 THEN 5
                    WHEN minutes <= 2400 THEN 6 ELSE 7 END $$;
--> statement-breakpoint
-- What one saisine adds to the counts: (org, month, kind, key, had a target, met it). The rules are
-- the domain's (delayScopeOf, indicatorOfCell, RECEPTION_CHANNELS); exceptional saisines are out of
-- the contract's delays. A test checks these counts against the saisines themselves.
CREATE FUNCTION mutu_saisine_contributions(s saisines)
  RETURNS TABLE (org_id uuid, month date, kind text, key text, with_target integer, met integer)
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH scoped AS (
    SELECT CASE WHEN s.type = 'incident' AND s.sub_domain = 'D' THEN 'infrastructure'
                ELSE 'general' END AS scope,
           mutu_paris_month(s.created_at) AS filed
  )
  SELECT s.org_id, c.filed, f.kind, f.key, 0, 0
  FROM scoped c, (VALUES ('filed', ''), ('type', s.type), ('nature', s.nature),
                         ('sub_domain', s.sub_domain), ('channel', s.channel),
                         ('criticality', s.criticality)) AS f(kind, key)
  UNION ALL
  SELECT s.org_id, c.filed, 'application', s.type || '|' || s.application, 0, 0
  FROM scoped c WHERE s.application IS NOT NULL
  UNION ALL
  SELECT s.org_id, c.filed, 'registered', s.type, 0, 0
  FROM scoped c WHERE s.channel IN ('telephone', 'courrier', 'courriel', 'accueil')
  UNION ALL
  SELECT s.org_id, c.filed, 'first-contact', s.type, 0, 0
  FROM scoped c WHERE s.first_contact_resolution
  UNION ALL
  SELECT s.org_id, mutu_paris_month(s.closed_at), 'closed', '', 0, 0
  FROM scoped c WHERE s.closed_at IS NOT NULL
  UNION ALL
  SELECT s.org_id, mutu_paris_month(s.handled_at), d.kind, d.key,
         (s.handling_target_minutes IS NOT NULL)::integer,
         coalesce(s.handling_minutes <= s.handling_target_minutes, false)::integer
  FROM scoped c,
       LATERAL (VALUES ('handling', c.scope || '|' || s.nature || '|' || s.criticality),
               ('handling-class', c.scope || '|' || mutu_delay_bucket(s.handling_minutes))) AS d(kind, key)
  WHERE s.handled_at IS NOT NULL AND s.handling_minutes IS NOT NULL AND s.nature <> 'exceptionnelle'
  UNION ALL
  SELECT s.org_id, mutu_paris_month(s.resolved_at), d.kind, d.key,
         (s.resolution_target_minutes IS NOT NULL)::integer,
         coalesce(s.resolution_minutes <= s.resolution_target_minutes, false)::integer
  FROM scoped c,
       LATERAL (VALUES ('resolution', c.scope || '|' || s.nature || '|' || s.criticality),
               ('resolution-class', c.scope || '|' || mutu_delay_bucket(s.resolution_minutes))) AS d(kind, key)
  WHERE s.type = 'incident' AND s.resolved_at IS NOT NULL AND s.resolution_minutes IS NOT NULL
    AND s.nature <> 'exceptionnelle'
$$;
--> statement-breakpoint
-- Every change of a saisine writes, in its own transaction, what it adds and takes away: the
-- counts are exact at every instant. Deltas are plain inserts, so two changes never wait for each
-- other on a shared counter row (and never deadlock on one).
CREATE FUNCTION mutu_saisine_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND
     (OLD.org_id, OLD.created_at, OLD.type, OLD.nature, OLD.sub_domain, OLD.channel, OLD.criticality,
      OLD.application, OLD.first_contact_resolution, OLD.closed_at, OLD.handled_at,
      OLD.handling_minutes, OLD.handling_target_minutes, OLD.resolved_at, OLD.resolution_minutes,
      OLD.resolution_target_minutes)
     IS NOT DISTINCT FROM
     (NEW.org_id, NEW.created_at, NEW.type, NEW.nature, NEW.sub_domain, NEW.channel, NEW.criticality,
      NEW.application, NEW.first_contact_resolution, NEW.closed_at, NEW.handled_at,
      NEW.handling_minutes, NEW.handling_target_minutes, NEW.resolved_at, NEW.resolution_minutes,
      NEW.resolution_target_minutes) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met)
    SELECT c.org_id, c.month, c.kind, c.key, 1, c.with_target, c.met
    FROM mutu_saisine_contributions(NEW) c;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met)
    SELECT c.org_id, c.month, c.kind, c.key, -1, -c.with_target, -c.met
    FROM mutu_saisine_contributions(OLD) c;
  ELSE
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met)
    SELECT d.org_id, d.month, d.kind, d.key, sum(d.n), sum(d.with_target), sum(d.met)
    FROM (SELECT c.org_id, c.month, c.kind, c.key, -1 AS n, -c.with_target AS with_target, -c.met AS met
          FROM mutu_saisine_contributions(OLD) c
          UNION ALL
          SELECT c.org_id, c.month, c.kind, c.key, 1, c.with_target, c.met
          FROM mutu_saisine_contributions(NEW) c) d
    GROUP BY d.org_id, d.month, d.kind, d.key
    HAVING sum(d.n) <> 0 OR sum(d.with_target) <> 0 OR sum(d.met) <> 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER saisines_stats AFTER INSERT OR UPDATE OR DELETE ON saisines
  FOR EACH ROW EXECUTE FUNCTION mutu_saisine_stats();
--> statement-breakpoint
-- The counts rebuilt from the saisines (after a bulk load without triggers; a test compares them
-- with what the trigger kept).
CREATE FUNCTION mutu_rebuild_saisine_stats() RETURNS bigint LANGUAGE sql AS $$
  DELETE FROM saisine_stats;
  WITH inserted AS (
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met, compacted)
    SELECT c.org_id, c.month, c.kind, c.key, count(*), sum(c.with_target), sum(c.met), true
    FROM saisines s, LATERAL mutu_saisine_contributions(s) c
    GROUP BY c.org_id, c.month, c.kind, c.key
    RETURNING 1)
  SELECT count(*) FROM inserted;
$$;
--> statement-breakpoint
-- Merges the deltas of each count into one row. Safe under concurrent changes and concurrent
-- merges: a statement deletes only the rows its snapshot sees and inserts the sum of what it deleted.
CREATE FUNCTION mutu_compact_saisine_stats() RETURNS bigint LANGUAGE sql AS $$
  WITH touched AS (
    SELECT DISTINCT org_id, month, kind, key FROM saisine_stats WHERE NOT compacted
  ), gone AS (
    DELETE FROM saisine_stats s USING touched t
    WHERE s.org_id = t.org_id AND s.month = t.month AND s.kind = t.kind AND s.key = t.key
    RETURNING s.org_id, s.month, s.kind, s.key, s.n, s.with_target, s.met
  ), merged AS (
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met, compacted)
    SELECT org_id, month, kind, key, sum(n), sum(with_target), sum(met), true
    FROM gone GROUP BY org_id, month, kind, key
    HAVING sum(n) <> 0 OR sum(with_target) <> 0 OR sum(met) <> 0
    RETURNING 1)
  SELECT count(*) FROM gone;
$$;
--> statement-breakpoint
-- The saisines already there are counted once, and the functions below updated: system work (row-
-- level security binds the owner too), for this migration's transaction only.
SELECT set_config('mutu.system', 'on', true), mutu_rebuild_saisine_stats();
--> statement-breakpoint
-- Who reads and who enters indicators: the functions of the catalogue that need it (seed/functions.ts).
UPDATE functions SET permissions = array_append(permissions, 'indicators.read')
  WHERE code IN ('dgs', 'contract-referent', 'call-centre-head', 'communal-referent', 'director',
                 'rssi', 'administrator')
    AND NOT 'indicators.read' = ANY (permissions);
--> statement-breakpoint
UPDATE functions SET permissions = array_append(permissions, 'indicators.manage')
  WHERE code IN ('call-centre-head', 'communal-referent', 'director', 'rssi', 'administrator')
    AND NOT 'indicators.manage' = ANY (permissions);
--> statement-breakpoint
SELECT set_config('mutu.system', '', true);

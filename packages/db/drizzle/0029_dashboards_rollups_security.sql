-- Roll-ups of the saisines' monthly counts (docs/adr/0037): all of an operator's communes together
-- (`saisine_operator_stats`) and each commune's month in one row (`saisine_month_figures`), written
-- by the trigger of `saisine_stats` in the transaction of each change, as deltas like it, merged by
-- the same compaction and rebuilt by the same rebuild. Row-level security as in 0014.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['saisine_operator_stats','saisine_month_figures'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A commune reads its own months.
CREATE POLICY saisine_month_figures_tenant ON saisine_month_figures TO mutu_app
  USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
  WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
-- The counts of all the communes together are read by the operator's own staff only (a commune's
-- scope never holds its operator); whoever changes a saisine of the operator writes its delta.
CREATE POLICY saisine_operator_stats_read ON saisine_operator_stats FOR SELECT TO mutu_app
  USING (operator_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
CREATE POLICY saisine_operator_stats_write ON saisine_operator_stats FOR INSERT TO mutu_app
  WITH CHECK (operator_id = (SELECT mutu_operator_id()));
--> statement-breakpoint
GRANT SELECT, INSERT ON saisine_operator_stats, saisine_month_figures TO mutu_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE saisine_operator_stats_id_seq, saisine_month_figures_id_seq TO mutu_app;
--> statement-breakpoint
-- One change's net contributions are computed once and written at the three grains: per commune
-- (as before), per operator, and as the commune's month figures (what `figureSums` adds up in
-- the API: filed, closed, delays within target, incidents registered and resolved at first contact).
CREATE OR REPLACE FUNCTION mutu_saisine_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND
     (OLD.org_id, OLD.operator_id, OLD.created_at, OLD.type, OLD.nature, OLD.sub_domain, OLD.channel,
      OLD.criticality, OLD.application, OLD.first_contact_resolution, OLD.closed_at, OLD.handled_at,
      OLD.handling_minutes, OLD.handling_target_minutes, OLD.resolved_at, OLD.resolution_minutes,
      OLD.resolution_target_minutes)
     IS NOT DISTINCT FROM
     (NEW.org_id, NEW.operator_id, NEW.created_at, NEW.type, NEW.nature, NEW.sub_domain, NEW.channel,
      NEW.criticality, NEW.application, NEW.first_contact_resolution, NEW.closed_at, NEW.handled_at,
      NEW.handling_minutes, NEW.handling_target_minutes, NEW.resolved_at, NEW.resolution_minutes,
      NEW.resolution_target_minutes) THEN
    RETURN NULL;
  END IF;
  WITH delta AS (
    SELECT c.org_id, OLD.operator_id AS operator_id, c.month, c.kind, c.key,
           -1 AS n, -c.with_target AS with_target, -c.met AS met
    FROM mutu_saisine_contributions(OLD) c WHERE TG_OP <> 'INSERT'
    UNION ALL
    SELECT c.org_id, NEW.operator_id, c.month, c.kind, c.key, 1, c.with_target, c.met
    FROM mutu_saisine_contributions(NEW) c WHERE TG_OP <> 'DELETE'
  ), net AS MATERIALIZED (
    SELECT org_id, operator_id, month, kind, key,
           sum(n)::int AS n, sum(with_target)::int AS with_target, sum(met)::int AS met
    FROM delta GROUP BY org_id, operator_id, month, kind, key
    HAVING sum(n) <> 0 OR sum(with_target) <> 0 OR sum(met) <> 0
  ), per_commune AS (
    INSERT INTO saisine_stats (org_id, month, kind, key, n, with_target, met)
    SELECT org_id, month, kind, key, n, with_target, met FROM net
  ), per_operator AS (
    INSERT INTO saisine_operator_stats (operator_id, month, kind, key, n, with_target, met)
    SELECT operator_id, month, kind, key, n, with_target, met FROM net
  )
  INSERT INTO saisine_month_figures (org_id, month, filed, closed, handling_met, handling_with_target,
                                     resolution_met, resolution_with_target, first_contact, registered)
  SELECT org_id, month, f.filed, f.closed, f.handling_met, f.handling_with_target, f.resolution_met,
         f.resolution_with_target, f.first_contact, f.registered
  FROM (
    SELECT org_id, month,
           coalesce(sum(n) FILTER (WHERE kind = 'filed'), 0)::int AS filed,
           coalesce(sum(n) FILTER (WHERE kind = 'closed'), 0)::int AS closed,
           coalesce(sum(met) FILTER (WHERE kind = 'handling'), 0)::int AS handling_met,
           coalesce(sum(with_target) FILTER (WHERE kind = 'handling'), 0)::int AS handling_with_target,
           coalesce(sum(met) FILTER (WHERE kind = 'resolution'), 0)::int AS resolution_met,
           coalesce(sum(with_target) FILTER (WHERE kind = 'resolution'), 0)::int AS resolution_with_target,
           coalesce(sum(n) FILTER (WHERE kind = 'first-contact' AND key = 'incident'), 0)::int AS first_contact,
           coalesce(sum(n) FILTER (WHERE kind = 'registered' AND key = 'incident'), 0)::int AS registered
    FROM net GROUP BY org_id, month
  ) f
  WHERE (f.filed, f.closed, f.handling_met, f.handling_with_target, f.resolution_met,
         f.resolution_with_target, f.first_contact, f.registered) <> (0, 0, 0, 0, 0, 0, 0, 0);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The two roll-ups summed from the per-commune counts (exact: kept by the same trigger).
CREATE FUNCTION mutu_roll_up_saisine_stats() RETURNS bigint LANGUAGE sql AS $$
  DELETE FROM saisine_operator_stats;
  DELETE FROM saisine_month_figures;
  INSERT INTO saisine_operator_stats (operator_id, month, kind, key, n, with_target, met, compacted)
  SELECT o.operator_id, s.month, s.kind, s.key, sum(s.n), sum(s.with_target), sum(s.met), true
  FROM saisine_stats s JOIN organisations o ON o.id = s.org_id
  GROUP BY o.operator_id, s.month, s.kind, s.key
  HAVING sum(s.n) <> 0 OR sum(s.with_target) <> 0 OR sum(s.met) <> 0;
  WITH figures AS (
    INSERT INTO saisine_month_figures (org_id, month, filed, closed, handling_met,
                                       handling_with_target, resolution_met, resolution_with_target,
                                       first_contact, registered, compacted)
    SELECT org_id, month,
           coalesce(sum(n) FILTER (WHERE kind = 'filed'), 0),
           coalesce(sum(n) FILTER (WHERE kind = 'closed'), 0),
           coalesce(sum(met) FILTER (WHERE kind = 'handling'), 0),
           coalesce(sum(with_target) FILTER (WHERE kind = 'handling'), 0),
           coalesce(sum(met) FILTER (WHERE kind = 'resolution'), 0),
           coalesce(sum(with_target) FILTER (WHERE kind = 'resolution'), 0),
           coalesce(sum(n) FILTER (WHERE kind = 'first-contact' AND key = 'incident'), 0),
           coalesce(sum(n) FILTER (WHERE kind = 'registered' AND key = 'incident'), 0),
           true
    FROM saisine_stats
    WHERE kind IN ('filed', 'closed', 'handling', 'resolution', 'first-contact', 'registered')
    GROUP BY org_id, month
    RETURNING 1)
  SELECT count(*) FROM figures;
$$;
--> statement-breakpoint
-- The rebuild and the compaction of 0014 keep their names and callers, and now cover the roll-ups:
-- the per-commune versions are renamed and called first.
ALTER FUNCTION mutu_rebuild_saisine_stats() RENAME TO mutu_rebuild_saisine_commune_stats;
--> statement-breakpoint
CREATE FUNCTION mutu_rebuild_saisine_stats() RETURNS bigint LANGUAGE sql AS $$
  SELECT mutu_rebuild_saisine_commune_stats();
  SELECT mutu_roll_up_saisine_stats();
  SELECT count(*) FROM saisine_stats;
$$;
--> statement-breakpoint
ALTER FUNCTION mutu_compact_saisine_stats() RENAME TO mutu_compact_saisine_commune_stats;
--> statement-breakpoint
-- Merges each roll-up's deltas into one row per key (as 0014 does for the per-commune counts);
-- returns the number of rows merged at the three grains.
CREATE FUNCTION mutu_compact_saisine_stats() RETURNS bigint LANGUAGE sql AS $$
  WITH touched_operator AS (
    SELECT DISTINCT operator_id, month, kind, key FROM saisine_operator_stats WHERE NOT compacted
  ), gone_operator AS (
    DELETE FROM saisine_operator_stats s USING touched_operator t
    WHERE s.operator_id = t.operator_id AND s.month = t.month AND s.kind = t.kind AND s.key = t.key
    RETURNING s.operator_id, s.month, s.kind, s.key, s.n, s.with_target, s.met
  ), merged_operator AS (
    INSERT INTO saisine_operator_stats (operator_id, month, kind, key, n, with_target, met, compacted)
    SELECT operator_id, month, kind, key, sum(n), sum(with_target), sum(met), true
    FROM gone_operator GROUP BY operator_id, month, kind, key
    HAVING sum(n) <> 0 OR sum(with_target) <> 0 OR sum(met) <> 0
  ), touched_month AS (
    SELECT DISTINCT org_id, month FROM saisine_month_figures WHERE NOT compacted
  ), gone_month AS (
    DELETE FROM saisine_month_figures f USING touched_month t
    WHERE f.org_id = t.org_id AND f.month = t.month
    RETURNING f.*
  ), merged_month AS (
    INSERT INTO saisine_month_figures (org_id, month, filed, closed, handling_met, handling_with_target,
                                       resolution_met, resolution_with_target, first_contact, registered,
                                       compacted)
    SELECT org_id, month, sum(filed), sum(closed), sum(handling_met), sum(handling_with_target),
           sum(resolution_met), sum(resolution_with_target), sum(first_contact), sum(registered), true
    FROM gone_month GROUP BY org_id, month
    HAVING (sum(filed), sum(closed), sum(handling_met), sum(handling_with_target), sum(resolution_met),
            sum(resolution_with_target), sum(first_contact), sum(registered))
           <> (0, 0, 0, 0, 0, 0, 0, 0)
  )
  SELECT mutu_compact_saisine_commune_stats() + (SELECT count(*) FROM gone_operator)
         + (SELECT count(*) FROM gone_month);
$$;
--> statement-breakpoint
-- The counts already kept summed into the two roll-ups: system work, this transaction only.
SELECT set_config('mutu.system', 'on', true), mutu_roll_up_saisine_stats();
--> statement-breakpoint
SELECT set_config('mutu.system', '', true);

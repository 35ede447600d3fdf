-- Row-level security for saisines, as in 0001: the tenant role sees the rows of the organisations
-- in `mutu.org_ids`, system work (SLA watcher, outbox, purge, seed) is flagged, and the owner is
-- bound too (FORCE), so it fails closed.
--
-- The policies call the scope functions through a scalar subquery: PostgreSQL then evaluates them
-- once per statement (an InitPlan) instead of once per row, which matters on queue scans.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['saisines','saisine_counters','saisine_events','saisine_assignments',
                           'saisine_clock_segments','saisine_attachments',
                           'saisine_exceptional_decisions','arbitrations','arbitration_levels',
                           'saisine_changes','notifications','notification_outbox','sla_targets',
                           'teams','team_members'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
  END LOOP;
  -- Tables keyed by the commune the saisine is about.
  FOREACH t IN ARRAY ARRAY['saisines','saisine_counters','saisine_events','saisine_assignments',
                           'saisine_clock_segments','saisine_attachments',
                           'saisine_exceptional_decisions','arbitrations','arbitration_levels',
                           'saisine_changes','notifications','sla_targets'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I TO mutu_app
                      USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
                      WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))',
                   t || '_tenant', t);
  END LOOP;
  -- Teams are the operator's own organisation: its staff only (a commune's scope never holds the
  -- operator's id), communes read the assignee's name on the saisine.
  FOREACH t IN ARRAY ARRAY['teams','team_members'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO mutu_app
                      USING (operator_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))',
                   t || '_tenant', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Minimal grants: no DELETE anywhere (a saisine is closed, never erased), history tables append-only.
GRANT SELECT, INSERT, UPDATE ON saisines, saisine_counters, saisine_assignments, arbitrations TO mutu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON saisine_events, saisine_attachments, saisine_exceptional_decisions,
  arbitration_levels, saisine_changes, sla_targets TO mutu_app;
--> statement-breakpoint
-- Clock periods: the open period at the end is closed (UPDATE) or replaced (DELETE), see the trigger.
GRANT SELECT, INSERT, UPDATE, DELETE ON saisine_clock_segments TO mutu_app;
--> statement-breakpoint
-- Notifications are written by the SLA watcher (system work); their recipient marks them read.
GRANT SELECT, UPDATE ON notifications TO mutu_app;
--> statement-breakpoint
GRANT SELECT ON teams, team_members TO mutu_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE saisine_events_id_seq, saisine_clock_segments_id_seq,
  saisine_changes_seq_seq TO mutu_app;
--> statement-breakpoint
-- The notification outbox belongs to the dispatcher (system work): no grant to mutu_app.
-- A closed clock period is history: never rewritten, by anyone. Only the open period at the end
-- of a clock may get its end, or be replaced when the event that opened it is superseded at the
-- same instant.
CREATE FUNCTION mutu_clock_segment_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.to_at IS NOT NULL THEN
    RAISE EXCEPTION 'Période d''horloge close : elle ne peut plus être modifiée (% refusé).', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF (NEW.saisine_id, NEW.assignment_id, NEW.seq, NEW.state, NEW.from_at, NEW.calendar_version, NEW.org_id)
     IS DISTINCT FROM
     (OLD.saisine_id, OLD.assignment_id, OLD.seq, OLD.state, OLD.from_at, OLD.calendar_version, OLD.org_id) THEN
    RAISE EXCEPTION 'Seule la fin d''une période d''horloge ouverte peut être fixée.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER saisine_clock_segments_history BEFORE UPDATE OR DELETE ON saisine_clock_segments
  FOR EACH ROW EXECUTE FUNCTION mutu_clock_segment_history();
--> statement-breakpoint
-- The timeline is append-only; only system work may redact it (residents' data after retention).
CREATE FUNCTION mutu_saisine_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND mutu_is_system() THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'L''historique d''une saisine est en ajout seul : % refusé.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER saisine_events_append_only BEFORE UPDATE OR DELETE ON saisine_events
  FOR EACH ROW EXECUTE FUNCTION mutu_saisine_events_append_only();
--> statement-breakpoint
CREATE TRIGGER saisine_events_no_truncate BEFORE TRUNCATE ON saisine_events
  FOR EACH STATEMENT EXECUTE FUNCTION mutu_saisine_events_append_only();
--> statement-breakpoint
-- Full-text search under row-level security: PostgreSQL only lets an index answer a condition
-- whose function is LEAKPROOF when RLS policies apply, and `tsvector @@ tsquery` is not marked so
-- by default — the GIN index on saisines.search would never be used. Matching a stored tsvector
-- against a query reveals nothing but its boolean result, so a superuser may mark it. Migrations
-- running as a superuser (the embedded database) do it here; on a PostgreSQL server where mutu
-- connects as a plain owner, the DBA runs this statement once (docs/adr/0009-saisines-storage.md).
-- Without it search still works, by filtering the rows the other conditions select.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
  END IF;
END $$;

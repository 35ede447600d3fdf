-- Daily work (issue 13): row-level security of the new tables, as in 0005 (ENABLE + FORCE, a
-- system policy and a tenant policy, scope functions called through a scalar subquery), the
-- person a tenant transaction acts for, notifications readable by their recipient only, the
-- people a notification is for, and the counts of final saisines kept by triggers.

-- The person a tenant transaction acts for (null for an API token), set with the organisations.
CREATE FUNCTION mutu_person_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('mutu.person_id', true), '')::uuid $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['notification_preferences','saisine_views','saisine_final_counts'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A notification is its recipient's: the tenant role reads and marks only the caller's own (the
-- commune's scope used to let anyone of the commune read the staff's alerts about it). Whoever
-- causes one writes it, for any person, within their organisations' scope.
DROP POLICY notifications_tenant ON notifications;
--> statement-breakpoint
CREATE POLICY notifications_own ON notifications FOR SELECT TO mutu_app
  USING (recipient_id = (SELECT mutu_person_id())
         AND org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
CREATE POLICY notifications_mark ON notifications FOR UPDATE TO mutu_app
  USING (recipient_id = (SELECT mutu_person_id())
         AND org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
  WITH CHECK (recipient_id = (SELECT mutu_person_id())
              AND org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
CREATE POLICY notifications_send ON notifications FOR INSERT TO mutu_app
  WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
GRANT INSERT ON notifications TO mutu_app;
--> statement-breakpoint
-- Each person's choices are theirs alone.
CREATE POLICY notification_preferences_tenant ON notification_preferences TO mutu_app
  USING (person_id = (SELECT mutu_person_id())
         AND org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
  WITH CHECK (person_id = (SELECT mutu_person_id())
              AND org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preferences TO mutu_app;
--> statement-breakpoint
-- A view is the shared service's, shared with all of its staff, or one agent's own.
CREATE POLICY saisine_views_tenant ON saisine_views TO mutu_app
  USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[])
         AND (owner_id IS NULL OR owner_id = (SELECT mutu_person_id())))
  WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[])
              AND (owner_id IS NULL OR owner_id = (SELECT mutu_person_id())));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON saisine_views TO mutu_app;
--> statement-breakpoint
CREATE POLICY saisine_final_counts_tenant ON saisine_final_counts TO mutu_app
  USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
  WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON saisine_final_counts TO mutu_app;
--> statement-breakpoint
-- A saisine reaching a final status (closed, refused: never left) is counted once, by whoever
-- closes it, in its tenant transaction (the commune's row of the counts is in its scope).
CREATE FUNCTION mutu_count_final_saisine() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO saisine_final_counts AS c
    (org_id, operator_id, status, type, sub_domain, nature, criticality, saisines)
  VALUES (NEW.org_id, NEW.operator_id, NEW.status, NEW.type, NEW.sub_domain, NEW.nature,
          NEW.criticality, 1)
  ON CONFLICT (org_id, status, type, sub_domain, nature, criticality)
    DO UPDATE SET saisines = c.saisines + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER saisines_count_final_insert AFTER INSERT ON saisines
  FOR EACH ROW WHEN (NOT NEW.is_open) EXECUTE FUNCTION mutu_count_final_saisine();
--> statement-breakpoint
CREATE TRIGGER saisines_count_final_update AFTER UPDATE OF status ON saisines
  FOR EACH ROW WHEN (OLD.is_open AND NOT NEW.is_open) EXECUTE FUNCTION mutu_count_final_saisine();
--> statement-breakpoint
-- Who a notification about a saisine is for, as person ids: its holders (the person, or the
-- team's members and manager; nobody: the people holding `p_functions` at the shared service),
-- its requesters (the commune person it was filed for and the commune person who filed it), or
-- the people holding `p_functions` at the shared service or at the commune. A commune's
-- transaction cannot read the shared service's teams and staff: this runs as the owner, flagged
-- as system work for its own query only (as mutu_session_caller, 0007), and answers only about a
-- saisine the caller sees. The tenant role gets nothing from the flag it leaves (mutu_is_system()
-- ignores it for mutu_app), and it lowers it before returning.
CREATE FUNCTION mutu_notification_audience(p_saisine uuid, p_audience text, p_functions text[])
  RETURNS SETOF uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
DECLARE
  visible uuid[] := mutu_visible_org_ids();
BEGIN
  PERFORM set_config('mutu.system', 'on', true);
  RETURN QUERY
  WITH s AS (
    SELECT * FROM saisines
    WHERE id = p_saisine AND org_id = ANY (visible)
  ),
  holding AS (
    SELECT pf.person_id, p.org_id FROM person_functions pf
    JOIN functions f ON f.id = pf.function_id
    JOIN people p ON p.id = pf.person_id
    WHERE f.code = ANY (p_functions)
  )
  SELECT p.id FROM people p, s
  WHERE p.active AND CASE p_audience
    WHEN 'holders' THEN
      p.id = s.assignee_person_id
      OR p.id IN (SELECT tm.person_id FROM team_members tm WHERE tm.team_id = s.assignee_team_id)
      OR p.id = (SELECT t.manager_id FROM teams t WHERE t.id = s.assignee_team_id)
      OR (s.assignee_person_id IS NULL AND s.assignee_team_id IS NULL
          AND p.org_id = s.operator_id
          AND p.id IN (SELECT h.person_id FROM holding h WHERE h.org_id = s.operator_id))
    WHEN 'requesters' THEN
      p.org_id = s.org_id AND (p.id = s.requester_id OR p.id = s.filed_by_person_id)
    WHEN 'operator-deciders' THEN
      p.org_id = s.operator_id AND p.id IN (SELECT h.person_id FROM holding h WHERE h.org_id = s.operator_id)
    WHEN 'commune-deciders' THEN
      p.org_id = s.org_id AND p.id IN (SELECT h.person_id FROM holding h WHERE h.org_id = s.org_id)
    ELSE false
  END;
  PERFORM set_config('mutu.system', '', true);
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION mutu_notification_audience(uuid, text, text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION mutu_notification_audience(uuid, text, text[]) TO mutu_app;
--> statement-breakpoint
-- What exists already: final saisines counted, and the alerts' emails already queued.
DO $$
BEGIN
  PERFORM set_config('mutu.system', 'on', true);
  INSERT INTO saisine_final_counts
    (org_id, operator_id, status, type, sub_domain, nature, criticality, saisines)
  SELECT org_id, operator_id, status, type, sub_domain, nature, criticality, count(*)
  FROM saisines WHERE NOT is_open
  GROUP BY org_id, operator_id, status, type, sub_domain, nature, criticality;
  UPDATE notifications SET email_status = 'queued';
  PERFORM set_config('mutu.system', '', true);
END $$;

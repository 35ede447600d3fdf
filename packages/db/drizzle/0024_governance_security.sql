-- Row-level security for governance meetings, as in 0005: the tenant role sees the rows of the
-- organisations in `mutu.org_ids`; a meeting of an intercommunal body (Redon, 002 §6.1) belongs to
-- the operator and is `shared`: every member of that operator reads it, only the operator writes it.
-- System work (seed, the calendar feed's lookup) is flagged; the owner is bound too (FORCE).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meetings','meeting_participants','meeting_actions','calendar_feeds'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['meetings','meeting_participants','meeting_actions'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I TO mutu_app
                      USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[])
                             OR (shared AND operator_id = (SELECT mutu_operator_id())))
                      WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))',
                   t || '_tenant', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A meeting is never erased (it is part of the contract's record); invitations change until it is held.
GRANT SELECT, INSERT, UPDATE ON meetings, meeting_actions TO mutu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_participants TO mutu_app;
--> statement-breakpoint
-- Calendar feeds: each person's own row only (create, replace, revoke); the feed itself is served
-- by system work that finds the row by the secret's hash.
CREATE POLICY calendar_feeds_own ON calendar_feeds TO mutu_app
  USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
  WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feeds TO mutu_app;

-- Row-level security for projects, as in 0005: the tenant role sees the rows of the communes in
-- its scope (a commune its own, the shared service its members), system work is flagged, and the
-- owner is bound too (FORCE).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['digital_plans','projects','project_decisions','project_phase_changes',
                           'project_effort'] LOOP
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
-- No DELETE: a project is abandoned, never erased; decisions, phases and effort are history.
GRANT SELECT, INSERT, UPDATE ON projects TO mutu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON digital_plans, project_decisions, project_phase_changes, project_effort TO mutu_app;
--> statement-breakpoint
-- The functions that already exist get the new permissions their demo catalogue grants (as system
-- work for this migration's transaction only: functions have row-level security forced).
SELECT set_config('mutu.system', 'on', true);
--> statement-breakpoint
UPDATE functions SET permissions = permissions || ARRAY['projects.read','projects.file']
  WHERE code IN ('dgs','contract-referent','project-owner') AND NOT ('projects.read' = ANY (permissions));
--> statement-breakpoint
UPDATE functions SET permissions = permissions || ARRAY['projects.read','projects.manage']
  WHERE code IN ('communal-referent','director') AND NOT ('projects.read' = ANY (permissions));
--> statement-breakpoint
UPDATE functions SET permissions = permissions || ARRAY['projects.read','projects.file','projects.manage']
  WHERE code = 'administrator' AND NOT ('projects.read' = ANY (permissions));

--> statement-breakpoint
SELECT set_config('mutu.system', '', true);

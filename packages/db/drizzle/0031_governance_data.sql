-- The commune's DPO gives its opinion on the projects that process personal data (issue 11): the
-- existing « commune-dpo » functions get projects.read, as the demo catalogue now grants it.
-- Meetings planned before invitations were emailed are not announced again by the first pass.
-- (As system work for this migration's transaction only: both tables have row-level security forced.)
SELECT set_config('mutu.system', 'on', true);
--> statement-breakpoint
UPDATE functions SET permissions = permissions || ARRAY['projects.read']
  WHERE code = 'commune-dpo' AND NOT ('projects.read' = ANY (permissions));
--> statement-breakpoint
UPDATE "meetings" SET "invitations_sequence" = "sequence";
--> statement-breakpoint
SELECT set_config('mutu.system', '', true);

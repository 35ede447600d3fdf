ALTER TABLE "meetings" ADD COLUMN "invitations_sequence" integer;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
CREATE INDEX "meetings_invitations_due" ON "meetings" USING btree ("id") WHERE "meetings"."status" <> 'tenue' and "meetings"."invitations_sequence" is distinct from "meetings"."sequence";--> statement-breakpoint
-- Meetings planned before invitations were emailed are not announced again by the first pass (as
-- system work for this migration's transaction only: meetings have row-level security forced).
SELECT set_config('mutu.system', 'on', true);
--> statement-breakpoint
UPDATE "meetings" SET "invitations_sequence" = "sequence";
--> statement-breakpoint
SELECT set_config('mutu.system', '', true);

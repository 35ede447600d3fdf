ALTER TABLE "meetings" ADD COLUMN "invitations_sequence" integer;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_correction_reason" text;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD CONSTRAINT "project_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetings_invitations_due" ON "meetings" USING btree ("id") WHERE "meetings"."status" <> 'tenue' and "meetings"."invitations_sequence" is distinct from "meetings"."sequence";--> statement-breakpoint
CREATE INDEX "project_decisions_meeting_id_index" ON "project_decisions" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_correction_has_reason" CHECK (("meetings"."minutes_corrected_at" is null) = ("meetings"."minutes_correction_reason" is null));
ALTER TABLE "meetings" ADD COLUMN "minutes_corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_correction_reason" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_correction_has_reason" CHECK (("meetings"."minutes_corrected_at" is null) = ("meetings"."minutes_correction_reason" is null));
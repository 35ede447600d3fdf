ALTER TABLE "meetings" DROP CONSTRAINT "meetings_known_status";--> statement-breakpoint
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_held_has_minutes";--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "change_reason" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_cancelled_has_reason" CHECK (("meetings"."status" = 'annulee') = ("meetings"."cancelled_at" is not null and "meetings"."change_reason" is not null));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_known_status" CHECK ("meetings"."status" in ('planifiee', 'tenue', 'annulee'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_held_has_minutes" CHECK ("meetings"."status" <> 'tenue' or ("meetings"."minutes" is not null and "meetings"."recorded_at" is not null));
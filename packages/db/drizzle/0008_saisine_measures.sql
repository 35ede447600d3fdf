ALTER TABLE "saisines" ADD COLUMN "handling_minutes" integer;--> statement-breakpoint
ALTER TABLE "saisines" ADD COLUMN "resolution_minutes" integer;--> statement-breakpoint
ALTER TABLE "saisines" ADD COLUMN "first_contact_resolution" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "saisines" ADD COLUMN "application" text;--> statement-breakpoint
CREATE INDEX "saisines_org_handled" ON "saisines" USING btree ("org_id","handled_at") WHERE handled_at is not null;--> statement-breakpoint
CREATE INDEX "saisines_org_resolved" ON "saisines" USING btree ("org_id","resolved_at") WHERE resolved_at is not null;
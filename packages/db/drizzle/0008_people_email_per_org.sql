ALTER TABLE "people" DROP CONSTRAINT "people_email_unique";--> statement-breakpoint
CREATE INDEX "people_email_index" ON "people" USING btree ("email");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_org_email" UNIQUE("org_id","email");
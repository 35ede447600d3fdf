ALTER TABLE "saisines" ALTER COLUMN "annex_version_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "saisines" ADD COLUMN "convention_id" uuid;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_convention_id_contracts_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_one_agreement" CHECK (num_nonnulls("saisines"."annex_version_id", "saisines"."convention_id") = 1);
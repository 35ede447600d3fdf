CREATE TABLE "indicator_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"annex_version_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"periodicity" text NOT NULL,
	"period_key" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"measured_on" date NOT NULL,
	"value" jsonb NOT NULL,
	"note" text,
	"evidence_url" text,
	"evidence_file_name" text,
	"evidence_media_type" text,
	"evidence_size_bytes" integer,
	"evidence_sha256" text,
	"evidence_content" "bytea",
	"author_functions" text[] DEFAULT '{}'::text[] NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_entries_known_periodicity" CHECK ("indicator_entries"."periodicity" in ('monthly', 'quarterly', 'annual')),
	CONSTRAINT "indicator_entries_period_order" CHECK ("indicator_entries"."period_from" < "indicator_entries"."period_to"),
	CONSTRAINT "indicator_entries_evidence" CHECK (("indicator_entries"."evidence_url" is not null) <> ("indicator_entries"."evidence_content" is not null)),
	CONSTRAINT "indicator_entries_file_described" CHECK ("indicator_entries"."evidence_content" is null or ("indicator_entries"."evidence_file_name" is not null and "indicator_entries"."evidence_media_type" is not null and "indicator_entries"."evidence_size_bytes" > 0 and "indicator_entries"."evidence_sha256" is not null))
);
--> statement-breakpoint
CREATE TABLE "saisine_stats" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"with_target" integer DEFAULT 0 NOT NULL,
	"met" integer DEFAULT 0 NOT NULL,
	"compacted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_annex_version_id_contract_versions_id_fk" FOREIGN KEY ("annex_version_id") REFERENCES "public"."contract_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_entries" ADD CONSTRAINT "indicator_entries_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_entries_period" ON "indicator_entries" USING btree ("org_id","indicator","period_key","created_at");--> statement-breakpoint
CREATE INDEX "saisine_stats_org_month" ON "saisine_stats" USING btree ("org_id","month","kind");--> statement-breakpoint
CREATE INDEX "saisine_stats_deltas" ON "saisine_stats" USING btree ("org_id","month","kind","key") WHERE not compacted;
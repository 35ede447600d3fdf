CREATE TABLE "rgpd_disagreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"processing_id" uuid,
	"subject" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"raised_by_label" text NOT NULL,
	"status" text NOT NULL,
	"steps" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_reference_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"document_key" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"version" text NOT NULL,
	"published_on" date NOT NULL,
	"summary" text NOT NULL,
	"published_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_reference_documents_orgId_documentKey_version_unique" UNIQUE("org_id","document_key","version"),
	CONSTRAINT "rgpd_reference_known_kind" CHECK ("rgpd_reference_documents"."kind" in ('policy', 'charter', 'technical-sheet', 'terms-of-use'))
);
--> statement-breakpoint
CREATE TABLE "rgpd_reference_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"notified_on" date NOT NULL,
	"means" text NOT NULL,
	"acknowledged_on" date,
	"recorded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_reference_notifications_documentId_orgId_unique" UNIQUE("document_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "rgpd_retention_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"processing_id" uuid NOT NULL,
	"chain_key" text NOT NULL,
	"data" text NOT NULL,
	"from_event" text NOT NULL,
	"months" integer NOT NULL,
	"action" text NOT NULL,
	"due_on" date NOT NULL,
	"cutoff_on" date NOT NULL,
	"final" boolean NOT NULL,
	"status" text NOT NULL,
	"informed_at" timestamp with time zone,
	"informed_by" text,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" text,
	"declined_reason" text,
	"done_at" timestamp with time zone,
	"done_by" text,
	"done_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_retention_known_action" CHECK ("rgpd_retention_operations"."action" in ('erase', 'anonymise', 'intermediate-archive', 'definitive-archive')),
	CONSTRAINT "rgpd_retention_known_status" CHECK ("rgpd_retention_operations"."status" in ('planned', 'commune-informed', 'confirmed', 'declined', 'done'))
);
--> statement-breakpoint
CREATE TABLE "rgpd_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"own_dpo_name" text DEFAULT '' NOT NULL,
	"own_dpo_email" text DEFAULT '' NOT NULL,
	"own_dpo_designated_on" date,
	"mission_letter_reference" text DEFAULT '' NOT NULL,
	"mission_letter_on" date,
	"correspondents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"resident_retention_months" integer NOT NULL,
	"resident_aligned_through" timestamp with time zone,
	"legacy_inventory_submitted_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processing_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"dpo_side" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"request_note" text NOT NULL,
	"requested_by_label" text NOT NULL,
	"requested_by_id" uuid,
	"given_at" timestamp with time zone,
	"outcome" text,
	"reservations" jsonb,
	"text" text,
	"given_by_label" text,
	"given_by_id" uuid,
	CONSTRAINT "rgpd_opinions_known_outcome" CHECK ("rgpd_opinions"."outcome" in ('favourable', 'favourable-with-reservations', 'unfavourable'))
);
--> statement-breakpoint
CREATE TABLE "rgpd_processings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"path" text NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"sensitive" boolean NOT NULL,
	"dpia_required" boolean NOT NULL,
	"metropole_role" text NOT NULL,
	"shared_id" uuid,
	"shared_version" integer,
	"recorded_on" date NOT NULL,
	"in_force_on" date,
	"ended_on" date,
	"end_declaration" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_processings_orgId_number_unique" UNIQUE("org_id","number"),
	CONSTRAINT "rgpd_processings_known_status" CHECK ("rgpd_processings"."status" in ('draft', 'awaiting-opinion', 'in-force', 'ended')),
	CONSTRAINT "rgpd_processings_known_path" CHECK ("rgpd_processings"."path" in ('project', 'procurement', 'direct', 'legacy', 'outside-process'))
);
--> statement-breakpoint
CREATE TABLE "rgpd_processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"address" text NOT NULL,
	"dpo_contact" text NOT NULL,
	"contract_reference" text NOT NULL,
	"contract_signed_on" date,
	"contract_expires_on" date,
	"commitments" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_shared_processings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_shared_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"processing_id" uuid NOT NULL,
	"shared_id" uuid NOT NULL,
	"from_version" integer NOT NULL,
	"to_version" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_label" text,
	"reason" text,
	CONSTRAINT "rgpd_shared_proposals_known_status" CHECK ("rgpd_shared_proposals"."status" in ('pending', 'accepted', 'declined', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "rgpd_shared_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shared_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_shared_versions_sharedId_version_unique" UNIQUE("shared_id","version")
);
--> statement-breakpoint
CREATE TABLE "rgpd_breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"natures" jsonb NOT NULL,
	"aware_at" timestamp with time zone NOT NULL,
	"handled_by" text NOT NULL,
	"saisine_id" uuid,
	"processing_ids" jsonb NOT NULL,
	"person_categories" jsonb NOT NULL,
	"approx_persons" integer,
	"data_categories" jsonb NOT NULL,
	"approx_records" bigint,
	"consequences" text NOT NULL,
	"measures_taken" text NOT NULL,
	"measures_proposed" text NOT NULL,
	"risk_level" text,
	"notified_at" timestamp with time zone,
	"cnil_reference" text,
	"late_justification" text,
	"persons_informed_at" timestamp with time zone,
	"persons_information_means" text,
	"status" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"revision" integer NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_breaches_orgId_number_unique" UNIQUE("org_id","number"),
	CONSTRAINT "rgpd_breaches_known_status" CHECK ("rgpd_breaches"."status" in ('open', 'closed')),
	CONSTRAINT "rgpd_breaches_known_handler" CHECK ("rgpd_breaches"."handled_by" in ('commune', 'metropole')),
	CONSTRAINT "rgpd_breaches_known_risk" CHECK ("rgpd_breaches"."risk_level" in ('none', 'risk', 'high')),
	CONSTRAINT "rgpd_breaches_notified_after_awareness" CHECK ("rgpd_breaches"."notified_at" is null or "rgpd_breaches"."notified_at" >= "rgpd_breaches"."aware_at")
);
--> statement-breakpoint
CREATE TABLE "rgpd_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"consulted_at" timestamp with time zone NOT NULL,
	"service" text NOT NULL,
	"observations" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_documents_known_subject" CHECK ("rgpd_documents"."subject" in ('processing', 'breach', 'request', 'retention', 'reference')),
	CONSTRAINT "rgpd_documents_size" CHECK ("rgpd_documents"."size_bytes" > 0 and "rgpd_documents"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "rgpd_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rgpd_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_contact" text NOT NULL,
	"details" text NOT NULL,
	"processing_ids" jsonb NOT NULL,
	"identity_check" text NOT NULL,
	"identity_note" text NOT NULL,
	"extended_at" timestamp with time zone,
	"extension_reason" text,
	"person_told_at" timestamp with time zone,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"outcome" text,
	"answer_summary" text,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rgpd_requests_orgId_number_unique" UNIQUE("org_id","number"),
	CONSTRAINT "rgpd_requests_known_kind" CHECK ("rgpd_requests"."kind" in ('access', 'rectification', 'erasure', 'objection', 'restriction', 'portability')),
	CONSTRAINT "rgpd_requests_known_channel" CHECK ("rgpd_requests"."channel" in ('courrier', 'courriel', 'formulaire', 'accueil')),
	CONSTRAINT "rgpd_requests_known_identity" CHECK ("rgpd_requests"."identity_check" in ('not-required', 'pending', 'verified', 'failed')),
	CONSTRAINT "rgpd_requests_known_outcome" CHECK ("rgpd_requests"."outcome" in ('granted', 'partial', 'refused', 'no-data'))
);
--> statement-breakpoint
ALTER TABLE "rgpd_disagreements" ADD CONSTRAINT "rgpd_disagreements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_disagreements" ADD CONSTRAINT "rgpd_disagreements_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_disagreements" ADD CONSTRAINT "rgpd_disagreements_processing_id_rgpd_processings_id_fk" FOREIGN KEY ("processing_id") REFERENCES "public"."rgpd_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_reference_documents" ADD CONSTRAINT "rgpd_reference_documents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_reference_notifications" ADD CONSTRAINT "rgpd_reference_notifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_reference_notifications" ADD CONSTRAINT "rgpd_reference_notifications_document_id_rgpd_reference_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."rgpd_reference_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_retention_operations" ADD CONSTRAINT "rgpd_retention_operations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_retention_operations" ADD CONSTRAINT "rgpd_retention_operations_processing_id_rgpd_processings_id_fk" FOREIGN KEY ("processing_id") REFERENCES "public"."rgpd_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_settings" ADD CONSTRAINT "rgpd_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_opinions" ADD CONSTRAINT "rgpd_opinions_processing_id_rgpd_processings_id_fk" FOREIGN KEY ("processing_id") REFERENCES "public"."rgpd_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_opinions" ADD CONSTRAINT "rgpd_opinions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_opinions" ADD CONSTRAINT "rgpd_opinions_requested_by_id_people_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_opinions" ADD CONSTRAINT "rgpd_opinions_given_by_id_people_id_fk" FOREIGN KEY ("given_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_processings" ADD CONSTRAINT "rgpd_processings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_processings" ADD CONSTRAINT "rgpd_processings_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_processings" ADD CONSTRAINT "rgpd_processings_shared_id_rgpd_shared_processings_id_fk" FOREIGN KEY ("shared_id") REFERENCES "public"."rgpd_shared_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_processors" ADD CONSTRAINT "rgpd_processors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_processors" ADD CONSTRAINT "rgpd_processors_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_processings" ADD CONSTRAINT "rgpd_shared_processings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_proposals" ADD CONSTRAINT "rgpd_shared_proposals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_proposals" ADD CONSTRAINT "rgpd_shared_proposals_processing_id_rgpd_processings_id_fk" FOREIGN KEY ("processing_id") REFERENCES "public"."rgpd_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_proposals" ADD CONSTRAINT "rgpd_shared_proposals_shared_id_rgpd_shared_processings_id_fk" FOREIGN KEY ("shared_id") REFERENCES "public"."rgpd_shared_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_versions" ADD CONSTRAINT "rgpd_shared_versions_shared_id_rgpd_shared_processings_id_fk" FOREIGN KEY ("shared_id") REFERENCES "public"."rgpd_shared_processings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_versions" ADD CONSTRAINT "rgpd_shared_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_versions" ADD CONSTRAINT "rgpd_shared_versions_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_shared_versions" ADD CONSTRAINT "rgpd_shared_versions_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_breaches" ADD CONSTRAINT "rgpd_breaches_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_breaches" ADD CONSTRAINT "rgpd_breaches_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_breaches" ADD CONSTRAINT "rgpd_breaches_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_breaches" ADD CONSTRAINT "rgpd_breaches_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_breaches" ADD CONSTRAINT "rgpd_breaches_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_consultations" ADD CONSTRAINT "rgpd_consultations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_consultations" ADD CONSTRAINT "rgpd_consultations_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_consultations" ADD CONSTRAINT "rgpd_consultations_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_documents" ADD CONSTRAINT "rgpd_documents_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_documents" ADD CONSTRAINT "rgpd_documents_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_documents" ADD CONSTRAINT "rgpd_documents_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_events" ADD CONSTRAINT "rgpd_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_events" ADD CONSTRAINT "rgpd_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_events" ADD CONSTRAINT "rgpd_events_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_requests" ADD CONSTRAINT "rgpd_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_requests" ADD CONSTRAINT "rgpd_requests_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_requests" ADD CONSTRAINT "rgpd_requests_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rgpd_requests" ADD CONSTRAINT "rgpd_requests_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rgpd_disagreements_org_id_raised_at_index" ON "rgpd_disagreements" USING btree ("org_id","raised_at");--> statement-breakpoint
CREATE INDEX "rgpd_reference_notifications_org_id_notified_on_index" ON "rgpd_reference_notifications" USING btree ("org_id","notified_on");--> statement-breakpoint
CREATE INDEX "rgpd_retention_operations_org_id_due_on_index" ON "rgpd_retention_operations" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "rgpd_retention_operations_processing_id_chain_key_index" ON "rgpd_retention_operations" USING btree ("processing_id","chain_key");--> statement-breakpoint
CREATE INDEX "rgpd_opinions_processing_id_requested_at_index" ON "rgpd_opinions" USING btree ("processing_id","requested_at");--> statement-breakpoint
CREATE INDEX "rgpd_opinions_org_id_index" ON "rgpd_opinions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "rgpd_processings_org_id_status_index" ON "rgpd_processings" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "rgpd_processings_operator_id_metropole_role_index" ON "rgpd_processings" USING btree ("operator_id","metropole_role");--> statement-breakpoint
CREATE INDEX "rgpd_processings_shared_id_index" ON "rgpd_processings" USING btree ("shared_id");--> statement-breakpoint
CREATE INDEX "rgpd_processors_operator_id_name_index" ON "rgpd_processors" USING btree ("operator_id","name");--> statement-breakpoint
CREATE INDEX "rgpd_processors_org_id_index" ON "rgpd_processors" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "rgpd_shared_proposals_processing_id_created_at_index" ON "rgpd_shared_proposals" USING btree ("processing_id","created_at");--> statement-breakpoint
CREATE INDEX "rgpd_shared_proposals_org_id_status_index" ON "rgpd_shared_proposals" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "rgpd_breaches_org_id_aware_at_index" ON "rgpd_breaches" USING btree ("org_id","aware_at");--> statement-breakpoint
CREATE INDEX "rgpd_breaches_operator_id_aware_at_index" ON "rgpd_breaches" USING btree ("operator_id","aware_at");--> statement-breakpoint
CREATE INDEX "rgpd_consultations_subject_id_consulted_at_index" ON "rgpd_consultations" USING btree ("subject_id","consulted_at");--> statement-breakpoint
CREATE INDEX "rgpd_consultations_org_id_index" ON "rgpd_consultations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "rgpd_documents_subject_id_created_at_index" ON "rgpd_documents" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "rgpd_documents_org_id_index" ON "rgpd_documents" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "rgpd_events_subject_id_at_index" ON "rgpd_events" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "rgpd_events_org_id_at_index" ON "rgpd_events" USING btree ("org_id","at");--> statement-breakpoint
CREATE INDEX "rgpd_requests_org_id_received_at_index" ON "rgpd_requests" USING btree ("org_id","received_at");--> statement-breakpoint
CREATE INDEX "rgpd_requests_operator_id_received_at_index" ON "rgpd_requests" USING btree ("operator_id","received_at");--> statement-breakpoint
CREATE INDEX "rgpd_requests_open_due" ON "rgpd_requests" USING btree ("operator_id","due_at") WHERE "rgpd_requests"."answered_at" is null;
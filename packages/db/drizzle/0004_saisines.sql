CREATE TABLE "notification_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notification_id" uuid,
	"org_id" uuid NOT NULL,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"saisine_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"milestone" text NOT NULL,
	"alert_key" text NOT NULL,
	"due_at" timestamp with time zone,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "saisine_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"xid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"operator_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"saisine_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"row_version" integer NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arbitration_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arbitration_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"decision" text NOT NULL,
	"final" boolean NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arbitration_levels_arbitrationId_level_unique" UNIQUE("arbitration_id","level"),
	CONSTRAINT "arbitration_levels_known_level" CHECK ("arbitration_levels"."level" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "arbitrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arbitrations_saisineId_unique" UNIQUE("saisine_id"),
	CONSTRAINT "arbitrations_known_kind" CHECK ("arbitrations"."kind" in ('programmation', 'fond')),
	CONSTRAINT "arbitrations_known_status" CHECK ("arbitrations"."status" in ('ouvert', 'clos'))
);
--> statement-breakpoint
CREATE TABLE "saisine_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"assignee_person_id" uuid,
	"assignee_team_id" uuid,
	"assignee_label" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"assigned_by_label" text NOT NULL,
	"target_minutes" integer,
	"elapsed_minutes" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"breached" boolean DEFAULT false NOT NULL,
	CONSTRAINT "saisine_assignments_one_assignee" CHECK (("saisine_assignments"."assignee_person_id" is null) <> ("saisine_assignments"."assignee_team_id" is null))
);
--> statement-breakpoint
CREATE TABLE "saisine_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"visibility" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saisine_attachments_size" CHECK ("saisine_attachments"."size_bytes" > 0 and "saisine_attachments"."size_bytes" <= 10485760),
	CONSTRAINT "saisine_attachments_known_visibility" CHECK ("saisine_attachments"."visibility" in ('public', 'interne'))
);
--> statement-breakpoint
CREATE TABLE "saisine_clock_segments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"assignment_id" uuid,
	"seq" integer NOT NULL,
	"state" text NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone,
	"calendar_version" text NOT NULL,
	CONSTRAINT "saisine_clock_segments_seq" UNIQUE NULLS NOT DISTINCT("saisine_id","assignment_id","seq"),
	CONSTRAINT "saisine_clock_segments_known_state" CHECK ("saisine_clock_segments"."state" in ('running', 'paused')),
	CONSTRAINT "saisine_clock_segments_ordered" CHECK ("saisine_clock_segments"."to_at" is null or "saisine_clock_segments"."to_at" >= "saisine_clock_segments"."from_at")
);
--> statement-breakpoint
CREATE TABLE "saisine_counters" (
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "saisine_counters_org_id_year_pk" PRIMARY KEY("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "saisine_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"body" text,
	"status_after" text,
	"payload" jsonb,
	"clock" jsonb,
	CONSTRAINT "saisine_events_known_visibility" CHECK ("saisine_events"."visibility" in ('public', 'interne'))
);
--> statement-breakpoint
CREATE TABLE "saisine_exceptional_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saisine_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"decided_on" date NOT NULL,
	"reasons" text NOT NULL,
	"adapted_means" text,
	"commune_manager" jsonb NOT NULL,
	"shared_service_manager" jsonb NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saisine_exceptional_decisions_saisineId_unique" UNIQUE("saisine_id"),
	CONSTRAINT "saisine_exceptional_decisions_known_outcome" CHECK ("saisine_exceptional_decisions"."outcome" in ('acceptee', 'declinee'))
);
--> statement-breakpoint
CREATE TABLE "saisines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"sub_domain" text NOT NULL,
	"nature" text NOT NULL,
	"criticality" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"site" text,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"is_open" boolean GENERATED ALWAYS AS (status not in ('close', 'refusee')) STORED NOT NULL,
	"filed_by_person_id" uuid,
	"filed_by_token_id" uuid,
	"filed_by_label" text NOT NULL,
	"filed_by_org_id" uuid NOT NULL,
	"requester_id" uuid,
	"requester_label" text,
	"on_behalf_of" jsonb,
	"resident_purge_at" timestamp with time zone,
	"resident_anonymised_at" timestamp with time zone,
	"annex_version_id" uuid NOT NULL,
	"commune_function" text,
	"shared_service_function" text NOT NULL,
	"proximity_centre" boolean NOT NULL,
	"proximity_centre_name" text,
	"needs_qualification" boolean NOT NULL,
	"qualification_reason" text,
	"calendar_version" text,
	"handling_target_minutes" integer,
	"resolution_target_minutes" integer,
	"exception_accepted" boolean DEFAULT false NOT NULL,
	"assignee_person_id" uuid,
	"assignee_team_id" uuid,
	"assignee_label" text,
	"current_assignment_id" uuid,
	"handled_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"handling_due_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"due_sort" timestamp with time zone GENERATED ALWAYS AS (coalesce(least(handling_due_at, resolution_due_at), 'infinity'::timestamptz)) STORED NOT NULL,
	"alert_at" timestamp with time zone,
	"alerts_sent" text[] DEFAULT '{}'::text[] NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"idempotency_key" text,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french'::regconfig, reference || ' ' || title), 'A') || setweight(to_tsvector('french'::regconfig, coalesce(site, '') || ' ' || description), 'B')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saisines_orgId_reference_unique" UNIQUE("org_id","reference"),
	CONSTRAINT "saisines_idempotency" UNIQUE("org_id","idempotency_key"),
	CONSTRAINT "saisines_known_type" CHECK ("saisines"."type" in ('incident', 'demande', 'conseil')),
	CONSTRAINT "saisines_known_sub_domain" CHECK ("saisines"."sub_domain" in ('A', 'B', 'C', 'D')),
	CONSTRAINT "saisines_known_nature" CHECK ("saisines"."nature" in ('ordinaire', 'urgence', 'exceptionnelle')),
	CONSTRAINT "saisines_known_criticality" CHECK ("saisines"."criticality" in ('bloquant', 'non-bloquant')),
	CONSTRAINT "saisines_known_channel" CHECK ("saisines"."channel" in ('portail', 'telephone', 'courrier', 'courriel', 'accueil', 'api')),
	CONSTRAINT "saisines_known_status" CHECK ("saisines"."status" in ('nouvelle', 'decision-attendue', 'qualifiee', 'en-cours', 'en-attente-commune', 'en-attente-tiers', 'resolue', 'close', 'refusee')),
	CONSTRAINT "saisines_one_assignee" CHECK ("saisines"."assignee_person_id" is null or "saisines"."assignee_team_id" is null),
	CONSTRAINT "saisines_row_version_positive" CHECK ("saisines"."row_version" > 0)
);
--> statement-breakpoint
CREATE TABLE "sla_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"indicator" text NOT NULL,
	"criticality" text,
	"business_minutes" integer NOT NULL,
	"compliance_percent" numeric(5, 2),
	"agreed_ref" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_targets_known_indicator" CHECK ("sla_targets"."indicator" in ('3.3.1', '3.3.2', '4.1.1', '4.1.2')),
	CONSTRAINT "sla_targets_positive" CHECK ("sla_targets"."business_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	CONSTRAINT "team_members_team_id_person_id_pk" PRIMARY KEY("team_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"manager_id" uuid,
	"ola_minutes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_operatorId_code_unique" UNIQUE("operator_id","code")
);
--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_changes" ADD CONSTRAINT "saisine_changes_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_changes" ADD CONSTRAINT "saisine_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_changes" ADD CONSTRAINT "saisine_changes_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitration_levels" ADD CONSTRAINT "arbitration_levels_arbitration_id_arbitrations_id_fk" FOREIGN KEY ("arbitration_id") REFERENCES "public"."arbitrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitration_levels" ADD CONSTRAINT "arbitration_levels_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitration_levels" ADD CONSTRAINT "arbitration_levels_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitration_levels" ADD CONSTRAINT "arbitration_levels_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arbitrations" ADD CONSTRAINT "arbitrations_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_assignments" ADD CONSTRAINT "saisine_assignments_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_assignments" ADD CONSTRAINT "saisine_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_assignments" ADD CONSTRAINT "saisine_assignments_assignee_person_id_people_id_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_assignments" ADD CONSTRAINT "saisine_assignments_assignee_team_id_teams_id_fk" FOREIGN KEY ("assignee_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_attachments" ADD CONSTRAINT "saisine_attachments_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_attachments" ADD CONSTRAINT "saisine_attachments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_attachments" ADD CONSTRAINT "saisine_attachments_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_attachments" ADD CONSTRAINT "saisine_attachments_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_clock_segments" ADD CONSTRAINT "saisine_clock_segments_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_clock_segments" ADD CONSTRAINT "saisine_clock_segments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_clock_segments" ADD CONSTRAINT "saisine_clock_segments_assignment_id_saisine_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."saisine_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_counters" ADD CONSTRAINT "saisine_counters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_events" ADD CONSTRAINT "saisine_events_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_events" ADD CONSTRAINT "saisine_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_events" ADD CONSTRAINT "saisine_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_events" ADD CONSTRAINT "saisine_events_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_exceptional_decisions" ADD CONSTRAINT "saisine_exceptional_decisions_saisine_id_saisines_id_fk" FOREIGN KEY ("saisine_id") REFERENCES "public"."saisines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_exceptional_decisions" ADD CONSTRAINT "saisine_exceptional_decisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_exceptional_decisions" ADD CONSTRAINT "saisine_exceptional_decisions_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_exceptional_decisions" ADD CONSTRAINT "saisine_exceptional_decisions_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_filed_by_person_id_people_id_fk" FOREIGN KEY ("filed_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_filed_by_token_id_api_tokens_id_fk" FOREIGN KEY ("filed_by_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_filed_by_org_id_organisations_id_fk" FOREIGN KEY ("filed_by_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_annex_version_id_contract_versions_id_fk" FOREIGN KEY ("annex_version_id") REFERENCES "public"."contract_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_assignee_person_id_people_id_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisines" ADD CONSTRAINT "saisines_assignee_team_id_teams_id_fk" FOREIGN KEY ("assignee_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_targets" ADD CONSTRAINT "sla_targets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_targets" ADD CONSTRAINT "sla_targets_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_targets" ADD CONSTRAINT "sla_targets_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_outbox_due" ON "notification_outbox" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_recipient" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_saisine" ON "notifications" USING btree ("saisine_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_unique_alert" ON "notifications" USING btree ("recipient_id","alert_key");--> statement-breakpoint
CREATE INDEX "saisine_changes_operator_cursor" ON "saisine_changes" USING btree ("operator_id","xid","seq");--> statement-breakpoint
CREATE INDEX "saisine_changes_org_cursor" ON "saisine_changes" USING btree ("org_id","xid","seq");--> statement-breakpoint
CREATE INDEX "arbitration_levels_org_id_index" ON "arbitration_levels" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "arbitrations_org_id_raised_at_index" ON "arbitrations" USING btree ("org_id","raised_at");--> statement-breakpoint
CREATE INDEX "arbitrations_operator_id_raised_at_index" ON "arbitrations" USING btree ("operator_id","raised_at");--> statement-breakpoint
CREATE INDEX "saisine_assignments_saisine" ON "saisine_assignments" USING btree ("saisine_id","assigned_at");--> statement-breakpoint
CREATE INDEX "saisine_attachments_saisine" ON "saisine_attachments" USING btree ("saisine_id","created_at");--> statement-breakpoint
CREATE INDEX "saisine_events_saisine" ON "saisine_events" USING btree ("saisine_id","id");--> statement-breakpoint
CREATE INDEX "saisine_events_clock" ON "saisine_events" USING btree ("saisine_id","id") WHERE clock is not null;--> statement-breakpoint
CREATE INDEX "saisine_exceptional_decisions_org_id_index" ON "saisine_exceptional_decisions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "saisines_org_open_due" ON "saisines" USING btree ("org_id","due_sort","id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_org_created" ON "saisines" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "saisines_requester_created" ON "saisines" USING btree ("requester_id","created_at","id");--> statement-breakpoint
CREATE INDEX "saisines_operator_open_due" ON "saisines" USING btree ("operator_id","due_sort","id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_created" ON "saisines" USING btree ("operator_id","created_at","id");--> statement-breakpoint
CREATE INDEX "saisines_assignee_person_open" ON "saisines" USING btree ("assignee_person_id","due_sort","id") WHERE is_open and assignee_person_id is not null;--> statement-breakpoint
CREATE INDEX "saisines_assignee_team_open" ON "saisines" USING btree ("assignee_team_id","due_sort","id") WHERE is_open and assignee_team_id is not null;--> statement-breakpoint
CREATE INDEX "saisines_alert_at" ON "saisines" USING btree ("alert_at") WHERE alert_at is not null;--> statement-breakpoint
CREATE INDEX "saisines_resident_purge" ON "saisines" USING btree ("resident_purge_at") WHERE resident_purge_at is not null and resident_anonymised_at is null;--> statement-breakpoint
CREATE INDEX "saisines_search" ON "saisines" USING gin ("search");--> statement-breakpoint
CREATE INDEX "sla_targets_org_id_effective_from_index" ON "sla_targets" USING btree ("org_id","effective_from");--> statement-breakpoint
CREATE INDEX "team_members_person_id_index" ON "team_members" USING btree ("person_id");
CREATE TABLE "digital_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"start_year" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"summary" text NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digital_plans_orgId_adoptedOn_unique" UNIQUE("org_id","adopted_on")
);
--> statement-breakpoint
CREATE TABLE "project_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date NOT NULL,
	"body" text NOT NULL,
	"reasons" text NOT NULL,
	"planned_year" integer,
	"meeting_ref" text,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_decisions_known_decision" CHECK ("project_decisions"."decision" in ('retenu', 'ajourne', 'non-retenu'))
);
--> statement-breakpoint
CREATE TABLE "project_effort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"half_days" integer NOT NULL,
	"activity" text NOT NULL,
	"note" text,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_effort_positive" CHECK ("project_effort"."half_days" > 0),
	CONSTRAINT "project_effort_known_activity" CHECK ("project_effort"."activity" in ('communale', 'transverse', 'mutualisee'))
);
--> statement-breakpoint
CREATE TABLE "project_phase_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"sub_domain" text,
	"status" text NOT NULL,
	"fiche" jsonb,
	"study" jsonb,
	"estimated_half_days" integer,
	"personal_data" boolean,
	"dpo_opinion" jsonb,
	"plan_projet" jsonb,
	"mission_letter" jsonb,
	"planned_year" integer,
	"delivered_on" date,
	"filed_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_token_id" uuid,
	"actor_label" text NOT NULL,
	"actor_side" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_known_kind" CHECK ("projects"."kind" in ('projet', 'mission')),
	CONSTRAINT "projects_known_scope" CHECK ("projects"."scope" in ('communal', 'collectif', 'metropolitain')),
	CONSTRAINT "projects_known_status" CHECK ("projects"."status" in ('depose', 'etudie', 'ajourne', 'non-retenu', 'cadrage', 'realisation', 'deploiement', 'livre', 'abandonne')),
	CONSTRAINT "projects_fiche_or_letter" CHECK (("projects"."kind" = 'projet') = ("projects"."fiche" is not null))
);
--> statement-breakpoint
ALTER TABLE "digital_plans" ADD CONSTRAINT "digital_plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_plans" ADD CONSTRAINT "digital_plans_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digital_plans" ADD CONSTRAINT "digital_plans_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD CONSTRAINT "project_decisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD CONSTRAINT "project_decisions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD CONSTRAINT "project_decisions_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_decisions" ADD CONSTRAINT "project_decisions_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_effort" ADD CONSTRAINT "project_effort_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_effort" ADD CONSTRAINT "project_effort_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_effort" ADD CONSTRAINT "project_effort_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_effort" ADD CONSTRAINT "project_effort_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phase_changes" ADD CONSTRAINT "project_phase_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phase_changes" ADD CONSTRAINT "project_phase_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phase_changes" ADD CONSTRAINT "project_phase_changes_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phase_changes" ADD CONSTRAINT "project_phase_changes_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_actor_token_id_api_tokens_id_fk" FOREIGN KEY ("actor_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_decisions_project_id_index" ON "project_decisions" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_decisions_org_id_index" ON "project_decisions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "project_effort_org_id_worked_on_index" ON "project_effort" USING btree ("org_id","worked_on");--> statement-breakpoint
CREATE INDEX "project_effort_project_id_index" ON "project_effort" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_phase_changes_project_id_index" ON "project_phase_changes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_phase_changes_org_id_index" ON "project_phase_changes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "projects_org_id_filed_at_index" ON "projects" USING btree ("org_id","filed_at");
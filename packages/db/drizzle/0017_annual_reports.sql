CREATE TABLE "annual_report_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"stage" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_report_reminders_once" UNIQUE("org_id","year","stage"),
	CONSTRAINT "annual_report_reminders_known_stage" CHECK ("annual_report_reminders"."stage" in ('month', 'week', 'overdue'))
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" text NOT NULL,
	"operator_comment" text DEFAULT '' NOT NULL,
	"commune_comment" text DEFAULT '' NOT NULL,
	"action_plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gap_explanations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"validated_at" timestamp with time zone,
	"validated_by" text,
	"sent_at" timestamp with time zone,
	"sent_by" text,
	"presented_on" date,
	"presented_at" timestamp with time zone,
	"presented_by" text,
	"pdf" "bytea",
	"pdf_sha256" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_reports_org_year" UNIQUE("org_id","year"),
	CONSTRAINT "annual_reports_known_status" CHECK ("annual_reports"."status" in ('draft', 'reviewed', 'validated', 'sent', 'presented')),
	CONSTRAINT "annual_reports_sent_has_pdf" CHECK ("annual_reports"."status" not in ('sent', 'presented') or ("annual_reports"."pdf" is not null and "annual_reports"."pdf_sha256" is not null and "annual_reports"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "annual_report_reminders" ADD CONSTRAINT "annual_report_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_reminders" ADD CONSTRAINT "annual_report_reminders_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_reports_operator_id_year_index" ON "annual_reports" USING btree ("operator_id","year");
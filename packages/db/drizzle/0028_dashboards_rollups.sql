CREATE TABLE "saisine_month_figures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"filed" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"handling_met" integer DEFAULT 0 NOT NULL,
	"handling_with_target" integer DEFAULT 0 NOT NULL,
	"resolution_met" integer DEFAULT 0 NOT NULL,
	"resolution_with_target" integer DEFAULT 0 NOT NULL,
	"first_contact" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"compacted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saisine_operator_stats" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"operator_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	"with_target" integer DEFAULT 0 NOT NULL,
	"met" integer DEFAULT 0 NOT NULL,
	"compacted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "saisine_month_figures_org_month" ON "saisine_month_figures" USING btree ("org_id","month","filed","closed","handling_met","handling_with_target","resolution_met","resolution_with_target","first_contact","registered");--> statement-breakpoint
CREATE INDEX "saisine_month_figures_deltas" ON "saisine_month_figures" USING btree ("org_id","month") WHERE not compacted;--> statement-breakpoint
CREATE INDEX "saisine_operator_stats_month" ON "saisine_operator_stats" USING btree ("operator_id","month","kind","key","n","with_target","met");--> statement-breakpoint
CREATE INDEX "saisine_operator_stats_deltas" ON "saisine_operator_stats" USING btree ("operator_id","month","kind","key") WHERE not compacted;
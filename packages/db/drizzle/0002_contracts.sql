CREATE TABLE "contract_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"amendment_number" integer,
	"subject" text,
	"status" text NOT NULL,
	"signed_on" date,
	"effective_from" date,
	"annex" jsonb NOT NULL,
	"based_on_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "contract_versions_contractId_seq_unique" UNIQUE("contract_id","seq"),
	CONSTRAINT "contract_versions_known_status" CHECK ("contract_versions"."status" in ('draft', 'signed')),
	CONSTRAINT "contract_versions_known_kind" CHECK ("contract_versions"."kind" in ('original', 'amendment')),
	CONSTRAINT "contract_versions_signed_complete" CHECK ("contract_versions"."status" = 'draft' or ("contract_versions"."effective_from" is not null and "contract_versions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"effective_from" date,
	"notice_given_on" date,
	"effective_to" date,
	"termination_ref" text,
	"tariff_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_orgId_kind_unique" UNIQUE("org_id","kind"),
	CONSTRAINT "contracts_id_orgId_unique" UNIQUE("id","org_id"),
	CONSTRAINT "contracts_known_kind" CHECK ("contracts"."kind" in ('engagement', 'convention')),
	CONSTRAINT "contracts_end_after_start" CHECK ("contracts"."effective_to" is null or "contracts"."effective_from" is null or "contracts"."effective_to" > "contracts"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"subscription" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"decision_ref" text NOT NULL,
	"decided_on" date,
	"audit_invoiced_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_end_after_start" CHECK ("memberships"."effective_to" is null or "memberships"."effective_to" > "memberships"."effective_from"),
	CONSTRAINT "memberships_known_subscription" CHECK ("memberships"."subscription" in ('socle-complet', 'audit', 'groupement-achats', 'audit+groupement-achats'))
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"approved_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariffs_operatorId_code_unique" UNIQUE("operator_id","code")
);
--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_versions" ADD CONSTRAINT "contract_versions_contract_id_org_id_contracts_id_org_id_fk" FOREIGN KEY ("contract_id","org_id") REFERENCES "public"."contracts"("id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_contract_id_org_id_contracts_id_org_id_fk" FOREIGN KEY ("contract_id","org_id") REFERENCES "public"."contracts"("id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_versions_one_draft" ON "contract_versions" USING btree ("contract_id") WHERE "contract_versions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "contract_versions_org_id_index" ON "contract_versions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "contracts_operator_id_index" ON "contracts" USING btree ("operator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_open_period" ON "memberships" USING btree ("contract_id") WHERE "memberships"."effective_to" is null;--> statement-breakpoint
CREATE INDEX "memberships_org_id_index" ON "memberships" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "memberships_contract_id_effective_from_index" ON "memberships" USING btree ("contract_id","effective_from");
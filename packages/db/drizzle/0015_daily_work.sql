CREATE TABLE "notification_preferences" (
	"person_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"delivery" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_person_id_kind_pk" PRIMARY KEY("person_id","kind"),
	CONSTRAINT "notification_preferences_known_kind" CHECK ("notification_preferences"."kind" in ('assigned', 'waiting-commune', 'sla-warning', 'sla-breach', 'resolved', 'public-comment', 'decision-expected')),
	CONSTRAINT "notification_preferences_known_delivery" CHECK ("notification_preferences"."delivery" in ('app', 'email'))
);
--> statement-breakpoint
CREATE TABLE "saisine_final_counts" (
	"org_id" uuid NOT NULL,
	"operator_id" uuid NOT NULL,
	"status" text NOT NULL,
	"type" text NOT NULL,
	"sub_domain" text NOT NULL,
	"nature" text NOT NULL,
	"criticality" text NOT NULL,
	"saisines" bigint NOT NULL,
	CONSTRAINT "saisine_final_counts_org_id_status_type_sub_domain_nature_criticality_pk" PRIMARY KEY("org_id","status","type","sub_domain","nature","criticality")
);
--> statement-breakpoint
CREATE TABLE "saisine_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saisine_views_name" UNIQUE NULLS NOT DISTINCT("org_id","owner_id","name")
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "milestone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "actor_label" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_final_counts" ADD CONSTRAINT "saisine_final_counts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_final_counts" ADD CONSTRAINT "saisine_final_counts_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_views" ADD CONSTRAINT "saisine_views_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_views" ADD CONSTRAINT "saisine_views_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saisine_views" ADD CONSTRAINT "saisine_views_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saisine_views_owner" ON "saisine_views" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_unread" ON "notifications" USING btree ("recipient_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "notifications_email_pending" ON "notifications" USING btree ("created_at") WHERE email_status = 'pending';--> statement-breakpoint
CREATE INDEX "saisines_operator_open_created" ON "saisines" USING btree ("operator_id","created_at","id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_updated" ON "saisines" USING btree ("operator_id","updated_at","id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_reference" ON "saisines" USING btree ("operator_id","reference","id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_title" ON "saisines" USING btree ("operator_id",lower(translate("title", 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')),"id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_status" ON "saisines" USING btree ("operator_id",array_position('{nouvelle,decision-attendue,qualifiee,en-cours,en-attente-commune,en-attente-tiers,resolue,close,refusee}'::text[], "status"),"id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_assignee" ON "saisines" USING btree ("operator_id",lower(translate(coalesce("assignee_label", ''), 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')),"id") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_due" ON "saisines" USING btree ("operator_id","due_sort","id");--> statement-breakpoint
CREATE INDEX "saisines_operator_updated" ON "saisines" USING btree ("operator_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "saisines_operator_reference" ON "saisines" USING btree ("operator_id","reference","id");--> statement-breakpoint
CREATE INDEX "saisines_operator_title" ON "saisines" USING btree ("operator_id",lower(translate("title", 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')),"id");--> statement-breakpoint
CREATE INDEX "saisines_operator_status" ON "saisines" USING btree ("operator_id",array_position('{nouvelle,decision-attendue,qualifiee,en-cours,en-attente-commune,en-attente-tiers,resolue,close,refusee}'::text[], "status"),"id");--> statement-breakpoint
CREATE INDEX "saisines_operator_assignee" ON "saisines" USING btree ("operator_id",lower(translate(coalesce("assignee_label", ''), 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')),"id");--> statement-breakpoint
CREATE INDEX "saisines_operator_open_counts" ON "saisines" USING btree ("operator_id","status","org_id","sub_domain","type","nature","criticality") WHERE is_open;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_known_kind" CHECK ("notifications"."kind" in ('assigned', 'waiting-commune', 'sla-warning', 'sla-breach', 'resolved', 'public-comment', 'decision-expected'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_known_email_status" CHECK ("notifications"."email_status" in ('pending', 'queued', 'none'));
DROP INDEX "saisines_org_handled";--> statement-breakpoint
DROP INDEX "saisines_org_resolved";--> statement-breakpoint
DROP INDEX "saisine_stats_org_month";--> statement-breakpoint
CREATE INDEX "saisines_org_open_tiles" ON "saisines" USING btree ("org_id","status","due_sort","warn_at","created_at","requester_id","is_open") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisines_operator_open_tiles" ON "saisines" USING btree ("operator_id","org_id","status","due_sort","warn_at","created_at","is_open") WHERE is_open;--> statement-breakpoint
CREATE INDEX "saisine_stats_backlog" ON "saisine_stats" USING btree ("org_id","month","kind","n") WHERE kind in ('filed', 'closed');--> statement-breakpoint
CREATE INDEX "saisines_org_handled" ON "saisines" USING btree ("org_id","handled_at","handling_minutes","type","sub_domain","nature") WHERE handled_at is not null;--> statement-breakpoint
CREATE INDEX "saisines_org_resolved" ON "saisines" USING btree ("org_id","resolved_at","resolution_minutes","type","sub_domain","nature") WHERE resolved_at is not null;--> statement-breakpoint
CREATE INDEX "saisine_stats_org_month" ON "saisine_stats" USING btree ("org_id","month","kind","key","n","with_target","met");
DROP INDEX "saisines_search";--> statement-breakpoint
CREATE INDEX "saisines_search_closed" ON "saisines" USING gin ("search") WITH (fastupdate=false) WHERE not is_open;
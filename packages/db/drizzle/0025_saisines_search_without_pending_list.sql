-- The search indexes keep no pending list (docs/adr/0034): set in place, not rebuilt (a rebuild of
-- the full-history index takes minutes at a million saisines); what the pending list already
-- holds is moved into the index now rather than at the next vacuum.
ALTER INDEX "saisines_search" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "saisines_search_open" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list('saisines_search'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('saisines_search_open'::regclass);

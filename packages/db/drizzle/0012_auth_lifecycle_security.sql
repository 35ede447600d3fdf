-- Password resets and single sign-on belong to the authentication layer only, like sessions:
-- row-level security forced, no grant to mutu_app, system work alone may read or write them.
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_identities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_identities FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_logins ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_logins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY password_resets_system ON password_resets USING (mutu_is_system()) WITH CHECK (mutu_is_system());
--> statement-breakpoint
CREATE POLICY oidc_identities_system ON oidc_identities USING (mutu_is_system()) WITH CHECK (mutu_is_system());
--> statement-breakpoint
CREATE POLICY oidc_logins_system ON oidc_logins USING (mutu_is_system()) WITH CHECK (mutu_is_system());

-- Row-level security: the database refuses cross-tenant rows even if a query forgets its filter.
-- The application switches to the non-owner role `mutu_app` inside every tenant transaction
-- (set_config('role', ...) is transaction-local), and sets `mutu.org_ids` / `mutu.operator_id`
-- with set_config(..., true) — never a session-wide SET.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mutu_app') THEN
    CREATE ROLE mutu_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT mutu_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL; -- already a member, or a superuser who needs no grant
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO mutu_app;
--> statement-breakpoint
CREATE FUNCTION mutu_visible_org_ids() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_to_array(nullif(current_setting('mutu.org_ids', true), ''), ',')::uuid[], '{}') $$;
--> statement-breakpoint
CREATE FUNCTION mutu_operator_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('mutu.operator_id', true), '')::uuid $$;
--> statement-breakpoint
-- System work (sign-in, seeding, maintenance) runs as the owner and must say so in its transaction:
-- the owner is subject to RLS too (FORCE), so a forgotten scope fails closed.
CREATE FUNCTION mutu_is_system() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('mutu.system', true), '') = 'on' AND current_user <> 'mutu_app' $$;
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisations_tenant ON organisations TO mutu_app
  USING (id = ANY (mutu_visible_org_ids()) OR id = mutu_operator_id())
  WITH CHECK (id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
GRANT SELECT, UPDATE ON organisations TO mutu_app;
--> statement-breakpoint
ALTER TABLE functions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE functions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY functions_tenant ON functions TO mutu_app
  USING (operator_id = mutu_operator_id());
--> statement-breakpoint
GRANT SELECT ON functions TO mutu_app;
--> statement-breakpoint
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE people FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY people_tenant ON people TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON people TO mutu_app;
--> statement-breakpoint
ALTER TABLE person_functions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE person_functions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_functions_tenant ON person_functions TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON person_functions TO mutu_app;
--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_tokens_tenant ON api_tokens TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON api_tokens TO mutu_app;
--> statement-breakpoint
-- Sessions and sign-in attempts belong to the authentication layer only: no grant to mutu_app.
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sign_in_attempts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sign_in_attempts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_read ON audit_log FOR SELECT TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO mutu_app
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO mutu_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_seq_seq TO mutu_app;
--> statement-breakpoint
CREATE FUNCTION mutu_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Le journal d''audit est en ajout seul : % refusé.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION mutu_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION mutu_audit_append_only();
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisations','functions','people','person_functions','api_tokens',
                           'sessions','sign_in_attempts','audit_log'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I USING (mutu_is_system()) WITH CHECK (mutu_is_system())',
                   t || '_system', t);
  END LOOP;
END $$;

-- Row-level security for contracts, as in 0001: the tenant role sees the rows of the organisations
-- in `mutu.org_ids`, system work is flagged, and the owner is bound too (FORCE), so it fails closed.
ALTER TABLE tariffs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tariffs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A tariff is the operator's catalogue: its members read it, nobody changes it through the API.
CREATE POLICY tariffs_tenant ON tariffs FOR SELECT TO mutu_app
  USING (operator_id = mutu_operator_id());
--> statement-breakpoint
GRANT SELECT ON tariffs TO mutu_app;
--> statement-breakpoint
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contracts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contracts_tenant ON contracts TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
-- No DELETE: a contract ends (notice, end date), it is not erased.
GRANT SELECT, INSERT, UPDATE ON contracts TO mutu_app;
--> statement-breakpoint
ALTER TABLE contract_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contract_versions_tenant ON contract_versions FOR SELECT TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
CREATE POLICY contract_versions_tenant_insert ON contract_versions FOR INSERT TO mutu_app
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
-- Only drafts can be targeted by UPDATE or DELETE: a signed version is out of reach of the tenant
-- role altogether, and the trigger below refuses it to everyone else.
CREATE POLICY contract_versions_tenant_draft_update ON contract_versions FOR UPDATE TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()) AND status = 'draft')
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
CREATE POLICY contract_versions_tenant_draft_delete ON contract_versions FOR DELETE TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()) AND status = 'draft');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON contract_versions TO mutu_app;
--> statement-breakpoint
CREATE FUNCTION mutu_signed_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'Version signée du contrat : elle ne peut plus être ni modifiée ni supprimée (% refusé). Préparez un nouvel avenant.', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER contract_versions_signed_immutable BEFORE UPDATE OR DELETE ON contract_versions
  FOR EACH ROW EXECUTE FUNCTION mutu_signed_version_immutable();
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY memberships_tenant ON memberships TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
-- No DELETE: a change of choice closes a period and opens another, so the history stays.
GRANT SELECT, INSERT, UPDATE ON memberships TO mutu_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tariffs','contracts','contract_versions','memberships'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I USING (mutu_is_system()) WITH CHECK (mutu_is_system())',
                   t || '_system', t);
  END LOOP;
END $$;

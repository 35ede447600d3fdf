-- Row-level security for the RGPD registers, as in 0005: the tenant role sees the rows of the
-- organisations in `mutu.org_ids`, system work (seed, maintenance) is flagged, and the owner is
-- bound too (FORCE), so a forgotten scope fails closed. The policies call the scope functions
-- through a scalar subquery, evaluated once per statement.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['rgpd_processings','rgpd_opinions','rgpd_shared_processings',
                           'rgpd_shared_versions','rgpd_shared_proposals','rgpd_processors',
                           'rgpd_breaches','rgpd_requests','rgpd_consultations','rgpd_events',
                           'rgpd_documents','rgpd_settings','rgpd_retention_operations',
                           'rgpd_reference_documents','rgpd_reference_notifications',
                           'rgpd_disagreements'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT mutu_is_system())) WITH CHECK ((SELECT mutu_is_system()))',
                   t || '_system', t);
    EXECUTE format('CREATE POLICY %I ON %I TO mutu_app
                      USING (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))
                      WITH CHECK (org_id = ANY ((SELECT mutu_visible_org_ids())::uuid[]))',
                   t || '_tenant', t);
  END LOOP;
  -- What the operator publishes for all its communes: shared processing, its vendors, the
  -- référentiel. A commune reads them (its scope names its operator), never writes them.
  FOREACH t IN ARRAY ARRAY['rgpd_shared_processings','rgpd_shared_versions','rgpd_processors',
                           'rgpd_reference_documents'] LOOP
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO mutu_app
                      USING (org_id = (SELECT mutu_operator_id()))',
                   t || '_operator_read', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The files of the référentiel too (documents about a reference version, kept by the operator).
CREATE POLICY rgpd_documents_reference_read ON rgpd_documents FOR SELECT TO mutu_app
  USING (subject = 'reference' AND org_id = (SELECT mutu_operator_id()));
--> statement-breakpoint
-- Minimal grants. Nothing of a register is ever deleted but a retention pass still to come when
-- its processing's periods change (see the trigger); evidence tables are append-only.
GRANT SELECT, INSERT, UPDATE ON rgpd_processings, rgpd_shared_processings, rgpd_shared_proposals,
  rgpd_processors, rgpd_breaches, rgpd_requests, rgpd_settings, rgpd_reference_notifications,
  rgpd_disagreements, rgpd_opinions TO mutu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON rgpd_shared_versions, rgpd_consultations, rgpd_events, rgpd_documents,
  rgpd_reference_documents TO mutu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rgpd_retention_operations TO mutu_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE rgpd_events_id_seq TO mutu_app;
--> statement-breakpoint
-- Evidence is written once: events, consultations, documents and the versions of a shared
-- processing are never rewritten nor removed, by anyone.
CREATE FUNCTION mutu_rgpd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Pièce du registre RGPD en ajout seul (%) : % refusé.', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['rgpd_events','rgpd_consultations','rgpd_documents',
                           'rgpd_shared_versions','rgpd_reference_documents'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I
                      FOR EACH ROW EXECUTE FUNCTION mutu_rgpd_append_only()', t || '_append_only', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I
                      FOR EACH STATEMENT EXECUTE FUNCTION mutu_rgpd_append_only()', t || '_no_truncate', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A DPO's opinion is given once: the request is filled in with the answer, and never after.
CREATE FUNCTION mutu_rgpd_opinion_given_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.outcome IS NOT NULL THEN
    RAISE EXCEPTION 'L''avis du DPO est rendu : il ne peut plus être modifié (% refusé).', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.processing_id, NEW.org_id, NEW.revision, NEW.dpo_side, NEW.requested_at, NEW.request_note,
      NEW.requested_by_label, NEW.requested_by_id)
     IS DISTINCT FROM
     (OLD.processing_id, OLD.org_id, OLD.revision, OLD.dpo_side, OLD.requested_at, OLD.request_note,
      OLD.requested_by_label, OLD.requested_by_id) THEN
    RAISE EXCEPTION 'La demande d''avis ne peut pas être réécrite.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER rgpd_opinions_given_once BEFORE UPDATE OR DELETE ON rgpd_opinions
  FOR EACH ROW EXECUTE FUNCTION mutu_rgpd_opinion_given_once();
--> statement-breakpoint
-- A retention pass that has started (the commune told, confirmed, done) is history: only one still
-- to come may be removed, when its processing's periods change.
CREATE FUNCTION mutu_rgpd_retention_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'planned' THEN
    RAISE EXCEPTION 'Opération de fin de conservation engagée : elle ne peut pas être supprimée.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER rgpd_retention_operations_history BEFORE DELETE ON rgpd_retention_operations
  FOR EACH ROW EXECUTE FUNCTION mutu_rgpd_retention_history();
--> statement-breakpoint
-- A closed breach stays in the register as it was closed, with its evidence.
CREATE FUNCTION mutu_rgpd_breach_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'closed' THEN
    RAISE EXCEPTION 'La violation est close : elle reste au registre telle quelle (% refusé).', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER rgpd_breaches_closed BEFORE UPDATE OR DELETE ON rgpd_breaches
  FOR EACH ROW EXECUTE FUNCTION mutu_rgpd_breach_closed();

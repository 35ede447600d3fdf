-- Row-level security for annual reports, as for contracts: the tenant role sees the reports of the
-- organisations it may see (a commune its own, the operator its members'), system work is flagged.
ALTER TABLE annual_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE annual_reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annual_reports_tenant ON annual_reports TO mutu_app
  USING (org_id = ANY (mutu_visible_org_ids()))
  WITH CHECK (org_id = ANY (mutu_visible_org_ids()));
--> statement-breakpoint
CREATE POLICY annual_reports_system ON annual_reports USING (mutu_is_system()) WITH CHECK (mutu_is_system());
--> statement-breakpoint
-- No DELETE: a report is the year's record.
GRANT SELECT, INSERT, UPDATE ON annual_reports TO mutu_app;
--> statement-breakpoint
-- Reminders are the periodic work's bookkeeping: system work alone reads and writes them.
ALTER TABLE annual_report_reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE annual_report_reminders FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY annual_report_reminders_system ON annual_report_reminders USING (mutu_is_system()) WITH CHECK (mutu_is_system());
--> statement-breakpoint
-- A sent report is immutable, for every role (the owner too): only its presentation to the
-- municipal council is recorded, once. The API refuses first with the same words.
CREATE FUNCTION mutu_sent_report_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('sent', 'presented') THEN
    IF TG_OP = 'UPDATE' AND OLD.status = 'sent' AND NEW.status = 'presented'
       AND (to_jsonb(NEW) - ARRAY['status','presented_on','presented_at','presented_by','version'])
         = (to_jsonb(OLD) - ARRAY['status','presented_on','presented_at','presented_by','version']) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Ce rapport a été envoyé : il ne peut plus être modifié (% refusé).', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER annual_reports_sent_immutable BEFORE UPDATE OR DELETE ON annual_reports
  FOR EACH ROW EXECUTE FUNCTION mutu_sent_report_immutable();

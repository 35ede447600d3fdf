-- Who is calling, in one statement and one round trip: every request starts by resolving its
-- session, which as a system transaction took four (begin, flag, select, commit). The function
-- raises the system flag for its own query only and lowers it before returning; outside an explicit
-- transaction the flag would end with the statement anyway. Only the owner may run it: the tenant
-- role `mutu_app` cannot (and mutu_is_system() ignores the flag for that role regardless).
CREATE FUNCTION mutu_session_caller(p_token_hash text) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  caller json;
BEGIN
  PERFORM set_config('mutu.system', 'on', true);
  SELECT json_build_object(
    'createdAt', floor(extract(epoch FROM s.created_at) * 1000),
    'lastSeenAt', floor(extract(epoch FROM s.last_seen_at) * 1000),
    'person', json_build_object('id', p.id, 'displayName', p.display_name, 'email', p.email),
    'org', json_build_object('id', o.id, 'kind', o.kind, 'operatorId', o.operator_id, 'name', o.name),
    'functions', coalesce((
      SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'label', f.label, 'permissions', f.permissions) ORDER BY f.label)
      FROM person_functions pf JOIN functions f ON f.id = pf.function_id
      WHERE pf.person_id = p.id), '[]'::json),
    'members', CASE WHEN o.kind = 'operator' THEN coalesce((
      SELECT json_agg(m.id ORDER BY m.id) FROM organisations m WHERE m.operator_id = o.id), '[]'::json)
      ELSE '[]'::json END)
  INTO caller
  FROM sessions s
  JOIN people p ON p.id = s.person_id
  JOIN organisations o ON o.id = p.org_id
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND p.active;
  PERFORM set_config('mutu.system', '', true);
  RETURN caller;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION mutu_session_caller(text) FROM PUBLIC;

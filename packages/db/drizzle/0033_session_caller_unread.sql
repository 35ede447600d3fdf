-- The header's unread count, read in the same statement as the session's caller (0007): every
-- open page asks for it every minute, on its own, and it is then answered in one round trip
-- instead of three (caller; begin, scope and count; commit) — ADR 0044. The count is the session
-- person's own; like mutu_session_caller, the function raises the system flag for its own query
-- only and lowers it before returning, and only the owner may run it.
CREATE FUNCTION mutu_session_unread(p_token_hash text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  unread bigint;
BEGIN
  PERFORM set_config('mutu.system', 'on', true);
  SELECT count(*) INTO unread
  FROM sessions s
  JOIN notifications n ON n.recipient_id = s.person_id AND n.read_at IS NULL
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL;
  PERFORM set_config('mutu.system', '', true);
  RETURN unread;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION mutu_session_unread(text) FROM PUBLIC;

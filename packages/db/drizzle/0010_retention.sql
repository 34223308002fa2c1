-- Retention (PIPL arts. 6, 19, 47): the audit log stays append-only, except
-- for one controlled path that removes rows past their retention term.
-- The row trigger now refuses every UPDATE, and every DELETE unless the
-- transaction-local setting sentinel.audit_purge_before is set and the row is
-- older than it. Only purge_audit_log() sets it (and clears it again before
-- returning), and it refuses a cutoff younger than 180 days (Cybersecurity
-- Law art. 21: network logs are kept at least six months). A stray
-- `DELETE FROM audit_log` is still refused. This guards against application
-- bugs and casual tampering, not against the database owner (who could drop
-- the trigger): see docs/roles.md, "Retention".
CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  purge_before text := current_setting('sentinel.audit_purge_before', true);
BEGIN
  IF TG_OP = 'DELETE' AND purge_before IS NOT NULL AND purge_before <> '' AND OLD."at" < purge_before::timestamptz THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% 只能追加，不能修改或删除 (append-only)', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;--> statement-breakpoint
DROP TRIGGER "audit_log_append_only" ON "audit_log";--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();--> statement-breakpoint
CREATE FUNCTION "purge_audit_log"(cutoff timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  removed integer;
BEGIN
  IF cutoff > now() - interval '180 days' THEN
    RAISE EXCEPTION '审计日志至少保留 180 天，不能删除 % 之后的记录 (audit log kept at least 180 days)', cutoff USING ERRCODE = 'P0001';
  END IF;
  PERFORM set_config('sentinel.audit_purge_before', cutoff::text, true);
  DELETE FROM "audit_log" WHERE "at" < cutoff;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('sentinel.audit_purge_before', '', true);
  RETURN removed;
END;
$$;

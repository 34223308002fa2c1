-- Failed and throttled sign-ins are audited with no actor (nobody is signed in), and the audit log refuses TRUNCATE (issue #13).
ALTER TABLE "audit_log" ALTER COLUMN "actor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "actor_role" DROP NOT NULL;--> statement-breakpoint
-- TRUNCATE skips row triggers, so the append-only rule (0002, 0010) did not
-- cover it: a statement trigger refuses it too (issue #13).
CREATE FUNCTION "refuse_audit_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% 只能追加，不能清空 (append-only, TRUNCATE refused)', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_truncate"();

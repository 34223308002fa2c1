-- Detection as jobs per subdistrict (#15): a run says which subdistrict it
-- scored (NULL = every house in the database, the one-process path) and which
-- trigger stored it (the fan-out job's key). One succeeded run per
-- subdistrict, as-of day and trigger: a job retried after its worker died
-- cannot store the same run twice, because the key is written in the same
-- transaction as the alerts. Manual runs have no trigger (NULLs never clash).
ALTER TABLE "detection_runs" ADD COLUMN "subdistrict" text;--> statement-breakpoint
ALTER TABLE "detection_runs" ADD COLUMN "run_trigger" text;--> statement-breakpoint
CREATE UNIQUE INDEX "detection_runs_trigger_uq" ON "detection_runs" ("subdistrict", "as_of_day", "run_trigger");--> statement-breakpoint
-- Which worker holds a running job (host:pid), for the admin and for fencing.
ALTER TABLE "jobs" ADD COLUMN "locked_by" text;--> statement-breakpoint
-- A subdistrict job loads only its houses (and their meters and events through them).
CREATE INDEX "houses_subdistrict_idx" ON "houses" ("subdistrict", "house_id");

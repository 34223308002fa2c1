-- Background work (#14): the 一网统管 outbox parks an event after its last
-- allowed attempt (an admin retries it), and a job table that the in-process
-- runner uses on both engines: import -> detection -> notifications, retried,
-- one at a time per queue (a subdistrict), resumed after a crash (lease).
ALTER TABLE "webhook_outbox" ADD COLUMN "parked_at" timestamp with time zone;--> statement-breakpoint
CREATE TABLE "jobs" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "kind" text NOT NULL,
  "queue" text NOT NULL,
  "payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
  "status" text NOT NULL,
  "attempts" integer DEFAULT 0 NOT NULL,
  "max_attempts" integer NOT NULL,
  "run_at" timestamp with time zone NOT NULL,
  "locked_until" timestamp with time zone,
  "created_at" timestamp with time zone NOT NULL,
  "started_at" timestamp with time zone,
  "finished_at" timestamp with time zone,
  "last_error" text,
  "result" jsonb,
  "dedupe_key" text,
  CONSTRAINT "jobs_status_check" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'))
);--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_key_idx" ON "jobs" ("dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" ("status", "run_at");

CREATE TYPE "public"."detection_run_status" AS ENUM('succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "alerts" (
	"run_id" text NOT NULL,
	"house_id" text NOT NULL,
	"rank" integer NOT NULL,
	"score" double precision NOT NULL,
	"level" "alert_level" NOT NULL,
	"onset_day" date,
	"estimated_occupants" real,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "alerts_pk" PRIMARY KEY("run_id","house_id")
);
--> statement-breakpoint
CREATE TABLE "detection_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"as_of_day" date NOT NULL,
	"model_version" text NOT NULL,
	"params" jsonb NOT NULL,
	"calibration" jsonb,
	"status" "detection_run_status" NOT NULL,
	"house_count" integer DEFAULT 0 NOT NULL,
	"red_count" integer DEFAULT 0 NOT NULL,
	"yellow_count" integer DEFAULT 0 NOT NULL,
	"green_count" integer DEFAULT 0 NOT NULL,
	"label_count" integer DEFAULT 0 NOT NULL,
	"triggered_by" text NOT NULL,
	"duration_ms" integer NOT NULL,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_run_id_detection_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."detection_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_run_rank_uq" ON "alerts" USING btree ("run_id","rank");--> statement-breakpoint
CREATE INDEX "alerts_run_level_rank_idx" ON "alerts" USING btree ("run_id","level","rank");--> statement-breakpoint
CREATE INDEX "alerts_house_idx" ON "alerts" USING btree ("house_id");--> statement-breakpoint
CREATE INDEX "detection_runs_status_started_idx" ON "detection_runs" USING btree ("status","started_at" DESC NULLS LAST);
CREATE TYPE "public"."access_method" AS ENUM('card', 'face', 'app', 'password');--> statement-breakpoint
CREATE TYPE "public"."complaint_channel" AS ENUM('12345', 'patrol', 'resident', 'property', 'police', 'other');--> statement-breakpoint
CREATE TYPE "public"."dataset_table" AS ENUM('houses', 'meters', 'readings', 'access_events', 'complaints', 'inspections');--> statement-breakpoint
CREATE TYPE "public"."import_batch_status" AS ENUM('running', 'imported', 'unchanged', 'failed');--> statement-breakpoint
CREATE TYPE "public"."inspection_result" AS ENUM('confirmed', 'not_confirmed', 'no_access');--> statement-breakpoint
CREATE TYPE "public"."meter_kind" AS ENUM('water', 'electricity', 'gas');--> statement-breakpoint
CREATE TYPE "public"."meter_unit" AS ENUM('m3', 'kWh');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('ops_center', 'safety_office', 'committee', 'property', 'enforcement', 'police', 'construction', 'market', 'grid_worker', 'admin');--> statement-breakpoint
CREATE TYPE "public"."alert_level" AS ENUM('red', 'yellow', 'green');--> statement-breakpoint
CREATE TYPE "public"."case_source" AS ENUM('whistle', '12345', 'patrol', 'resident', 'property', 'police', 'other', 'relapse');--> statement-breakpoint
CREATE TYPE "public"."case_state" AS ENUM('discovered', 'dispatched', 'verifying', 'not_group_rental', 'no_access', 'escalated', 'confirmed', 'notified', 'acceptance_failed', 'interviewed', 'joint_enforcement', 'rectified', 'monitoring', 'closed', 'relapsed');--> statement-breakpoint
CREATE TYPE "public"."deadline_kind" AS ENUM('verification', 'joint_visit', 'rectification', 'interview_rectification', 'revisit');--> statement-breakpoint
CREATE TYPE "public"."case_event_kind" AS ENUM('opened', 'report_attached', 'transition');--> statement-breakpoint
CREATE TYPE "public"."intake_status" AS ENUM('unmatched', 'attached');--> statement-breakpoint
CREATE TYPE "public"."house_label" AS ENUM('suspected_group_rental', 'group_rental', 'relapse_point');--> statement-breakpoint
CREATE TYPE "public"."party_kind" AS ENUM('owner', 'sublessor', 'tenant');--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"table_name" "dataset_table" NOT NULL,
	"file" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" "import_batch_status" NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_new" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"warnings" integer DEFAULT 0 NOT NULL,
	"warning_samples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"same_as_batch_id" integer,
	"error" text,
	"timings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rejected_rows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rejected_rows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" integer NOT NULL,
	"file" text NOT NULL,
	"line" integer NOT NULL,
	"column_name" text,
	"reason" text NOT NULL,
	"raw" text
);
--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "buildings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"community_id" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "communities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"neighbourhood_id" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neighbourhoods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "neighbourhoods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subdistrict_id" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subdistricts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subdistricts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "houses" (
	"house_id" text PRIMARY KEY NOT NULL,
	"building_id" integer NOT NULL,
	"subdistrict" text NOT NULL,
	"neighborhood" text NOT NULL,
	"community" text NOT NULL,
	"building" text NOT NULL,
	"unit" text,
	"room" text NOT NULL,
	"address" text NOT NULL,
	"area_m2" double precision NOT NULL,
	"bedrooms" integer NOT NULL,
	"living_rooms" integer,
	"registered_residents" integer,
	"is_rental" boolean,
	"rental_filed" boolean,
	"lat" double precision,
	"lon" double precision,
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meter_id" text NOT NULL,
	"house_id" text NOT NULL,
	"kind" "meter_kind" NOT NULL,
	"unit" "meter_unit" NOT NULL,
	"installed_at" date,
	"removed_at" date,
	"rollover_at" double precision,
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readings" (
	"meter_ref" integer NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"estimated" boolean,
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "readings_pk" PRIMARY KEY("meter_ref","read_at")
);
--> statement-breakpoint
CREATE TABLE "consumption_dirty" (
	"meter_ref" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meter_daily_consumption" (
	"meter_ref" integer PRIMARY KEY NOT NULL,
	"start_day" date NOT NULL,
	"amounts" double precision[] NOT NULL,
	"flags" smallint[] NOT NULL,
	"coverage" real[] NOT NULL,
	"reading_errors" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_at" timestamp with time zone NOT NULL,
	"door_id" text NOT NULL,
	"credential_id" text NOT NULL,
	"house_id" text,
	"method" "access_method",
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"ticket_id" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" "complaint_channel" NOT NULL,
	"address" text NOT NULL,
	"house_id" text,
	"category" text,
	"content" text,
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"house_id" text NOT NULL,
	"inspected_at" timestamp with time zone NOT NULL,
	"result" "inspection_result" NOT NULL,
	"occupants" integer,
	"partitioned" boolean,
	"notes" text,
	"import_batch_id" integer NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"unit_name" text NOT NULL,
	"scope_subdistrict" text NOT NULL,
	"scope_neighborhood" text,
	"scope_communities" text[],
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" "user_role" NOT NULL,
	"action" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"purpose" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"house_id" text NOT NULL,
	"source" "case_source" NOT NULL,
	"state" "case_state" NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by_id" text NOT NULL,
	"opened_by_role" "user_role" NOT NULL,
	"opened_by_unit" text,
	"relapse_of" text,
	"assignee_role" "user_role",
	"assignee_unit" text,
	"deadline_kind" "deadline_kind",
	"deadline_from_day" integer,
	"deadline_due_day" integer,
	"checklist" jsonb,
	"clean_revisits" integer DEFAULT 0 NOT NULL,
	"state_since" timestamp with time zone NOT NULL,
	"alert_score" real,
	"alert_level" "alert_level",
	"alert_reasons" jsonb,
	"alert_run_id" text,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" text NOT NULL,
	"seq" integer NOT NULL,
	"kind" "case_event_kind" NOT NULL,
	"action" text,
	"from_state" "case_state",
	"to_state" "case_state" NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" "user_role" NOT NULL,
	"actor_unit" text,
	"at" timestamp with time zone NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deadline" jsonb,
	"report_id" text
);
--> statement-breakpoint
CREATE TABLE "intake_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"channel" "case_source" NOT NULL,
	"ticket_id" text,
	"address" text,
	"subdistrict" text NOT NULL,
	"house_id" text,
	"match_kind" text,
	"match_confidence" real,
	"status" "intake_status" NOT NULL,
	"case_id" text,
	"received_at" timestamp with time zone NOT NULL,
	"category" text,
	"content" text,
	"reported_by_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "house_labels" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "house_labels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"house_id" text NOT NULL,
	"label" "house_label" NOT NULL,
	"case_id" text,
	"set_at" timestamp with time zone NOT NULL,
	"set_by_id" text NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" text PRIMARY KEY NOT NULL,
	"house_id" text NOT NULL,
	"kind" "party_kind" NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"id_last4" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_outcomes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "verification_outcomes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"house_id" text NOT NULL,
	"case_id" text NOT NULL,
	"case_seq" integer NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"result" "inspection_result" NOT NULL,
	"occupants" integer,
	"case_source" "case_source" NOT NULL,
	"alert_score" real,
	"alert_level" "alert_level",
	"alert_run_id" text
);
--> statement-breakpoint
CREATE TABLE "webhook_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"original_name" text,
	"house_id" text,
	"case_id" text,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rejected_rows" ADD CONSTRAINT "rejected_rows_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbourhoods" ADD CONSTRAINT "neighbourhoods_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "houses" ADD CONSTRAINT "houses_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "houses" ADD CONSTRAINT "houses_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meters" ADD CONSTRAINT "meters_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meter_daily_consumption" ADD CONSTRAINT "meter_daily_consumption_meter_ref_meters_id_fk" FOREIGN KEY ("meter_ref") REFERENCES "public"."meters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_reports" ADD CONSTRAINT "intake_reports_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_reports" ADD CONSTRAINT "intake_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "house_labels" ADD CONSTRAINT "house_labels_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_outcomes" ADD CONSTRAINT "verification_outcomes_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_outcomes" ADD CONSTRAINT "verification_outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_table_sha256_idx" ON "import_batches" USING btree ("table_name","sha256");--> statement-breakpoint
CREATE INDEX "rejected_rows_batch_line_idx" ON "rejected_rows" USING btree ("batch_id","line");--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_parent_name_uq" ON "buildings" USING btree ("community_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "communities_parent_name_uq" ON "communities" USING btree ("neighbourhood_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "neighbourhoods_parent_name_uq" ON "neighbourhoods" USING btree ("subdistrict_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "subdistricts_name_uq" ON "subdistricts" USING btree ("name");--> statement-breakpoint
CREATE INDEX "houses_neighborhood_community_idx" ON "houses" USING btree ("neighborhood","community","house_id");--> statement-breakpoint
CREATE INDEX "houses_building_idx" ON "houses" USING btree ("building_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meters_meter_id_uq" ON "meters" USING btree ("meter_id");--> statement-breakpoint
CREATE INDEX "meters_house_idx" ON "meters" USING btree ("house_id");--> statement-breakpoint
CREATE UNIQUE INDEX "access_events_natural_uq" ON "access_events" USING btree ("credential_id","event_at","door_id");--> statement-breakpoint
CREATE INDEX "access_events_house_time_idx" ON "access_events" USING btree ("house_id","event_at");--> statement-breakpoint
CREATE INDEX "complaints_house_idx" ON "complaints" USING btree ("house_id");--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_house_time_uq" ON "inspections" USING btree ("house_id","inspected_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_kind","target_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_open_per_house_uq" ON "cases" USING btree ("house_id") WHERE "cases"."state" NOT IN ('not_group_rental', 'closed', 'relapsed');--> statement-breakpoint
CREATE INDEX "cases_state_due_idx" ON "cases" USING btree ("state","deadline_due_day");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_unit","state");--> statement-breakpoint
CREATE INDEX "cases_house_idx" ON "cases" USING btree ("house_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_events_case_seq_uq" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_reports_ticket_uq" ON "intake_reports" USING btree ("channel","ticket_id");--> statement-breakpoint
CREATE INDEX "intake_reports_queue_idx" ON "intake_reports" USING btree ("status","subdistrict","received_at");--> statement-breakpoint
CREATE INDEX "intake_reports_case_idx" ON "intake_reports" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "house_labels_current_uq" ON "house_labels" USING btree ("house_id","label") WHERE "house_labels"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "house_labels_label_idx" ON "house_labels" USING btree ("label");--> statement-breakpoint
CREATE INDEX "parties_house_idx" ON "parties" USING btree ("house_id");--> statement-breakpoint
CREATE UNIQUE INDEX "verification_outcomes_case_seq_uq" ON "verification_outcomes" USING btree ("case_id","case_seq");--> statement-breakpoint
CREATE INDEX "verification_outcomes_time_idx" ON "verification_outcomes" USING btree ("verified_at");--> statement-breakpoint
CREATE INDEX "webhook_outbox_due_idx" ON "webhook_outbox" USING btree ("delivered_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "attachments_house_idx" ON "attachments" USING btree ("house_id");
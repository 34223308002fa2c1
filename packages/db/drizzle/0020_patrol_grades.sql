-- 三级动态管理 (#16 part 3): patrol visits (定期上门核查), the grade last logged
-- per dwelling, and the log of grade changes with their explanation.
CREATE TABLE "patrol_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"house_id" text NOT NULL,
	"visited_by" text NOT NULL,
	"visitor_unit" text NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	"finding" text NOT NULL,
	"occupants" integer,
	"note" text,
	CONSTRAINT "patrol_visits_finding_ck" CHECK ("patrol_visits"."finding" IN ('normal', 'suspected', 'group_rental', 'no_access')),
	CONSTRAINT "patrol_visits_occupants_ck" CHECK ("patrol_visits"."occupants" IS NULL OR "patrol_visits"."occupants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dwelling_grades" (
	"house_id" text PRIMARY KEY NOT NULL,
	"grade" text NOT NULL,
	"reasons" text[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dwelling_grades_grade_ck" CHECK ("dwelling_grades"."grade" IN ('red', 'yellow', 'green'))
);
--> statement-breakpoint
CREATE TABLE "dwelling_grade_log" (
	"id" text PRIMARY KEY NOT NULL,
	"house_id" text NOT NULL,
	"from_grade" text,
	"to_grade" text NOT NULL,
	"reasons" text[] NOT NULL,
	"explanation" text NOT NULL,
	"visit_id" text,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patrol_visits" ADD CONSTRAINT "patrol_visits_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_grades" ADD CONSTRAINT "dwelling_grades_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_grade_log" ADD CONSTRAINT "dwelling_grade_log_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_grade_log" ADD CONSTRAINT "dwelling_grade_log_visit_id_patrol_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."patrol_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patrol_visits_house_idx" ON "patrol_visits" USING btree ("house_id","visited_at");--> statement-breakpoint
CREATE INDEX "dwelling_grade_log_house_idx" ON "dwelling_grade_log" USING btree ("house_id","at");

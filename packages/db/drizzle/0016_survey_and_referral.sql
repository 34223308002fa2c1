CREATE TABLE "survey_campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"subdistrict" text NOT NULL,
	"neighborhoods" text[] NOT NULL,
	"start_day" date NOT NULL,
	"end_day" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_campaigns_period_ck" CHECK ("survey_campaigns"."end_day" >= "survey_campaigns"."start_day")
);
--> statement-breakpoint
CREATE TABLE "survey_targets" (
	"campaign_id" text NOT NULL,
	"house_id" text NOT NULL,
	"reasons" text[] NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_targets_pk" PRIMARY KEY("campaign_id","house_id")
);
--> statement-breakpoint
CREATE TABLE "survey_visits" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"house_id" text NOT NULL,
	"visited_at" timestamp with time zone NOT NULL,
	"visited_by" text NOT NULL,
	"visitor_unit" text NOT NULL,
	"outcome" text NOT NULL,
	"dwelling_use" text,
	"original_rooms" integer,
	"current_rooms" integer,
	"occupants" integer,
	"relapse_watch" boolean NOT NULL,
	"notice_served" boolean NOT NULL,
	"notice_photo_id" text,
	"note" text,
	CONSTRAINT "survey_visits_outcome_ck" CHECK ("survey_visits"."outcome" IN ('surveyed', 'not_rented', 'no_access')),
	CONSTRAINT "survey_visits_use_ck" CHECK ("survey_visits"."dwelling_use" IS NULL OR "survey_visits"."dwelling_use" IN ('whole_let', 'shared', 'by_room', 'by_bed', 'owner_occupied', 'vacant')),
	CONSTRAINT "survey_visits_counts_ck" CHECK (coalesce("survey_visits"."original_rooms", 0) >= 0 AND coalesce("survey_visits"."current_rooms", 0) >= 0 AND coalesce("survey_visits"."occupants", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "case_referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"housing_id" text,
	"employer" text NOT NULL,
	"offered" integer NOT NULL,
	"placed" integer NOT NULL,
	"declined" integer NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_referrals_counts_ck" CHECK ("case_referrals"."offered" >= 1 AND "case_referrals"."placed" >= 0 AND "case_referrals"."declined" >= 0 AND "case_referrals"."placed" + "case_referrals"."declined" <= "case_referrals"."offered")
);
--> statement-breakpoint
CREATE TABLE "referral_housing" (
	"id" text PRIMARY KEY NOT NULL,
	"subdistrict" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"beds_total" integer NOT NULL,
	"beds_available" integer NOT NULL,
	"monthly_rent_per_bed" double precision,
	"eligibility" text NOT NULL,
	"applicant" text NOT NULL,
	"application_route" text NOT NULL,
	"active" boolean NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "referral_housing_kind_ck" CHECK ("referral_housing"."kind" IN ('public_rental', 'dormitory', 'talent_apartment', 'market_rental')),
	CONSTRAINT "referral_housing_applicant_ck" CHECK ("referral_housing"."applicant" IN ('employer', 'tenant')),
	CONSTRAINT "referral_housing_beds_ck" CHECK ("referral_housing"."beds_total" >= 0 AND "referral_housing"."beds_available" >= 0 AND "referral_housing"."beds_available" <= "referral_housing"."beds_total")
);
--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_targets" ADD CONSTRAINT "survey_targets_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_visits" ADD CONSTRAINT "survey_visits_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_visits" ADD CONSTRAINT "survey_visits_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_visits" ADD CONSTRAINT "survey_visits_notice_photo_id_attachments_id_fk" FOREIGN KEY ("notice_photo_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_housing_id_referral_housing_id_fk" FOREIGN KEY ("housing_id") REFERENCES "public"."referral_housing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_targets_house_idx" ON "survey_targets" USING btree ("house_id");--> statement-breakpoint
CREATE INDEX "survey_visits_campaign_house_idx" ON "survey_visits" USING btree ("campaign_id","house_id","visited_at");--> statement-breakpoint
CREATE INDEX "case_referrals_case_idx" ON "case_referrals" USING btree ("case_id");
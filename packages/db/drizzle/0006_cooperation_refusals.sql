CREATE TABLE "cooperation_refusals" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"unit_role" "user_role" NOT NULL,
	"unit_name" text NOT NULL,
	"day" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revoke_reason" text,
	CONSTRAINT "cooperation_refusals_unit_role_ck" CHECK ("cooperation_refusals"."unit_role" IN ('committee', 'property')),
	CONSTRAINT "cooperation_refusals_revoked_ck" CHECK (("cooperation_refusals"."revoked_at" IS NULL) = ("cooperation_refusals"."revoked_by" IS NULL) AND ("cooperation_refusals"."revoked_at" IS NULL) = ("cooperation_refusals"."revoke_reason" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "cooperation_refusals" ADD CONSTRAINT "cooperation_refusals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_refusals_day_idx" ON "cooperation_refusals" USING btree ("day");--> statement-breakpoint
CREATE INDEX "cooperation_refusals_case_idx" ON "cooperation_refusals" USING btree ("case_id");
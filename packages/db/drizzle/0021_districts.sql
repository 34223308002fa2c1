-- Issue #15: several subdistricts in one deployment under a district (区).
-- A subdistrict belongs to at most one district (NULL until the houses file
-- or `sentinel district assign` names it); district-level users (区群租整治办,
-- 区城管执法局) are scoped to a district instead of a subdistrict.
ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'district_office';--> statement-breakpoint
ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'district_enforcement';--> statement-breakpoint
CREATE TABLE "districts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "districts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "districts_name_uq" ON "districts" USING btree ("name");--> statement-breakpoint
ALTER TABLE "subdistricts" ADD COLUMN "district_id" integer;--> statement-breakpoint
ALTER TABLE "subdistricts" ADD CONSTRAINT "subdistricts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subdistricts_district_idx" ON "subdistricts" USING btree ("district_id");--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "scope_district" text;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "scope_subdistrict" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_one_level_ck" CHECK (("scope_district" IS NULL) <> ("scope_subdistrict" IS NULL));

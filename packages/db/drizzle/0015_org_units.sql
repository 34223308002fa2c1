CREATE TABLE "org_units" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"subdistrict" text NOT NULL,
	"neighborhood" text,
	"communities" text[],
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_not_admin_ck" CHECK ("org_units"."role" <> 'admin')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "org_units_name_uq" ON "org_units" USING btree ("subdistrict","name");--> statement-breakpoint
CREATE INDEX "org_units_role_idx" ON "org_units" USING btree ("role","neighborhood");
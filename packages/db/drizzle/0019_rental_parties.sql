CREATE TABLE "rental_parties" (
	"id" text PRIMARY KEY NOT NULL,
	"subdistrict" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"id_last4" text,
	"credit_code" text,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rental_parties_kind_ck" CHECK ("rental_parties"."kind" IN ('person', 'rental_company', 'broker'))
);
--> statement-breakpoint
CREATE TABLE "rental_party_links" (
	"id" text PRIMARY KEY NOT NULL,
	"party_id" text NOT NULL,
	"house_id" text NOT NULL,
	"role" text NOT NULL,
	"from_day" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rental_party_links_role_ck" CHECK ("rental_party_links"."role" IN ('owner', 'sublessor', 'operator', 'broker'))
);
--> statement-breakpoint
ALTER TABLE "rental_party_links" ADD CONSTRAINT "rental_party_links_party_id_rental_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."rental_parties"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rental_party_links" ADD CONSTRAINT "rental_party_links_house_id_houses_house_id_fk" FOREIGN KEY ("house_id") REFERENCES "public"."houses"("house_id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "rental_parties_subdistrict_idx" ON "rental_parties" USING btree ("subdistrict","kind");
--> statement-breakpoint
CREATE UNIQUE INDEX "rental_party_links_uq" ON "rental_party_links" USING btree ("party_id","house_id","role");
--> statement-breakpoint
CREATE INDEX "rental_party_links_house_idx" ON "rental_party_links" USING btree ("house_id");

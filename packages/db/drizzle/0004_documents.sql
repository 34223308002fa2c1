CREATE TABLE "document_numbers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_numbers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"number" text NOT NULL,
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"kind" text NOT NULL,
	"case_id" text,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"kind" text PRIMARY KEY NOT NULL,
	"template" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_number_uq" ON "document_numbers" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_prefix_year_seq_uq" ON "document_numbers" USING btree ("prefix","year","sequence");--> statement-breakpoint
CREATE INDEX "document_numbers_case_idx" ON "document_numbers" USING btree ("case_id");
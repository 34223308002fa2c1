-- A document is issued once (POST) and kept: its rendered content is stored
-- with its number, so every later download (GET) gives the same document and
-- the same 文号. `subject` is what the document is about (the case id, or a
-- bulletin's period and scope); one issued document per kind and subject.
-- Numbers taken before this migration (one per download) keep no content.
ALTER TABLE "document_numbers" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD COLUMN "masked_content" jsonb;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD COLUMN "revealed_kinds" text[];--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_kind_subject_uq" ON "document_numbers" USING btree ("kind","subject") WHERE "subject" IS NOT NULL;--> statement-breakpoint
-- Who issues each document in a subdistrict (街道办事处 or 综合执法队); absent = the default.
CREATE TABLE "document_issuers" (
	"subdistrict" text NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_issuers_pk" PRIMARY KEY("subdistrict","kind")
);

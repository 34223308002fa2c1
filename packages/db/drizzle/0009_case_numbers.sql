-- Official case numbers (临汾群租〔2026〕0001号). Cases opened before this
-- migration are numbered in the order they were opened, per subdistrict and
-- Shanghai year, with the same rule as @sentinel/domain caseNumberPrefix.
ALTER TABLE "cases" ADD COLUMN "case_number" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "number_prefix" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "number_year" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "number_seq" integer;--> statement-breakpoint
WITH numbered AS (
  SELECT c.id,
    coalesce(nullif(left(regexp_replace(h.subdistrict, '(街道办事处|街道|镇)$', ''), 2), ''), '街道') || '群租' AS prefix,
    extract(year FROM c.opened_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
    c.opened_at
  FROM cases c JOIN houses h ON h.house_id = c.house_id
), sequenced AS (
  SELECT id, prefix, year, row_number() OVER (PARTITION BY prefix, year ORDER BY opened_at, id)::int AS seq FROM numbered
)
UPDATE cases SET number_prefix = s.prefix, number_year = s.year, number_seq = s.seq,
  case_number = s.prefix || '〔' || s.year || '〕' || lpad(s.seq::text, greatest(4, length(s.seq::text)), '0') || '号'
FROM sequenced s WHERE s.id = cases.id;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "case_number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number_prefix" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number_year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number_seq" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_number_uq" ON "cases" USING btree ("case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_prefix_year_seq_uq" ON "cases" USING btree ("number_prefix","number_year","number_seq");

-- The house register's version for caches (#13 load): max(import_batch_id)
-- changes with every import that writes a house; with this index it is one
-- probe instead of a scan of every house on each map request.
CREATE INDEX "houses_import_batch_idx" ON "houses" ("import_batch_id");
--> statement-breakpoint
-- The case list's default order (newest first, then id): the first page is
-- read from the index instead of sorting every case of the scope.
CREATE INDEX "cases_opened_idx" ON "cases" ("opened_at", "id");

// One row per dataset file per import run: what was read, what it did, how long it took.
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { datasetTable, importBatchStatus } from './enums.ts';

export interface ImportTimings {
  /** Milliseconds spent hashing, reading + COPY to staging, merging, recomputing derived data. */
  hashMs?: number;
  loadMs?: number;
  mergeMs?: number;
  derivedMs?: number;
}

export const importBatches = pgTable('import_batches', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  table: datasetTable('table_name').notNull(),
  file: text('file').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  status: importBatchStatus('status').notNull(),
  rowsRead: integer('rows_read').notNull().default(0),
  /** Valid rows: new + updated + already present. rows_imported + rows_rejected = rows_read. */
  rowsImported: integer('rows_imported').notNull().default(0),
  rowsNew: integer('rows_new').notNull().default(0),
  rowsUpdated: integer('rows_updated').notNull().default(0),
  rowsRejected: integer('rows_rejected').notNull().default(0),
  warnings: integer('warnings').notNull().default(0),
  /** The first warnings as text (unknown columns, suspicious values); rows with warnings were kept. */
  warningSamples: jsonb('warning_samples').$type<string[]>().notNull().default([]),
  /** For an 'unchanged' file: the batch that loaded the same content (sha256) before. */
  sameAsBatchId: integer('same_as_batch_id'),
  error: text('error'),
  timings: jsonb('timings').$type<ImportTimings>().notNull().default({}),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [
  // "Was this exact file imported before?" is asked for every file of every import.
  index('import_batches_table_sha256_idx').on(t.table, t.sha256),
]);

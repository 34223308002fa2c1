// Import batches: one per file per run (schema/import-batches.ts).
import { desc, eq, sql } from 'drizzle-orm';
import type { TableName } from '@sentinel/ingest';
import { importBatches, type ImportTimings } from '../schema/import-batches.ts';
import type { ImportBatchStatus } from '../schema/enums.ts';
import type { SqlSession } from '../session.ts';

export type ImportBatch = typeof importBatches.$inferSelect;

export interface NewBatch {
  table: TableName;
  file: string;
  sha256: string;
  sizeBytes: number;
}

export interface BatchOutcome {
  status: Exclude<ImportBatchStatus, 'running'>;
  rowsRead: number;
  rowsImported: number;
  rowsNew: number;
  rowsUpdated: number;
  rowsRejected: number;
  warnings: number;
  warningSamples: string[];
  error?: string | null;
  timings: ImportTimings;
}

/** Opens a batch in status 'running' (call inside the transaction that loads it). */
export async function insertRunningBatch(s: SqlSession, batch: NewBatch): Promise<number> {
  const [row] = await s.db.insert(importBatches)
    .values({ ...batch, status: 'running' })
    .returning({ id: importBatches.id });
  return row.id;
}

export async function finishBatch(s: SqlSession, id: number, outcome: BatchOutcome): Promise<void> {
  await s.db.update(importBatches)
    .set({ ...outcome, error: outcome.error ?? null, finishedAt: sql`now()` })
    .where(eq(importBatches.id, id));
}

/** Records a finished batch in one statement (unchanged files, failures after rollback). */
export async function insertFinishedBatch(s: SqlSession, batch: NewBatch, outcome: BatchOutcome): Promise<number> {
  const [row] = await s.db.insert(importBatches)
    .values({ ...batch, ...outcome, error: outcome.error ?? null, finishedAt: sql`now()` })
    .returning({ id: importBatches.id });
  return row.id;
}

/** The batch that first loaded this exact file content into this table, if any. */
export async function findLoadedBatchBySha(s: SqlSession, table: TableName, sha256: string): Promise<ImportBatch | null> {
  const rows = await s.db.select().from(importBatches)
    .where(sql`${importBatches.table} = ${table} AND ${importBatches.sha256} = ${sha256} AND ${importBatches.status} IN ('imported', 'unchanged')`)
    .orderBy(importBatches.id)
    .limit(1);
  return rows[0] ?? null;
}

export async function getImportBatch(s: SqlSession, id: number): Promise<ImportBatch | null> {
  const rows = await s.db.select().from(importBatches).where(eq(importBatches.id, id));
  return rows[0] ?? null;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Newest first. */
export async function listImportBatches(s: SqlSession, page: { limit: number; offset: number }): Promise<Page<ImportBatch>> {
  const rows = await s.db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(page.limit).offset(page.offset);
  const [{ total }] = await s.db.select({ total: sql<number>`count(*)::int` }).from(importBatches);
  return { rows, total };
}

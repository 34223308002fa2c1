// Loads one file of a row table (houses, meters, access events, complaints,
// inspections) inside the caller's transaction: rows -> staging by COPY ->
// one merge statement. Rejected rows go to rejected_rows as they come.
import { ROW_TABLE_STAGING, type RowTableName, type SqlSession, type StagingTable } from '@sentinel/db';
import { readTable, type DateWindow, type RefSets, type RowOf } from '@sentinel/ingest';
import type { IssueSink } from './issue-sink.ts';
import { openStagedCopy } from './staged-copy.ts';

export interface LoadCounts {
  rowsRead: number;
  rowsAccepted: number;
  inserted: number;
  updated: number;
  loadMs: number;
  mergeMs: number;
  /** Meters whose daily consumption was computed while loading (readings fast path). */
  consumptionMeters?: number;
  readingErrors?: number;
}

export interface LoadContext {
  session: SqlSession;
  dateWindow: DateWindow;
  batchId: number;
  issues: IssueSink;
  copyChunkBytes: number;
  onBytes?: (done: number, total: number) => void;
  onMerge?: () => void;
}

export async function loadRowFile<N extends RowTableName>(ctx: LoadContext, path: string, table: N, refs: RefSets): Promise<LoadCounts> {
  // The staging definitions are keyed by table name; each one formats exactly its table's row type.
  const staging = ROW_TABLE_STAGING[table] as unknown as StagingTable<RowOf<N>>;
  const copy = await openStagedCopy(ctx, staging);
  let rowsRead = 0;
  let rowsAccepted = 0;
  for await (const batch of readTable(path, table, { refs, onProgress: ctx.onBytes, dateWindow: ctx.dateWindow })) {
    rowsRead += batch.rowsRead;
    rowsAccepted += batch.rows.length;
    await ctx.issues.add(batch.issues);
    for (let i = 0; i < batch.rows.length; i++) {
      const sending = copy.push(staging.toCopyLine(batch.rows[i], batch.lines[i]));
      if (sending) await sending;
    }
  }
  return { rowsRead, rowsAccepted, ...(await copy.finish()) };
}

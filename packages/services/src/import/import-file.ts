// One dataset file = one import batch = one transaction. The file's checksum
// is looked up first: the same content imported before is recorded as
// 'unchanged' without reading a row. Otherwise the batch row, the staged rows,
// the merge and the rejected rows are committed together or not at all; a
// failure is recorded afterwards as a 'failed' batch with no rows, and
// returned as such (the caller goes on with its other files).
import {
  findLoadedBatchBySha, finishBatch, insertFinishedBatch, insertRunningBatch, type Database, type NewBatch,
} from '@sentinel/db';
import { displayName, type DateWindow, type TableName } from '@sentinel/ingest';
import { digestFile } from './file-digest.ts';
import { IssueSink } from './issue-sink.ts';
import type { LoadContext, LoadCounts } from './load-row-file.ts';
import type { FileImportReport, ImportDatasetOptions } from './types.ts';

export type FileLoader = (ctx: LoadContext) => Promise<LoadCounts>;

export async function importFile(
  db: Database, table: TableName, path: string, load: FileLoader, opts: ImportDatasetOptions & { dateWindow: DateWindow },
): Promise<FileImportReport> {
  const started = performance.now();
  const file = displayName(path);
  const digest = await digestFile(path);
  const hashMs = performance.now() - started;
  const newBatch: NewBatch = { table, file, sha256: digest.sha256, sizeBytes: digest.sizeBytes };
  opts.onProgress?.({ kind: 'file-start', table, file, bytesTotal: digest.sizeBytes });

  if (!opts.force) {
    const earlier = await findLoadedBatchBySha(db, table, digest.sha256);
    if (earlier !== null) {
      const outcome = {
        status: 'unchanged' as const, rowsRead: earlier.rowsRead, rowsImported: earlier.rowsImported, rowsNew: 0, rowsUpdated: 0,
        rowsRejected: earlier.rowsRejected, warnings: earlier.warnings, warningSamples: earlier.warningSamples,
        sameAsBatchId: earlier.sameAsBatchId ?? earlier.id, timings: { hashMs },
      };
      const batchId = await insertFinishedBatch(db, newBatch, outcome);
      const report: FileImportReport = {
        table, file, path, batchId, ...outcome, firstRejected: [], error: null, durationMs: performance.now() - started,
        consumptionMeters: 0, readingErrors: 0,
      };
      opts.onProgress?.({ kind: 'file-done', report });
      return report;
    }
  }

  try {
    const report = await db.transaction(async (tx) => {
      const batchId = await insertRunningBatch(tx, newBatch);
      const issues = new IssueSink(tx, batchId, opts.copyChunkBytes ?? 4 << 20);
      const counts = await load({
        session: tx, batchId, issues, dateWindow: opts.dateWindow, copyChunkBytes: opts.copyChunkBytes ?? 4 << 20,
        onBytes: (bytesDone, bytesTotal) => opts.onProgress?.({ kind: 'file-progress', table, file, bytesDone, bytesTotal }),
        onMerge: () => opts.onProgress?.({ kind: 'file-merge', table, file }),
      });
      const rowsRejected = counts.rowsRead - counts.rowsAccepted;
      if (rowsRejected !== issues.errors) {
        // The reader's contract: every row is accepted or has exactly one error.
        throw new Error(`${file}: 读取 ${counts.rowsRead} 行，接受 ${counts.rowsAccepted} 行，但错误为 ${issues.errors} 条`);
      }
      const outcome = {
        status: counts.inserted + counts.updated > 0 ? 'imported' as const : 'unchanged' as const,
        rowsRead: counts.rowsRead, rowsImported: counts.rowsAccepted, rowsNew: counts.inserted, rowsUpdated: counts.updated,
        rowsRejected, warnings: issues.warnings, warningSamples: issues.warningSamples, sameAsBatchId: null,
        timings: { hashMs, loadMs: counts.loadMs, mergeMs: counts.mergeMs },
      };
      await finishBatch(tx, batchId, outcome);
      return {
        table, file, path, batchId, ...outcome, firstRejected: issues.firstRejected, error: null,
        durationMs: performance.now() - started, consumptionMeters: counts.consumptionMeters ?? 0, readingErrors: counts.readingErrors ?? 0,
      } satisfies FileImportReport;
    });
    opts.onProgress?.({ kind: 'file-done', report });
    return report;
  } catch (err) {
    const error = (err as Error).message;
    const outcome = {
      status: 'failed' as const, rowsRead: 0, rowsImported: 0, rowsNew: 0, rowsUpdated: 0, rowsRejected: 0,
      warnings: 0, warningSamples: [], sameAsBatchId: null, error, timings: { hashMs },
    };
    const batchId = await insertFinishedBatch(db, newBatch, outcome);
    const report: FileImportReport = {
      table, file, path, batchId, ...outcome, firstRejected: [], durationMs: performance.now() - started, consumptionMeters: 0, readingErrors: 0,
    };
    opts.onProgress?.({ kind: 'file-done', report });
    return report;
  }
}

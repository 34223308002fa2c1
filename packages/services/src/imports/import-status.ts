// What the import screens show: batches (one per file per run), their
// rejected rows, and the row counts of the data tables. Subdistrict-level
// data staff only: rejected rows carry raw text that may hold personal data.
import type { ImportBatch, RejectedRow } from '@sentinel/contract';
import {
  countRows, getImportBatch as getBatchRow, listImportBatches as listBatchRows, listRejectedRows as listRejectedRowRows,
  type CountedTable, type ImportBatch as ImportBatchRow, type Page, type RejectedRow as RejectedRowRecord,
} from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';

interface Paging { readonly limit: number; readonly offset: number }

function toImportBatch(b: ImportBatchRow): ImportBatch {
  return {
    id: b.id, table: b.table, file: b.file, sha256: b.sha256, sizeBytes: b.sizeBytes, status: b.status,
    rowsRead: b.rowsRead, rowsImported: b.rowsImported, rowsNew: b.rowsNew, rowsUpdated: b.rowsUpdated,
    rowsRejected: b.rowsRejected, warnings: b.warnings, warningSamples: b.warningSamples, error: b.error,
    startedAt: b.startedAt.toISOString(), finishedAt: b.finishedAt ? b.finishedAt.toISOString() : null,
  };
}

const toRejectedRow = (r: RejectedRowRecord): RejectedRow => ({ id: r.id, file: r.file, line: r.line, column: r.column, reason: r.reason, raw: r.raw });

export async function importStatus({ ctx }: { ctx: ServiceContext }): Promise<{ counts: Record<CountedTable, number>; lastBatch: ImportBatch | null }> {
  requirePermission(ctx, 'import.view');
  // Sequential: a session is one connection, and pg refuses overlapping queries on one client.
  const counts = await countRows(ctx.db);
  const last = await listBatchRows(ctx.db, { limit: 1, offset: 0 });
  return { counts, lastBatch: last.rows[0] ? toImportBatch(last.rows[0]) : null };
}

export async function listImportBatches({ ctx, input }: { ctx: ServiceContext; input: Paging }): Promise<Page<ImportBatch>> {
  requirePermission(ctx, 'import.view');
  const page = await listBatchRows(ctx.db, input);
  return { total: page.total, rows: page.rows.map(toImportBatch) };
}

export async function getImportBatch({ ctx, input }: { ctx: ServiceContext; input: { id: number } }): Promise<ImportBatch> {
  requirePermission(ctx, 'import.view');
  const batch = await getBatchRow(ctx.db, input.id);
  if (!batch) throw notFound(`导入批次 ${input.id}`);
  return toImportBatch(batch);
}

export async function listRejectedRows({ ctx, input }: { ctx: ServiceContext; input: Paging & { batchId: number } }): Promise<Page<RejectedRow>> {
  const batch = await getImportBatch({ ctx, input: { id: input.batchId } });
  const page = await listRejectedRowRows(ctx.db, batch.id, { limit: input.limit, offset: input.offset });
  return { total: page.total, rows: page.rows.map(toRejectedRow) };
}

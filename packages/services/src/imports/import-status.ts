// What the import screens show: batches (one per file per run), their
// rejected rows, and the row counts of the data tables. Subdistrict-level
// data staff only: rejected rows carry raw text that may hold personal data.
import {
  countRows, getImportBatch as getBatchRow, listImportBatches as listBatchRows, listRejectedRows as listRejectedRowRows,
  type CountedTable, type ImportBatch, type Page, type RejectedRow,
} from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';

interface Paging { readonly limit: number; readonly offset: number }

export async function importStatus({ ctx }: { ctx: ServiceContext }): Promise<{ counts: Record<CountedTable, number>; lastBatch: ImportBatch | null }> {
  requirePermission(ctx, 'import.view');
  // Sequential: a session is one connection, and pg refuses overlapping queries on one client.
  const counts = await countRows(ctx.db);
  const last = await listBatchRows(ctx.db, { limit: 1, offset: 0 });
  return { counts, lastBatch: last.rows[0] ?? null };
}

export async function listImportBatches({ ctx, input }: { ctx: ServiceContext; input: Paging }): Promise<Page<ImportBatch>> {
  requirePermission(ctx, 'import.view');
  return listBatchRows(ctx.db, input);
}

export async function getImportBatch({ ctx, input }: { ctx: ServiceContext; input: { id: number } }): Promise<ImportBatch> {
  requirePermission(ctx, 'import.view');
  const batch = await getBatchRow(ctx.db, input.id);
  if (!batch) throw notFound(`导入批次 ${input.id}`);
  return batch;
}

export async function listRejectedRows({ ctx, input }: { ctx: ServiceContext; input: Paging & { batchId: number } }): Promise<Page<RejectedRow>> {
  const batch = await getImportBatch({ ctx, input: { id: input.batchId } });
  return listRejectedRowRows(ctx.db, batch.id, { limit: input.limit, offset: input.offset });
}

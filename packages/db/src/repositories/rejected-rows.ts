// Rejected rows: written by bulk COPY during an import, read a page at a time.
import { asc, eq, sql } from 'drizzle-orm';
import type { RowIssue } from '@sentinel/ingest';
import { rejectedRows } from '../schema/rejected-rows.ts';
import { copyNumber, copyText } from '../copy-text.ts';
import type { CopyChunks, SqlSession } from '../session.ts';
import type { Page } from './import-batches.ts';

export type RejectedRow = typeof rejectedRows.$inferSelect;

export const REJECTED_ROWS_COPY_COLUMNS = ['batch_id', 'file', 'line', 'column_name', 'reason', 'raw'] as const;

/**
 * One rejected row as a COPY text line. A NUL character (the reason such a
 * row was refused) cannot be stored in PostgreSQL text: in the raw text it is
 * shown as U+2400 (␀).
 */
export function rejectedRowCopyLine(batchId: number, issue: RowIssue): string {
  const raw = issue.raw?.includes('\u0000') ? issue.raw.replaceAll('\u0000', '\u2400') : issue.raw;
  return [copyNumber(batchId), copyText(issue.file), copyNumber(issue.line), copyText(issue.column), copyText(issue.reason), copyText(raw)].join('\t');
}

export function copyRejectedRows(s: SqlSession, chunks: CopyChunks): Promise<number> {
  return s.copyRows('rejected_rows', REJECTED_ROWS_COPY_COLUMNS, chunks);
}

export async function listRejectedRows(s: SqlSession, batchId: number, page: { limit: number; offset: number }): Promise<Page<RejectedRow>> {
  const rows = await s.db.select().from(rejectedRows)
    .where(eq(rejectedRows.batchId, batchId))
    .orderBy(asc(rejectedRows.line), asc(rejectedRows.id))
    .limit(page.limit).offset(page.offset);
  const [{ total }] = await s.db.select({ total: sql<number>`count(*)::int` }).from(rejectedRows).where(eq(rejectedRows.batchId, batchId));
  return { rows, total };
}

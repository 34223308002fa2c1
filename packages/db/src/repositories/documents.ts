// Templates the admin edited, and the register of issued document numbers.
import { eq } from 'drizzle-orm';
import { documentTemplates } from '../schema/documents.ts';
import type { SqlSession } from '../session.ts';

export type DocumentTemplateRow = typeof documentTemplates.$inferSelect;

export async function getDocumentTemplateRow(s: SqlSession, kind: string): Promise<DocumentTemplateRow | null> {
  const rows = await s.db.select().from(documentTemplates).where(eq(documentTemplates.kind, kind));
  return rows[0] ?? null;
}

export async function upsertDocumentTemplate(s: SqlSession, row: DocumentTemplateRow): Promise<void> {
  await s.db.insert(documentTemplates).values(row)
    .onConflictDoUpdate({ target: documentTemplates.kind, set: { template: row.template, updatedBy: row.updatedBy, updatedAt: row.updatedAt } });
}

export interface IssuedNumber {
  readonly prefix: string;
  readonly year: number;
  readonly sequence: number;
}

/**
 * Takes the next sequence of a prefix and year and records it, in the
 * caller's transaction. Issuers of one prefix and year queue on a
 * transaction-scoped advisory lock (released at commit or rollback), so the
 * max() below sees the previous issuer's committed number: without it, four
 * concurrent issuers could each lose the race three times and give up. The
 * unique index still refuses a duplicate, so a number is never issued twice.
 */
export async function takeDocumentSequence(s: SqlSession, entry: {
  prefix: string; year: number; kind: string; caseId: string | null; issuedAt: Date; issuedBy: string; format: (sequence: number) => string;
}): Promise<IssuedNumber & { number: string }> {
  await s.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [entry.prefix, entry.year]);
  const next = await s.query<{ seq: number }>(
    'SELECT coalesce(max(sequence), 0)::int + 1 AS seq FROM document_numbers WHERE prefix = $1 AND year = $2', [entry.prefix, entry.year]);
  const sequence = Number(next.rows[0]?.seq ?? 1);
  const number = entry.format(sequence);
  await s.query(
    'INSERT INTO document_numbers (number, prefix, year, sequence, kind, case_id, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [number, entry.prefix, entry.year, sequence, entry.kind, entry.caseId, entry.issuedAt.toISOString(), entry.issuedBy]);
  return { prefix: entry.prefix, year: entry.year, sequence, number };
}

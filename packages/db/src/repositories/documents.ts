// Templates the admin edited, and the register of issued document numbers.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { documentIssuers, documentNumbers, documentTemplates } from '../schema/documents.ts';
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

/** Removes the admin's copy (generation falls back to the shipped default); true when there was one. */
export async function deleteDocumentTemplate(s: SqlSession, kind: string): Promise<boolean> {
  const rows = await s.db.delete(documentTemplates).where(eq(documentTemplates.kind, kind)).returning({ kind: documentTemplates.kind });
  return rows.length > 0;
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
  /** What the kept document is about (case id, bulletin period); store its content with storeIssuedContent. */
  subject?: string | null;
}): Promise<IssuedNumber & { number: string; id: number }> {
  await s.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [entry.prefix, entry.year]);
  const next = await s.query<{ seq: number }>(
    'SELECT coalesce(max(sequence), 0)::int + 1 AS seq FROM document_numbers WHERE prefix = $1 AND year = $2', [entry.prefix, entry.year]);
  const sequence = Number(next.rows[0]?.seq ?? 1);
  const number = entry.format(sequence);
  const inserted = await s.query<{ id: number }>(
    'INSERT INTO document_numbers (number, prefix, year, sequence, kind, case_id, issued_at, issued_by, subject) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id',
    [number, entry.prefix, entry.year, sequence, entry.kind, entry.caseId, entry.issuedAt.toISOString(), entry.issuedBy, entry.subject ?? null]);
  return { prefix: entry.prefix, year: entry.year, sequence, number, id: Number(inserted.rows[0].id) };
}

export type IssuedDocumentRow = typeof documentNumbers.$inferSelect;

/** Keeps what was printed under the number just taken (same transaction). */
export async function storeIssuedContent(s: SqlSession, id: number, kept: {
  content: Record<string, unknown>; maskedContent: Record<string, unknown>; revealedKinds: readonly string[];
}): Promise<void> {
  await s.db.update(documentNumbers)
    .set({ content: kept.content, maskedContent: kept.maskedContent, revealedKinds: [...kept.revealedKinds] })
    .where(eq(documentNumbers.id, id));
}

/** The document of a kind issued about a subject (case id, bulletin period), or null before it is issued. */
export async function findIssuedDocument(s: SqlSession, kind: string, subject: string): Promise<IssuedDocumentRow | null> {
  const rows = await s.db.select().from(documentNumbers)
    .where(and(eq(documentNumbers.kind, kind), eq(documentNumbers.subject, subject), isNotNull(documentNumbers.content)));
  return rows[0] ?? null;
}

/** Every kept document of a case, oldest first. */
export async function listIssuedDocumentsOfCase(s: SqlSession, caseId: string): Promise<IssuedDocumentRow[]> {
  return s.db.select().from(documentNumbers)
    .where(and(eq(documentNumbers.caseId, caseId), eq(documentNumbers.subject, caseId), isNotNull(documentNumbers.content)))
    .orderBy(asc(documentNumbers.id));
}

export type DocumentIssuerRow = typeof documentIssuers.$inferSelect;

export async function listDocumentIssuerRows(s: SqlSession, subdistrict: string): Promise<DocumentIssuerRow[]> {
  return s.db.select().from(documentIssuers).where(eq(documentIssuers.subdistrict, subdistrict));
}

export async function upsertDocumentIssuer(s: SqlSession, row: DocumentIssuerRow): Promise<void> {
  await s.db.insert(documentIssuers).values(row).onConflictDoUpdate({
    target: [documentIssuers.subdistrict, documentIssuers.kind],
    set: { issuer: row.issuer, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
  });
}

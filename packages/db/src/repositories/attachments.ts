// Photo and video records (bytes are on disk, content-addressed).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { attachments } from '../schema/attachments.ts';
import type { SqlSession } from '../session.ts';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(s: SqlSession, row: typeof attachments.$inferInsert): Promise<void> {
  await s.db.insert(attachments).values(row);
}

export async function getAttachment(s: SqlSession, id: string): Promise<AttachmentRow | null> {
  const rows = await s.db.select().from(attachments).where(eq(attachments.id, id));
  return rows[0] ?? null;
}

/** Which of these ids are attachments of this house. */
export async function existingAttachmentIds(s: SqlSession, houseId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await s.db.select({ id: attachments.id }).from(attachments).where(and(eq(attachments.houseId, houseId), inArray(attachments.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

export async function listAttachmentsOfHouse(s: SqlSession, houseId: string): Promise<AttachmentRow[]> {
  return s.db.select().from(attachments).where(eq(attachments.houseId, houseId)).orderBy(asc(attachments.uploadedAt), asc(attachments.id));
}

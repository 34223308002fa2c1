// Photos and videos (现场照片、视频). Content-addressed on disk: the bytes live
// at <dir>/<sha256[0..2]>/<sha256>, so the same photo uploaded twice is stored
// once; each upload still gets its own row (its house, case and uploader). The type is sniffed from the bytes, not taken
// from the upload's name.
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { houses } from './houses.ts';

export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  sha256: text('sha256').notNull(),
  mime: text('mime').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  originalName: text('original_name'),
  houseId: text('house_id').references(() => houses.houseId),
  caseId: text('case_id'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  uploadedById: text('uploaded_by_id').notNull(),
}, (t) => [
  // Attachments of a house (house file).
  index('attachments_house_idx').on(t.houseId),
]);

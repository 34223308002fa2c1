// 12345 tickets, patrol and resident reports.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { complaintChannel } from './enums.ts';
import { houses } from './houses.ts';

export const complaints = pgTable('complaints', {
  ticketId: text('ticket_id').primaryKey(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  channel: complaintChannel('channel').notNull(),
  address: text('address').notNull(),
  houseId: text('house_id').references(() => houses.houseId),
  category: text('category'),
  content: text('content'),
  importBatchId: integer('import_batch_id').notNull(),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // Complaints of a house (house file) and the foreign key.
  index('complaints_house_idx').on(t.houseId),
  // Recent complaints first (dashboard, period reports).
  index('complaints_received_idx').on(t.receivedAt),
]);

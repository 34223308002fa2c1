// Rows that could not be imported, kept so that they can be looked at again.
import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { importBatches } from './import-batches.ts';

export const rejectedRows = pgTable('rejected_rows', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  batchId: integer('batch_id').notNull().references(() => importBatches.id, { onDelete: 'cascade' }),
  file: text('file').notNull(),
  /** 1-based physical line where the row starts; 0 = the whole file. */
  line: integer('line').notNull(),
  column: text('column_name'),
  reason: text('reason').notNull(),
  raw: text('raw'),
}, (t) => [
  // Rejected rows are read a page at a time, per batch, in file order.
  index('rejected_rows_batch_line_idx').on(t.batchId, t.line),
]);

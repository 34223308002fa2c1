// Outcomes of on-site verification, the ground truth.
import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { inspectionResult } from './enums.ts';
import { houses } from './houses.ts';

export const inspections = pgTable('inspections', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  inspectedAt: timestamp('inspected_at', { withTimezone: true }).notNull(),
  result: inspectionResult('result').notNull(),
  occupants: integer('occupants'),
  partitioned: boolean('partitioned'),
  notes: text('notes'),
  importBatchId: integer('import_batch_id').notNull(),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // Natural key (one visit per house per instant) for idempotent re-imports;
  // also serves "inspections of a house, in time order".
  uniqueIndex('inspections_house_time_uq').on(t.houseId, t.inspectedAt),
]);

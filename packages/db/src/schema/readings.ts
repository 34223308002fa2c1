// Meter register readings exactly as received (value as read, estimated flag),
// with the batch and source line they came from. The biggest table by far.
import { boolean, doublePrecision, integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';

export const readings = pgTable('readings', {
  // No foreign key to meters on purpose: the import validates meter ids before
  // loading, and a per-row FK trigger would slow loading tens of millions of rows.
  meterRef: integer('meter_ref').notNull(),
  readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  value: doublePrecision('value').notNull(),
  estimated: boolean('estimated'),
  // No index on the batch: it is for provenance, never searched on a hot path.
  importBatchId: integer('import_batch_id').notNull(),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // Natural key (a meter has one register value per instant) for idempotent
  // re-imports, and the order in which consumption is recomputed per meter.
  primaryKey({ name: 'readings_pk', columns: [t.meterRef, t.readAt] }),
]);

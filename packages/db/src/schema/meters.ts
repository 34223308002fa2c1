// Physical meters. `id` is a compact surrogate key so that the readings table and
// its index stay small (tens of millions of rows); meter_id is the natural key.
import { date, doublePrecision, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { houses } from './houses.ts';
import { importBatches } from './import-batches.ts';
import { meterKind, meterUnit } from './enums.ts';

export const meters = pgTable('meters', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  meterId: text('meter_id').notNull(),
  houseId: text('house_id').notNull().references(() => houses.houseId),
  kind: meterKind('kind').notNull(),
  unit: meterUnit('unit').notNull(),
  installedAt: date('installed_at', { mode: 'string' }),
  removedAt: date('removed_at', { mode: 'string' }),
  rolloverAt: doublePrecision('rollover_at'),
  importBatchId: integer('import_batch_id').notNull().references(() => importBatches.id),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // Natural key: readings name meters by meter_id; the import upserts by it.
  uniqueIndex('meters_meter_id_uq').on(t.meterId),
  // "Meters of a house" (house file, detection per house).
  index('meters_house_idx').on(t.houseId),
]);

// Door-access events (门禁刷卡/人脸).
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { accessMethod } from './enums.ts';

export const accessEvents = pgTable('access_events', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  eventAt: timestamp('event_at', { withTimezone: true }).notNull(),
  doorId: text('door_id').notNull(),
  credentialId: text('credential_id').notNull(),
  // No foreign key on purpose (like readings): the import checks house ids
  // before loading; an FK adds an index lookup per row on ~1M events per year.
  houseId: text('house_id'),
  method: accessMethod('method'),
  importBatchId: integer('import_batch_id').notNull(),
  sourceLine: integer('source_line').notNull(),
}, (t) => [
  // Natural key: one credential at one door at one instant; makes re-imports idempotent.
  uniqueIndex('access_events_natural_uq').on(t.credentialId, t.eventAt, t.doorId),
  // Events of a house over time (house file, detection per house).
  index('access_events_house_time_idx').on(t.houseId, t.eventAt),
  // Events at a door over time, registered (by house) or not (house_id NULL):
  // the house file counts the unregistered credentials at the doors a house
  // uses (door, NULL, time range) and the houses sharing each door (door,
  // house: read from the index alone).
  index('access_events_door_house_time_idx').on(t.doorId, t.houseId, t.eventAt),
]);

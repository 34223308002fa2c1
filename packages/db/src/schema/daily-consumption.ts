// Daily consumption derived from the readings, one row per meter holding its
// whole day axis: amounts[i] and flags[i] are day start_day + i. One row per
// meter instead of one per meter-day keeps a 20,000-house year at ~60k rows
// instead of ~22M (the detector and the house file always read whole series);
// the view meter_daily_consumption_days gives the (meter, day, amount, flags) rows.
import { date, doublePrecision, integer, pgTable, real, smallint, timestamp } from 'drizzle-orm/pg-core';
import { meters } from './meters.ts';

export const meterDailyConsumption = pgTable('meter_daily_consumption', {
  meterRef: integer('meter_ref').primaryKey().references(() => meters.id, { onDelete: 'cascade' }),
  startDay: date('start_day', { mode: 'string' }).notNull(),
  /** m3 or kWh per day; NULL = unknown (no reading covers the day, or a reading error). */
  amounts: doublePrecision('amounts').array().notNull(),
  /** Per-day bit flags of the consumption engine (DAY_FLAGS in @sentinel/detection). */
  flags: smallint('flags').array().notNull(),
  /** Share 0..1 of each day covered by accepted reading intervals (1 = fully measured). */
  coverage: real('coverage').array().notNull(),
  readingErrors: integer('reading_errors').notNull().default(0),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Meters whose readings changed and whose daily consumption must be recomputed.
 * Filled in the same transaction as the readings, emptied in the same transaction
 * as the recomputation, so an import killed in between is completed by the next one.
 */
export const consumptionDirty = pgTable('consumption_dirty', {
  meterRef: integer('meter_ref').primaryKey(),
});

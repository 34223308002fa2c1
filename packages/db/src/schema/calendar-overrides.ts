// The admin's working-day calendar overrides (放假 / 调休上班): the State
// Council publishes next year's calendar late in the year, before the
// chinese-days package catches up, so staff enter it here and every deadline
// computed after that uses it.
import { pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { CALENDAR_OVERRIDE_KINDS } from '@sentinel/domain';

export const calendarOverrideKind = pgEnum('calendar_override_kind', CALENDAR_OVERRIDE_KINDS);

export const calendarOverrides = pgTable('calendar_overrides', {
  /** `YYYY-MM-DD` in Asia/Shanghai; one entry per day (primary key = the only lookup). */
  date: text('date').primaryKey(),
  kind: calendarOverrideKind('kind').notNull(),
  note: text('note').notNull().default(''),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

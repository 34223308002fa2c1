// Calendar overrides: read whole (a few dozen rows a year) and replaced a year at a time.
import { asc, like } from 'drizzle-orm';
import type { CalendarOverride } from '@sentinel/domain';
import { calendarOverrides } from '../schema/calendar-overrides.ts';
import type { SqlSession } from '../session.ts';

export async function listCalendarOverrides(s: SqlSession): Promise<CalendarOverride[]> {
  const rows = await s.db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date));
  return rows.map((r) => ({ date: r.date, kind: r.kind, note: r.note }));
}

/** Replaces every override of one year with the given list (call inside a transaction). */
export async function replaceCalendarYear(s: SqlSession, year: number, list: readonly CalendarOverride[], updatedBy: string): Promise<void> {
  await s.db.delete(calendarOverrides).where(like(calendarOverrides.date, `${year}-%`));
  if (list.length > 0) {
    await s.db.insert(calendarOverrides).values(list.map((o) => ({ date: o.date, kind: o.kind, note: o.note, updatedBy })));
  }
}

// Calendar overrides: read whole (a few dozen rows a year) and replaced a year at a time.
import { asc, eq, like } from 'drizzle-orm';
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

/** Sets one day's override (the admin's single-day edit), replacing any earlier one for that day. */
export async function upsertCalendarOverride(s: SqlSession, o: CalendarOverride, updatedBy: string): Promise<void> {
  await s.db.insert(calendarOverrides).values({ date: o.date, kind: o.kind, note: o.note, updatedBy })
    .onConflictDoUpdate({ target: calendarOverrides.date, set: { kind: o.kind, note: o.note, updatedBy, updatedAt: new Date() } });
}

/** Removes one day's override (back to the official calendar); returns the removed entry, if any. */
export async function deleteCalendarOverride(s: SqlSession, date: string): Promise<CalendarOverride | null> {
  const rows = await s.db.delete(calendarOverrides).where(eq(calendarOverrides.date, date)).returning();
  const r = rows[0];
  return r ? { date: r.date, kind: r.kind, note: r.note } : null;
}

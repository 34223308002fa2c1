// The working-day calendar every deadline uses: China's official calendar
// (chinese-days) with the admin's overrides on top. Operations that set a
// deadline call calendarFor(ctx) so an override entered a minute ago counts.
import { listCalendarOverrides, type SqlSession } from '@sentinel/db';
import { createWorkingCalendar, type WorkingCalendar } from '@sentinel/domain';
import type { ServiceContext } from '../context.ts';

export async function loadWorkingCalendar(s: SqlSession): Promise<WorkingCalendar> {
  return createWorkingCalendar(await listCalendarOverrides(s));
}

/** The context's calendar when a caller injected one (tests), else the stored one. */
export async function calendarFor(ctx: ServiceContext): Promise<WorkingCalendar> {
  return ctx.calendar ?? loadWorkingCalendar(ctx.db);
}

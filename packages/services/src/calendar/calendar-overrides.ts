// Reading and replacing the admin's calendar overrides, one year at a time,
// as the State Council's notice gives them (放假 days and 调休上班 weekends).
import { listCalendarOverrides as listRows, replaceCalendarYear, type SqlSession } from '@sentinel/db';
import { validateCalendarOverrides, OFFICIAL_CALENDAR_YEARS, type CalendarOverride } from '@sentinel/domain';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { operation } from '../operation.ts';

export interface CalendarOverridesView {
  /** Years the official package covers; other years need overrides before deadlines can fall in them. */
  readonly officialYears: number[];
  readonly overrides: CalendarOverride[];
}

async function overridesView(s: SqlSession): Promise<CalendarOverridesView> {
  return { officialYears: [...OFFICIAL_CALENDAR_YEARS].sort((a, b) => a - b), overrides: await listRows(s) };
}

export async function listCalendarOverrides({ ctx }: { ctx: ServiceContext }): Promise<CalendarOverridesView> {
  requirePermission(ctx, 'calendar.manage');
  return overridesView(ctx.db);
}

export const setCalendarYear = operation({
  permission: 'calendar.manage',
  async run(tx, ctx, input: { year: number; overrides: readonly CalendarOverride[] }) {
    const issues = validateCalendarOverrides(input.overrides);
    const outside = input.overrides.findIndex((o) => !o.date.startsWith(`${input.year}-`));
    if (outside >= 0) issues.push({ index: outside, field: 'date', message: `日期 ${input.overrides[outside].date} 不在 ${input.year} 年内` });
    if (issues.length > 0) {
      throw new ServiceError('calendar.invalid_overrides', `节假日调整表有误：${issues.map((i) => `第${i.index + 1}条 ${i.message}`).join('；')}`);
    }
    await replaceCalendarYear(tx, input.year, input.overrides, ctx.user.id);
    return {
      result: await overridesView(tx),
      audit: { action: 'calendar.set_year', targetKind: 'calendar', targetId: String(input.year), detail: { entries: input.overrides.length } },
    };
  },
});

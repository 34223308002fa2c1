// Reading and replacing the admin's calendar overrides: a year at a time, as
// the State Council's notice gives them (放假 days and 调休上班 weekends), or
// one day at a time from the 工作日历 page (with the reason as the note).
import {
  deleteCalendarOverride, listCalendarOverrides as listRows, replaceCalendarYear, upsertCalendarOverride, type SqlSession,
} from '@sentinel/db';
import {
  calendarYearView, isoToDay, validateCalendarOverrides, OFFICIAL_CALENDAR_YEARS, type CalendarOverride, type CalendarYearView,
} from '@sentinel/domain';
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

/** Every day of one year as deadlines see it, with the official answer under each admin change. */
export async function getCalendarYear({ ctx, input }: { ctx: ServiceContext; input: { year: number } }): Promise<CalendarYearView> {
  requirePermission(ctx, 'calendar.manage');
  return calendarYearView(input.year, await listRows(ctx.db));
}

function checkedDate(date: string): string {
  if (Number.isNaN(isoToDay(date))) throw new ServiceError('calendar.invalid_overrides', `日期 "${date}" 不是有效的 YYYY-MM-DD`);
  return date;
}

/** Marks one day 放假 or 上班 (the reason is required: it is what staff see on the day). */
export const setCalendarDay = operation({
  permission: 'calendar.manage',
  async run(tx, ctx, input: CalendarOverride) {
    const date = checkedDate(input.date);
    const note = input.note.trim();
    if (note === '') throw new ServiceError('calendar.invalid_overrides', `请填写调整 ${date} 的原因（如 国办发明电〔2026〕x号）`);
    const before = (await listRows(tx)).find((o) => o.date === date) ?? null;
    await upsertCalendarOverride(tx, { date, kind: input.kind, note }, ctx.user.id);
    return {
      result: calendarYearView(Number(date.slice(0, 4)), await listRows(tx)),
      audit: { action: 'calendar.set_day', targetKind: 'calendar', targetId: date, detail: { kind: input.kind, note, before } },
    };
  },
});

/** Removes the admin's change of one day: the official calendar applies again. */
export const clearCalendarDay = operation({
  permission: 'calendar.manage',
  async run(tx, ctx, input: { date: string }) {
    const date = checkedDate(input.date);
    const removed = await deleteCalendarOverride(tx, date);
    return {
      result: calendarYearView(Number(date.slice(0, 4)), await listRows(tx)),
      audit: { action: 'calendar.clear_day', targetKind: 'calendar', targetId: date, detail: { removed } },
    };
  },
});

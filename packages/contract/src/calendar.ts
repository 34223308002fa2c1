// The working-day calendar's admin overrides (节假日调整).
import { Type, type Static } from '@sinclair/typebox';
import { CALENDAR_OVERRIDE_KINDS } from '@sentinel/domain';
import { Day, lit, Nullable, Text } from './kit.ts';
import { MAX_NOTE } from './limits.ts';

export const CalendarOverride = Type.Object({
  date: Day('日期 YYYY-MM-DD（上海时间）'),
  kind: lit(CALENDAR_OVERRIDE_KINDS, 'holiday 放假 / workday 调休上班'),
  note: Text(MAX_NOTE, { description: '备注，如 2027 春节、国办发明电文号' }),
});
export type CalendarOverride = Static<typeof CalendarOverride>;

export const Calendar = Type.Object({
  officialYears: Type.Array(Type.Integer(), { description: '官方日历数据已覆盖的年份' }),
  overrides: Type.Array(CalendarOverride),
});
export type Calendar = Static<typeof Calendar>;

export const CalendarYearBody = Type.Object({ overrides: Type.Array(CalendarOverride, { maxItems: 400 }) });

/** One day of a year on the 工作日历 page. */
export const CalendarYearDay = Type.Object({
  date: Day(),
  working: Type.Boolean({ description: '是否工作日（期限按此计算）' }),
  source: lit(['override', 'official', 'weekday'] as const, 'override 管理员调整 / official 国务院办公厅通知 / weekday 普通周历'),
  label: Type.String({ description: '节日名称、调整原因，或 工作日 / 周末' }),
  officialWorking: Nullable(Type.Boolean({ description: '管理员调整过的日子：不调整时是否工作日' })),
  officialLabel: Nullable(Type.String({ description: '管理员调整过的日子：官方日历的说明' })),
});
export type CalendarYearDay = Static<typeof CalendarYearDay>;

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  official: Type.Boolean({ description: '官方日历数据已覆盖该年' }),
  covered: Type.Boolean({ description: '该年可计算期限（官方数据或管理员已录入）' }),
  days: Type.Array(CalendarYearDay),
});
export type CalendarYear = Static<typeof CalendarYear>;

/** The admin's change of one day: 放假 or 调休上班, with the reason (required). */
export const CalendarDayBody = Type.Object({
  kind: lit(CALENDAR_OVERRIDE_KINDS, 'holiday 放假 / workday 上班'),
  note: Text(MAX_NOTE, { minLength: 1, description: '调整原因，如 国办发明电〔2026〕x号' }),
});
export type CalendarDayBody = Static<typeof CalendarDayBody>;

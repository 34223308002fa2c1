// The working-day calendar's admin overrides (节假日调整).
import { Type, type Static } from '@sinclair/typebox';
import { CALENDAR_OVERRIDE_KINDS } from '@sentinel/domain';
import { Day, lit, Text } from './kit.ts';
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

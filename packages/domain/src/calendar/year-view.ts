// One year of the working-day calendar as the admin's 工作日历 page shows it:
// every day, working or not, where the answer comes from, and — for a day the
// admin changed — what the official calendar says underneath, so the page can
// show "官方：国庆节（放假）→ 调整为上班" and offer to undo it.
import { dayToIso, isoToDay } from '../time.ts';
import { OFFICIAL_CALENDAR_YEARS, packageDay } from './official-calendar.ts';
import { compileOverrides, overrideLabel, type CalendarOverride } from './overrides.ts';
import type { DayInfoSource } from './working-days.ts';

export interface CalendarYearDay {
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  readonly date: string;
  readonly working: boolean;
  readonly source: DayInfoSource;
  /** Chinese description: the festival, the admin's note, or 工作日 / 周末. */
  readonly label: string;
  /** For an override: whether the day is a working day without it. */
  readonly officialWorking: boolean | null;
  /** For an override: the official description underneath. */
  readonly officialLabel: string | null;
}

export interface CalendarYearView {
  readonly year: number;
  /** The package holds the State Council calendar for this year. */
  readonly official: boolean;
  /** Deadlines may fall in this year: the package or at least one admin entry covers it. */
  readonly covered: boolean;
  readonly days: CalendarYearDay[];
}

/**
 * Every day of `year` on the calendar deadlines use (createWorkingCalendar with
 * the same overrides gives the same `working` for each day of a covered year).
 * @throws InvalidCalendarOverridesError when the override list is invalid.
 */
export function calendarYearView(year: number, overrides: readonly CalendarOverride[]): CalendarYearView {
  const compiled = compileOverrides(overrides);
  const first = isoToDay(`${year}-01-01`);
  const last = isoToDay(`${year}-12-31`);
  const days: CalendarYearDay[] = [];
  for (let day = first; day <= last; day += 1) {
    const plain = packageDay(day);
    const override = compiled.byDay.get(day);
    days.push(override
      ? {
        date: dayToIso(day), working: override.kind === 'workday', source: 'override',
        label: overrideLabel(override),
        officialWorking: plain.working, officialLabel: plain.label,
      }
      : { date: dayToIso(day), ...plain, officialWorking: null, officialLabel: null });
  }
  const official = OFFICIAL_CALENDAR_YEARS.has(year);
  return { year, official, covered: official || compiled.years.has(year), days };
}

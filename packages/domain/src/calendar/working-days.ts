// Working days on China's official calendar, in Shanghai day numbers.
//
// Deadline rule (used by every case deadline): a notice served on day D with
// "N working days" is due at the end of the N-th working day AFTER D. D itself
// never counts, whether or not it is a working day; 调休 weekend workdays count,
// official holidays do not. Example: served Wednesday 2026-09-30, 5 working
// days → 10-01…10-07 are 国庆节, 10-08 (Thu) is the 1st, 10-09 the 2nd,
// Saturday 10-10 (调休上班) the 3rd, 10-12 the 4th, 10-13 the 5th: due 2026-10-13.
import { CalendarYearNotCoveredError, InvalidWorkingDayCountError } from './errors.ts';
import { OFFICIAL_CALENDAR_YEARS, packageDay } from './official-calendar.ts';
import { compileOverrides, overrideLabel, type CalendarOverride, type CompiledOverrides } from './overrides.ts';

export type DayInfoSource = 'override' | 'official' | 'weekday';

export interface DayInfo {
  readonly day: number;
  readonly working: boolean;
  /** Where the answer came from: the admin table, the package, or the ordinary week. */
  readonly source: DayInfoSource;
  /** Chinese description: the festival, the override note, or 工作日 / 周末. */
  readonly label: string;
}

export interface WorkingCalendar {
  /** Whether the package or the admin's overrides hold this year's official calendar. */
  coversYear(year: number): boolean;
  /** @throws CalendarYearNotCoveredError */
  dayInfo(day: number): DayInfo;
  /** @throws CalendarYearNotCoveredError */
  isWorkingDay(day: number): boolean;
  /** The n-th working day after fromDay (n = 0 gives fromDay). @throws CalendarYearNotCoveredError, InvalidWorkingDayCountError */
  addWorkingDays(fromDay: number, n: number): number;
  /** Working days in (fromDay, toDay]; negative when toDay < fromDay. @throws CalendarYearNotCoveredError */
  workingDaysBetween(fromDay: number, toDay: number): number;
}

export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

class OfficialWorkingCalendar implements WorkingCalendar {
  constructor(private readonly overrides: CompiledOverrides) {}

  coversYear(year: number): boolean {
    return OFFICIAL_CALENDAR_YEARS.has(year) || this.overrides.years.has(year);
  }

  dayInfo(day: number): DayInfo {
    const override = this.overrides.byDay.get(day);
    if (override) {
      return { day, working: override.kind === 'workday', source: 'override', label: overrideLabel(override) };
    }
    const year = yearOfDay(day);
    if (!this.coversYear(year)) throw new CalendarYearNotCoveredError(year);
    return { day, ...packageDay(day) };
  }

  isWorkingDay(day: number): boolean {
    return this.dayInfo(day).working;
  }

  addWorkingDays(fromDay: number, n: number): number {
    if (!Number.isInteger(n) || n < 0) throw new InvalidWorkingDayCountError(n);
    let day = fromDay;
    let left = n;
    while (left > 0) {
      day += 1;
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  workingDaysBetween(fromDay: number, toDay: number): number {
    const sign = toDay >= fromDay ? 1 : -1;
    const [lo, hi] = sign > 0 ? [fromDay, toDay] : [toDay, fromDay];
    let count = 0;
    for (let day = lo + 1; day <= hi; day += 1) if (this.isWorkingDay(day)) count += 1;
    return sign * count;
  }
}

const packageOnly = new OfficialWorkingCalendar(compileOverrides([]));

/**
 * A calendar that consults the admin's overrides first, then chinese-days.
 * @throws InvalidCalendarOverridesError when the override list is invalid.
 */
export function createWorkingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  return overrides.length === 0 ? packageOnly : new OfficialWorkingCalendar(compileOverrides(overrides));
}

/** @throws CalendarYearNotCoveredError when the day's year has no calendar data. */
export function isWorkingDay(day: number, overrides: readonly CalendarOverride[] = []): boolean {
  return createWorkingCalendar(overrides).isWorkingDay(day);
}

/**
 * The n-th working day after fromDay (see the deadline rule at the top).
 * @throws CalendarYearNotCoveredError when a day it must look at has no calendar data.
 */
export function addWorkingDays(fromDay: number, n: number, overrides: readonly CalendarOverride[] = []): number {
  return createWorkingCalendar(overrides).addWorkingDays(fromDay, n);
}

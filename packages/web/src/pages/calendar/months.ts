// The year's days laid out as twelve month grids, weeks starting on Monday
// (the way Chinese wall calendars and the State Council notice read).
import type { CalendarYearDay } from '@sentinel/contract';

export interface MonthGrid {
  /** 1 … 12 */
  readonly month: number;
  /** Rows of seven cells, Monday first; null pads the first and last week. */
  readonly weeks: (CalendarYearDay | null)[][];
}

/** Monday = 0 … Sunday = 6 of a `YYYY-MM-DD` (a calendar date, no time zone involved). */
export function mondayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const;

export function weekdayName(date: string): string {
  return `周${WEEKDAY_NAMES[mondayIndex(date)]}`;
}

export function monthGrids(days: readonly CalendarYearDay[]): MonthGrid[] {
  const grids: MonthGrid[] = [];
  for (const day of days) {
    const month = Number(day.date.slice(5, 7));
    let grid = grids.at(-1);
    if (!grid || grid.month !== month) {
      grid = { month, weeks: [Array<CalendarYearDay | null>(mondayIndex(day.date)).fill(null)] };
      grids.push(grid);
    }
    let week = grid.weeks.at(-1) as (CalendarYearDay | null)[];
    if (week.length === 7) {
      week = [];
      grid.weeks.push(week);
    }
    week.push(day);
  }
  for (const grid of grids) {
    const last = grid.weeks.at(-1) as (CalendarYearDay | null)[];
    while (last.length < 7) last.push(null);
  }
  return grids;
}

export interface YearCounts { working: number; off: number; changed: number }

export function yearCounts(days: readonly CalendarYearDay[]): YearCounts {
  let working = 0;
  let changed = 0;
  for (const d of days) {
    if (d.working) working += 1;
    if (d.source === 'override') changed += 1;
  }
  return { working, off: days.length - working, changed };
}

/** A weekend day that is worked (调休上班) or a weekday that is off (放假): what the grid marks 班 / 休. */
export function dayMark(d: CalendarYearDay): '班' | '休' | null {
  const weekend = mondayIndex(d.date) >= 5;
  if (d.working && weekend) return '班';
  if (!d.working && !weekend) return '休';
  if (!d.working && d.source !== 'weekday') return '休';
  return null;
}

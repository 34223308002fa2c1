import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalendarYearDay } from '@sentinel/contract';
import { dayMark, mondayIndex, monthGrids, weekdayName, yearCounts } from '../src/pages/calendar/months.ts';

function yearOf(year: number): CalendarYearDay[] {
  const days: CalendarYearDay[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const weekend = mondayIndex(date) >= 5;
    days.push({ date, working: !weekend, source: 'weekday', label: weekend ? '周末' : '工作日', officialWorking: null, officialLabel: null });
  }
  return days;
}

describe('calendar month grids', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayName('2026-12-07')).toBe('周一');
    expect(weekdayName('2026-10-01')).toBe('周四');
  });

  it('puts every day once, in twelve months of full Monday-first weeks', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2100 }), (year) => {
      const days = yearOf(year);
      const grids = monthGrids(days);
      expect(grids.map((g) => g.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const placed = grids.flatMap((g) => g.weeks.flat()).filter((d) => d !== null);
      expect(placed.map((d) => d.date)).toEqual(days.map((d) => d.date));
      for (const g of grids) {
        for (const week of g.weeks) {
          expect(week).toHaveLength(7);
          week.forEach((d, i) => { if (d) expect(mondayIndex(d.date)).toBe(i); });
        }
      }
    }), { numRuns: 30 });
  });

  it('counts and marks 班 / 休 against the ordinary week', () => {
    const days = yearOf(2026);
    expect(yearCounts(days)).toEqual({ working: 261, off: 104, changed: 0 });
    const sat = { ...days.find((d) => d.date === '2026-10-10') as CalendarYearDay, working: true, source: 'official' as const };
    const thu = { ...days.find((d) => d.date === '2026-10-01') as CalendarYearDay, working: false, source: 'official' as const };
    expect(dayMark(sat)).toBe('班');
    expect(dayMark(thu)).toBe('休');
    expect(dayMark(days[0])).toBeNull();
  });
});

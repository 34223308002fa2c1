// The 工作日历 page's year view must agree with the calendar deadlines use,
// day by day, whatever the admin changed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarYearView, createWorkingCalendar, isoToDay, type CalendarOverride } from '../src/index.ts';

const dateIn = (year: number) => fc.integer({ min: 0, max: 364 }).map((offset) => new Date(Date.UTC(year, 0, 1 + offset)).toISOString().slice(0, 10));

const overridesIn = (year: number) => fc.uniqueArray(
  fc.record({ date: dateIn(year), kind: fc.constantFrom('holiday' as const, 'workday' as const), note: fc.string({ maxLength: 8 }) }),
  { selector: (o) => o.date, maxLength: 20 },
);

describe('calendarYearView', () => {
  it('lists every day of the year once, in order', () => {
    expect(calendarYearView(2026, []).days).toHaveLength(365);
    expect(calendarYearView(2028, []).days).toHaveLength(366);
    const dates = calendarYearView(2026, []).days.map((d) => d.date);
    expect(dates[0]).toBe('2026-01-01');
    expect(dates.at(-1)).toBe('2026-12-31');
  });

  it('agrees with the working calendar on every day, and keeps the official answer under each override', () => {
    fc.assert(fc.property(overridesIn(2026), (overrides: CalendarOverride[]) => {
      const view = calendarYearView(2026, overrides);
      const calendar = createWorkingCalendar(overrides);
      const plain = calendarYearView(2026, []);
      view.days.forEach((d, i) => {
        expect(d.working).toBe(calendar.isWorkingDay(isoToDay(d.date)));
        const o = overrides.find((x) => x.date === d.date);
        if (o) {
          expect(d.source).toBe('override');
          expect(d.officialWorking).toBe(plain.days[i].working);
        } else {
          expect(d).toEqual(plain.days[i]);
        }
      });
    }), { numRuns: 50 });
  });

  it('marks a year the package lacks as uncovered until the admin enters a day of it', () => {
    expect(calendarYearView(2031, [])).toMatchObject({ official: false, covered: false });
    expect(calendarYearView(2031, [{ date: '2031-01-01', kind: 'holiday', note: '元旦' }])).toMatchObject({ official: false, covered: true });
  });
});

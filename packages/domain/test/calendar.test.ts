import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addWorkingDays,
  CalendarYearNotCoveredError,
  createWorkingCalendar,
  InvalidCalendarOverridesError,
  InvalidWorkingDayCountError,
  isWorkingDay,
  OFFICIAL_CALENDAR_YEARS,
  validateCalendarOverrides,
  type CalendarOverride,
} from '../src/calendar/index.ts';
import { dayOfWeek, dayToIso, isoToDay } from '../src/time.ts';

const d = (iso: string): number => isoToDay(iso);
const due = (from: string, n: number, overrides: CalendarOverride[] = []): string => dayToIso(addWorkingDays(d(from), n, overrides));

describe('official 2026 calendar from chinese-days', () => {
  it('knows which years it holds', () => {
    expect(OFFICIAL_CALENDAR_YEARS.has(2026)).toBe(true);
    expect(OFFICIAL_CALENDAR_YEARS.has(2027)).toBe(false);
  });
  it('marks the National Day week (10-01…10-07) as holidays and the 调休 weekends as workdays', () => {
    for (let day = d('2026-10-01'); day <= d('2026-10-07'); day += 1) expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay(d('2026-10-08'))).toBe(true); // Thursday after the holiday
    expect(dayOfWeek(d('2026-09-20'))).toBe(0);
    expect(isWorkingDay(d('2026-09-20'))).toBe(true); // Sunday made a workday
    expect(dayOfWeek(d('2026-10-10'))).toBe(6);
    expect(isWorkingDay(d('2026-10-10'))).toBe(true); // Saturday made a workday
    expect(isWorkingDay(d('2026-10-11'))).toBe(false); // an ordinary Sunday
  });
  it('marks the Spring Festival (02-15…02-23) as holidays and 02-14, 02-28 as workdays', () => {
    for (let day = d('2026-02-15'); day <= d('2026-02-23'); day += 1) expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay(d('2026-02-14'))).toBe(true);
    expect(isWorkingDay(d('2026-02-28'))).toBe(true);
  });
  it('labels days for the UI', () => {
    const cal = createWorkingCalendar();
    expect(cal.dayInfo(d('2026-10-01'))).toMatchObject({ working: false, source: 'official', label: '国庆节' });
    expect(cal.dayInfo(d('2026-10-10'))).toMatchObject({ working: true, source: 'official', label: '国庆节调休上班' });
    expect(cal.dayInfo(d('2026-11-28'))).toMatchObject({ working: false, source: 'weekday', label: '周末' });
  });
});

describe('deadlines: the N-th working day after the day of service', () => {
  it('skips the National Day week and counts the 调休 Saturday', () => {
    // 10-08 (1), 10-09 (2), Sat 10-10 (3), 10-12 (4), 10-13 (5)
    expect(due('2026-09-30', 5)).toBe('2026-10-13');
    expect(due('2026-09-30', 3)).toBe('2026-10-10');
  });
  it('counts the Sunday 09-20 workday and skips the Mid-Autumn weekend', () => {
    expect(due('2026-09-19', 1)).toBe('2026-09-20');
    expect(due('2026-09-25', 3)).toBe('2026-09-30');
  });
  it('crosses the Spring Festival', () => {
    // Sat 02-14 (1), holiday to 02-23, 02-24 (2) … 02-27 (5)
    expect(due('2026-02-13', 5)).toBe('2026-02-27');
    expect(due('2026-02-12', 3)).toBe('2026-02-24');
    // Served during the holiday: the 5th working day is the 调休 Saturday 02-28.
    expect(due('2026-02-20', 5)).toBe('2026-02-28');
  });
  it('never counts the day of service itself, and 0 days is that day', () => {
    expect(due('2026-03-02', 1)).toBe('2026-03-03');
    expect(due('2026-03-07', 0)).toBe('2026-03-07');
  });
  it('rejects a negative or fractional count with a typed error', () => {
    expect(() => addWorkingDays(d('2026-03-02'), -1)).toThrow(InvalidWorkingDayCountError);
    expect(() => addWorkingDays(d('2026-03-02'), 1.5)).toThrow(InvalidWorkingDayCountError);
  });
  it('agrees with workingDaysBetween and always lands on a working day', () => {
    const cal = createWorkingCalendar();
    const jan1 = d('2026-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 20 }), (offset, n) => {
        const from = jan1 + offset;
        const to = cal.addWorkingDays(from, n);
        expect(cal.isWorkingDay(to)).toBe(true);
        expect(cal.workingDaysBetween(from, to)).toBe(n);
        expect(cal.workingDaysBetween(to, from)).toBe(-n);
        expect(cal.addWorkingDays(from, n + 1)).toBeGreaterThan(to);
      }),
    );
  });
});

describe('years the package does not cover yet', () => {
  const newYear2027: CalendarOverride[] = [
    { date: '2027-01-01', kind: 'holiday', note: '2027 元旦' },
  ];
  it('refuses to guess a 2027 deadline and says what to do', () => {
    let error: unknown;
    try {
      addWorkingDays(d('2026-12-28'), 5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarYearNotCoveredError);
    expect((error as CalendarYearNotCoveredError).code).toBe('calendar.year_not_covered');
    expect((error as CalendarYearNotCoveredError).year).toBe(2027);
    expect((error as Error).message).toContain('2027 年的法定节假日安排尚未录入');
    expect(() => isWorkingDay(d('2027-03-01'))).toThrow(CalendarYearNotCoveredError);
  });
  it('uses the admin override table once the year is entered', () => {
    // 12-29 (1), 12-30 (2), 12-31 (3), Fri 2027-01-01 元旦, 01-04 (4), 01-05 (5)
    expect(due('2026-12-28', 5, newYear2027)).toBe('2027-01-05');
    expect(isWorkingDay(d('2027-03-01'), newYear2027)).toBe(true);
    expect(createWorkingCalendar(newYear2027).dayInfo(d('2027-01-01'))).toMatchObject({ working: false, source: 'override', label: '2027 元旦' });
  });
  it('lets an override win over the package', () => {
    const extra: CalendarOverride[] = [{ date: '2026-10-08', kind: 'holiday', note: '测试：延长假期' }];
    expect(due('2026-09-30', 1)).toBe('2026-10-08');
    expect(due('2026-09-30', 1, extra)).toBe('2026-10-09');
    expect(isWorkingDay(d('2026-10-10'), [{ date: '2026-10-10', kind: 'holiday', note: '' }])).toBe(false);
  });
  it('rejects invalid override tables with every problem listed', () => {
    const bad = [
      { date: '2027-02-30', kind: 'holiday', note: '' },
      { date: '2027-02-01', kind: 'holiday', note: '' },
      { date: '2027-02-01', kind: 'workday', note: '' },
      { date: '2027-02-02', kind: 'vacation', note: '' },
    ] as unknown as CalendarOverride[];
    const issues = validateCalendarOverrides(bad);
    expect(issues.map((i) => [i.index, i.field])).toEqual([[0, 'date'], [2, 'date'], [3, 'kind']]);
    expect(() => createWorkingCalendar(bad)).toThrow(InvalidCalendarOverridesError);
  });
});

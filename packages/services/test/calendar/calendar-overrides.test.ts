// The admin's calendar overrides on both engines: a year the official package
// does not cover can be entered, is validated, audited, and then used by
// every deadline computed from the database.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { isoToDay, dayToIso, CalendarYearNotCoveredError } from '@sentinel/domain';
import {
  clearCalendarDay, getCalendarYear, listAuditEntries, listCalendarOverrides, loadWorkingCalendar, setCalendarDay, setCalendarYear,
} from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor } from '../closed-loop/fixtures.ts';

// 2027 Spring Festival as an admin would enter it (dates chosen for the test, not a claim about the real 2027 notice).
const SPRING_2027 = [
  ...['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({ date, kind: 'holiday' as const, note: '2027 春节' })),
  { date: '2027-02-13', kind: 'workday' as const, note: '2027 春节调休上班' },
];

describeEachEngine('calendar overrides', (engine) => {
  let db: Database;
  const clock = clockAt('2026-12-20T10:00:00+08:00');
  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  it('refuses deadlines in an uncovered year until the admin enters it, then uses it', async () => {
    const before = await loadWorkingCalendar(db);
    expect(() => before.addWorkingDays(isoToDay('2027-02-04'), 3)).toThrow(CalendarYearNotCoveredError);

    const admin = ctxFor(db, clock, 'admin', 'whole');
    const view = await setCalendarYear({ ctx: admin, input: { year: 2027, overrides: SPRING_2027 } });
    expect(view.overrides).toHaveLength(SPRING_2027.length);
    expect(view.officialYears).toContain(2026);

    const after = await loadWorkingCalendar(db);
    // Thu 02-04 + 3 working days: Fri 02-05, then the holiday week, then the 调休 Saturday 02-13, then Mon 02-15.
    expect(dayToIso(after.addWorkingDays(isoToDay('2027-02-04'), 3))).toBe('2027-02-15');

    const audit = await listAuditEntries({ ctx: admin, input: { targetKind: 'calendar', limit: 10 } });
    expect(audit.map((a) => a.action)).toContain('calendar.set_year');
  });

  it('replaces a whole year, and rejects bad entries with a Chinese message and no change', async () => {
    const admin = ctxFor(db, clock, 'admin', 'whole');
    await setCalendarYear({ ctx: admin, input: { year: 2027, overrides: SPRING_2027 } });
    await expect(setCalendarYear({ ctx: admin, input: { year: 2027, overrides: [{ date: '2027-02-30', kind: 'holiday', note: '' }] } }))
      .rejects.toMatchObject({ code: 'calendar.invalid_overrides', message: expect.stringContaining('2027-02-30') });
    await expect(setCalendarYear({ ctx: admin, input: { year: 2027, overrides: [{ date: '2028-01-01', kind: 'holiday', note: '' }] } }))
      .rejects.toMatchObject({ code: 'calendar.invalid_overrides' });
    expect((await listCalendarOverrides({ ctx: admin })).overrides).toHaveLength(SPRING_2027.length);

    await setCalendarYear({ ctx: admin, input: { year: 2027, overrides: SPRING_2027.slice(0, 2) } });
    expect((await listCalendarOverrides({ ctx: admin })).overrides.map((o) => o.date)).toEqual(['2027-02-06', '2027-02-07']);
  });

  it('is the administrator’s alone', async () => {
    for (const role of ['ops_center', 'committee', 'property'] as const) {
      await expect(listCalendarOverrides({ ctx: ctxFor(db, clock, role) })).rejects.toMatchObject({ code: expect.stringMatching(/^auth\./) });
    }
  });
});

describeEachEngine('calendar: one day at a time (工作日历 page)', (engine) => {
  let db: Database;
  const clock = clockAt('2026-12-20T10:00:00+08:00');
  beforeEach(async () => { db = await engine.open(); });
  afterEach(async () => db.close());

  it('marks a working day as a holiday with its reason, audited; deadlines then skip it; clearing restores the official day', async () => {
    const admin = ctxFor(db, clock, 'admin', 'whole');
    // Mon 2026-12-21 + 1 working day = Tue 12-22 on the official calendar.
    expect(dayToIso((await loadWorkingCalendar(db)).addWorkingDays(isoToDay('2026-12-21'), 1))).toBe('2026-12-22');

    const view = await setCalendarDay({ ctx: admin, input: { date: '2026-12-22', kind: 'holiday', note: '  区里统一调休  ' } });
    const day = view.days.find((d) => d.date === '2026-12-22');
    expect(day).toMatchObject({ working: false, source: 'override', label: '区里统一调休', officialWorking: true, officialLabel: '工作日' });
    expect(view.days).toHaveLength(365);
    expect(dayToIso((await loadWorkingCalendar(db)).addWorkingDays(isoToDay('2026-12-21'), 1))).toBe('2026-12-23');

    // A second edit of the same day replaces the first.
    await setCalendarDay({ ctx: admin, input: { date: '2026-12-22', kind: 'workday', note: '恢复上班' } });
    expect((await listCalendarOverrides({ ctx: admin })).overrides).toEqual([{ date: '2026-12-22', kind: 'workday', note: '恢复上班' }]);

    const cleared = await clearCalendarDay({ ctx: admin, input: { date: '2026-12-22' } });
    expect(cleared.days.find((d) => d.date === '2026-12-22')).toMatchObject({ working: true, source: 'weekday', officialWorking: null });
    expect((await listCalendarOverrides({ ctx: admin })).overrides).toEqual([]);

    const audit = await listAuditEntries({ ctx: admin, input: { targetKind: 'calendar', limit: 10 } });
    expect(audit.map((a) => a.action).sort()).toEqual(['calendar.clear_day', 'calendar.set_day', 'calendar.set_day']);
    expect(audit.find((a) => a.action === 'calendar.clear_day')?.targetId).toBe('2026-12-22');
  });

  it('shows the official holidays and 调休 workdays of a year, and refuses a change without a reason or with a bad date', async () => {
    const admin = ctxFor(db, clock, 'admin', 'whole');
    const year = await getCalendarYear({ ctx: admin, input: { year: 2026 } });
    expect(year).toMatchObject({ year: 2026, official: true, covered: true });
    expect(year.days.find((d) => d.date === '2026-10-01')).toMatchObject({ working: false, source: 'official', label: '国庆节' });
    expect(year.days.find((d) => d.date === '2026-10-10')).toMatchObject({ working: true, source: 'official' });
    expect((await getCalendarYear({ ctx: admin, input: { year: 2031 } })).covered).toBe(false);

    await expect(setCalendarDay({ ctx: admin, input: { date: '2026-12-22', kind: 'holiday', note: '   ' } }))
      .rejects.toMatchObject({ code: 'calendar.invalid_overrides', message: expect.stringContaining('原因') });
    await expect(setCalendarDay({ ctx: admin, input: { date: '2026-02-30', kind: 'holiday', note: '误填' } }))
      .rejects.toMatchObject({ code: 'calendar.invalid_overrides', message: expect.stringContaining('2026-02-30') });
    for (const role of ['ops_center', 'committee'] as const) {
      await expect(setCalendarDay({ ctx: ctxFor(db, clock, role), input: { date: '2026-12-22', kind: 'holiday', note: 'x' } }))
        .rejects.toMatchObject({ code: expect.stringMatching(/^auth\./) });
    }
  });
});

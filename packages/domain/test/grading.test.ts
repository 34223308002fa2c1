import { describe, expect, it } from 'vitest';
import { gradeDwelling, isRevisitDue, nextRevisitDay, REVISIT_INTERVAL_DAYS, type GradingInput } from '../src/grading/index.ts';
import { isoToDay } from '../src/time.ts';

const today = isoToDay('2026-06-01');
const base: GradingInput = { caseState: null, lastRelapseDay: null, alertLevel: null, isRental: null, rentalFiled: null, asOfDay: today };

describe('gradeDwelling', () => {
  it('is red for a confirmed group rental not yet rectified', () => {
    for (const caseState of ['confirmed', 'notified', 'acceptance_failed', 'interviewed', 'joint_enforcement'] as const) {
      expect(gradeDwelling({ ...base, caseState }).grade).toBe('red');
    }
  });
  it('is red for a relapse point within a year, and for a high whistle score', () => {
    expect(gradeDwelling({ ...base, caseState: 'monitoring', lastRelapseDay: today - 200 })).toEqual({
      grade: 'red',
      reasons: ['回潮点位（一年内发生回潮）', '已整改，回头看跟踪中'],
    });
    expect(gradeDwelling({ ...base, lastRelapseDay: today - 400 }).grade).toBe('green');
    expect(gradeDwelling({ ...base, alertLevel: 'red' }).grade).toBe('red');
  });
  it('is yellow under watch, at medium score, for a suspect awaiting verification, or rented without filing', () => {
    expect(gradeDwelling({ ...base, caseState: 'monitoring' }).grade).toBe('yellow');
    expect(gradeDwelling({ ...base, caseState: 'rectified' }).grade).toBe('yellow');
    expect(gradeDwelling({ ...base, alertLevel: 'yellow' }).grade).toBe('yellow');
    expect(gradeDwelling({ ...base, caseState: 'no_access' }).grade).toBe('yellow');
    expect(gradeDwelling({ ...base, isRental: true, rentalFiled: false })).toEqual({ grade: 'yellow', reasons: ['出租房屋未办理租赁备案'] });
  });
  it('is green otherwise, including closed cases and cleared dwellings', () => {
    expect(gradeDwelling(base)).toEqual({ grade: 'green', reasons: [] });
    expect(gradeDwelling({ ...base, caseState: 'closed', alertLevel: 'green', isRental: true, rentalFiled: true }).grade).toBe('green');
    expect(gradeDwelling({ ...base, caseState: 'not_group_rental' }).grade).toBe('green');
  });
});

describe('revisit schedule', () => {
  it('visits red weekly, yellow monthly, green quarterly', () => {
    expect(REVISIT_INTERVAL_DAYS).toEqual({ red: 7, yellow: 30, green: 90 });
    expect(nextRevisitDay('red', today, today)).toBe(today + 7);
    expect(isRevisitDue('yellow', today - 30, today)).toBe(true);
    expect(isRevisitDue('yellow', today - 29, today)).toBe(false);
    expect(isRevisitDue('green', null, today)).toBe(true);
  });
});

// Deadlines set through the services cross holidays and count 调休 working
// weekends; a year without an official calendar is refused until staff enter
// it (override table), never guessed. Demo users: one per role.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { createWorkingCalendar, ROLES } from '@sentinel/domain';
import { DEMO_PASSWORD, DomainError, httpStatusOf, login, openCaseFromAlert, seedDemoUsers, transitionCase, type ServiceContext } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, groupRentalChecklist, photoDir, seedHouses, uploadPhoto } from './fixtures.ts';

describeEachEngine('deadlines across holidays (services)', (engine) => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 4);
    dir = await photoDir();
  });
  afterAll(async () => db.close());

  it('notices served on 2026-09-30 are due 2026-10-13 (国庆 off, Saturday 10-10 调休 counts); failing acceptance waits until 10-14', async () => {
    const clock = clockAt('2026-09-28T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const committee = ctxFor(db, clock, 'committee');
    const enforcement = ctxFor(db, clock, 'enforcement', 'whole');
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: [] } });
    await transitionCase({ ctx: ops, input: { caseId, action: 'dispatch', evidence: {} } });
    await transitionCase({ ctx: committee, input: { caseId, action: 'accept_dispatch', evidence: {} } });
    const photo = await uploadPhoto(committee, dir, 'H1', 'd1');
    await transitionCase({ ctx: committee, input: { caseId, action: 'confirm', evidence: { checklist: groupRentalChecklist(), photoIds: [photo] } } });
    clock.set('2026-09-30T16:00:00+08:00');
    const notices = (['rectification', 'population_registration', 'rental_filing'] as const).map((kind) => ({ kind, servedAt: clock.now(), photoIds: [photo] }));
    const served = await transitionCase({ ctx: committee, input: { caseId, action: 'serve_notices', evidence: { notices } } });
    expect(served.case.deadline).toMatchObject({ kind: 'rectification', fromDate: '2026-09-30', dueDate: '2026-10-13' });
    const fail = { units: ['enforcement', 'committee'] as ('enforcement' | 'committee')[], acceptance: { passed: false, remainingViolations: '隔断未拆' }, photoIds: [photo] };
    clock.set('2026-10-13T18:00:00+08:00');
    await expect(transitionCase({ ctx: enforcement, input: { caseId, action: 'fail_acceptance', evidence: fail } })).rejects.toMatchObject({ code: 'case.deadline_not_reached' });
    clock.set('2026-10-14T09:00:00+08:00');
    const failed = await transitionCase({ ctx: enforcement, input: { caseId, action: 'fail_acceptance', evidence: fail } });
    expect(failed.case.state).toBe('acceptance_failed');
  });

  it('a deadline reaching 2027 is refused (409) until the 2027 calendar is entered as overrides', async () => {
    const clock = clockAt('2026-12-29T09:00:00+08:00');
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H2', score: 0.9, level: 'red', reasons: [] } });
    const refused = transitionCase({ ctx: ops, input: { caseId, action: 'dispatch', evidence: { dueInWorkingDays: 5 } } });
    await expect(refused).rejects.toMatchObject({ code: 'calendar.year_not_covered' });
    const error: unknown = await refused.then(() => null, (e: unknown) => e);
    expect(error instanceof DomainError && httpStatusOf(error)).toBe(409);
    const withOverrides: ServiceContext = { ...ops, calendar: createWorkingCalendar([{ date: '2027-01-01', kind: 'holiday', note: '2027 元旦' }]) };
    const ok = await transitionCase({ ctx: withOverrides, input: { caseId, action: 'dispatch', evidence: { dueInWorkingDays: 5 } } });
    // 12-30, 12-31 (Wed, Thu), 01-01 holiday, 01-04 … 01-06: fifth working day is 2027-01-06.
    expect(ok.case.deadline?.dueDate).toBe('2027-01-06');
  });

  it('seedDemoUsers creates one user per role in the register’s biggest neighbourhood, idempotently, and they can sign in', async () => {
    const first = await seedDemoUsers(db);
    const again = await seedDemoUsers(db);
    expect(first.map((c) => c.role).sort()).toEqual([...ROLES].sort());
    expect(again).toEqual(first);
    expect(first.find((c) => c.role === 'property')?.jurisdiction.communities).toHaveLength(1);
    const grant = await login({ ctx: { db, now: Date.now }, input: { username: 'committee', password: DEMO_PASSWORD } });
    expect(grant.user).toMatchObject({ role: 'committee', jurisdiction: { subdistrict: '临汾路街道' } });
  });
});

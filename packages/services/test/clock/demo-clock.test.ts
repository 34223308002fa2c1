// The demo clock, on PGlite and PostgreSQL: the administrator moves the
// demo's today forward, and every deadline, overdue list and step time the
// services compute follows it (ctx.now), so a rectification deadline passes
// and the loop reaches 约谈 and 集中联合整治 in one sitting. Outside demo mode,
// by another role, backwards or malformed, the move is refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import { dayToIso, isoToDay, shanghaiDay } from '@sentinel/domain';
import { describeEachEngine } from '../../../db/test/engines.ts';
import {
  createDemoClock, getCase, getClock, listAuditEntries, listCases, openCaseFromAlert, setDemoToday, transitionCase, type DemoClock, type ServiceContext,
} from '../../src/index.ts';
import { clockAt, groupRentalChecklist, photoDir, seedHouses, uploadPhoto, userOf } from '../closed-loop/fixtures.ts';

describeEachEngine('demo clock', (engine) => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 3);
    dir = await photoDir();
  });
  afterAll(async () => db.close());

  it('moves every deadline computation forward: 验收不合格 → 约谈 → 集中联合整治 without waiting', async () => {
    const real = clockAt('2026-11-02T09:30:00+08:00'); // a Monday; real time stands still here
    const saved: number[] = [];
    const demo: DemoClock = createDemoClock({ real: real.now, save: async (d) => { saved.push(d); } });
    const as = (role: Parameters<typeof userOf>[0], scope: 'whole' | 'own' = 'whole'): ServiceContext => ({ db, user: userOf(role, scope), now: demo.now });
    const ops = as('ops_center');
    const committee = as('committee', 'own');
    const enforcement = as('enforcement');
    const admin = as('admin');
    const step = (ctx: ServiceContext, caseId: string, action: Parameters<typeof transitionCase>[0]['input']['action'], evidence = {}) =>
      transitionCase({ ctx, input: { caseId, action, evidence } });

    const { caseId: id } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: ['用水异常'] } });
    await step(ops, id, 'dispatch');
    await step(committee, id, 'accept_dispatch');
    const photo = await uploadPhoto(committee, dir, 'H1', 'demo-clock');
    await step(committee, id, 'confirm', { checklist: groupRentalChecklist(), photoIds: [photo] });
    const notices = (['rectification', 'population_registration', 'rental_filing'] as const).map((kind) => ({ kind, servedAt: demo.now(), photoIds: [photo] }));
    const notified = await step(committee, id, 'serve_notices', { notices });
    // 5 working days from Monday 11-02: Monday 11-09.
    expect(notified.case.deadline).toMatchObject({ dueDate: '2026-11-09', status: 'on_time' });
    const failing = { units: ['enforcement', 'committee'], acceptance: { passed: false, remainingViolations: '隔断未拆除' }, photoIds: [photo] };
    await expect(step(enforcement, id, 'fail_acceptance', failing)).rejects.toMatchObject({ code: 'case.deadline_not_reached' });

    expect(getClock({ ctx: admin, clock: demo })).toMatchObject({ demo: true, today: '2026-11-02', offsetDays: 0 });
    const moved = await setDemoToday({ ctx: admin, input: { today: '2026-11-10', clock: demo } });
    expect(moved).toMatchObject({ demo: true, today: '2026-11-10', offsetDays: 8 });
    expect(saved).toEqual([8]);
    // Every reader of ctx.now sees the new today: the case page, the overdue list.
    expect((await getCase({ ctx: ops, input: { caseId: id } })).deadline).toMatchObject({ status: 'overdue', statusLabel: '已超期' });
    expect((await listCases({ ctx: ops, input: { overdue: true, limit: 50, offset: 0 } })).items.map((c) => c.id)).toContain(id);

    const failed = await step(enforcement, id, 'fail_acceptance', failing);
    expect(failed.case.state).toBe('acceptance_failed');
    expect(dayToIso(shanghaiDay(Date.parse(failed.case.stateSince)))).toBe('2026-11-10'); // recorded at the demo's time
    const interviewed = await step(enforcement, id, 'interview', { interviewed: ['owner', 'sublessor'], note: '约谈业主及二房东' });
    expect(interviewed.case).toMatchObject({ state: 'interviewed', deadline: { dueDate: '2026-11-13' } });
    await expect(step(enforcement, id, 'fail_acceptance', failing)).rejects.toMatchObject({ code: 'case.deadline_not_reached' });

    await setDemoToday({ ctx: admin, input: { today: '2026-11-16', clock: demo } });
    const enforced = await step(enforcement, id, 'fail_acceptance', failing);
    expect(enforced.case).toMatchObject({ state: 'joint_enforcement', stateLabel: '集中联合整治' });
    expect(saved).toEqual([8, 14]);

    const audit = await listAuditEntries({ ctx: admin, input: { action: 'demo_clock.advance', limit: 10 } });
    expect(audit.map((a) => a.targetId).sort()).toEqual(['2026-11-10', '2026-11-16']);
    expect(audit[0].actionLabel).toBe('调整演示日期');
  });

  it('refuses outside demo mode, for other roles, backwards and malformed dates, and beyond a year', async () => {
    const real = clockAt('2026-11-02T09:30:00+08:00');
    const demo = createDemoClock({ real: real.now });
    const admin: ServiceContext = { db, user: userOf('admin', 'whole'), now: demo.now };
    const ops: ServiceContext = { db, user: userOf('ops_center', 'whole'), now: demo.now };

    expect(getClock({ ctx: admin, clock: null })).toMatchObject({ demo: false, today: '2026-11-02', offsetDays: 0 });
    await expect(setDemoToday({ ctx: admin, input: { today: '2026-11-10', clock: null } })).rejects.toMatchObject({ code: 'demo.not_demo_mode' });
    await expect(setDemoToday({ ctx: ops, input: { today: '2026-11-10', clock: demo } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(setDemoToday({ ctx: admin, input: { today: '2026-11-02', clock: demo } })).rejects.toMatchObject({ code: 'demo.clock_backwards' });
    await expect(setDemoToday({ ctx: admin, input: { today: '2026-02-30', clock: demo } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(setDemoToday({ ctx: admin, input: { today: dayToIso(isoToDay('2026-11-02') + 367), clock: demo } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(demo.offsetDays()).toBe(0);
  });
});

// 待办 through the services on both engines: a dispatched case waits for the
// committee it went to (not for another committee, not for the dispatcher),
// its verification deadline comes into "due soon" two working days ahead and
// into "overdue" after, the dispatcher supervising sees both, and a
// 派单 leaves a case.dispatched event for 一网统管.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listOutbox, type Database } from '@sentinel/db';
import { listTodo, openCaseFromAlert, transitionCase } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, seedHouses } from '../closed-loop/fixtures.ts';

describeEachEngine('待办 (services)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
    await seedHouses(db, 3);
  });
  afterAll(async () => db.close());

  it('sorts a dispatched case into the assignee\'s list, its deadlines into due soon then overdue', async () => {
    const clock = clockAt('2026-03-02T09:00:00+08:00'); // a Monday
    const ops = ctxFor(db, clock, 'ops_center', 'whole');
    const { caseId } = await openCaseFromAlert({ ctx: ops, input: { houseId: 'H1', score: 0.9, level: 'red', reasons: ['用水异常'] } });
    const before = await listTodo({ ctx: ops });
    expect(before.awaiting.map((c) => [c.id, c.steps])).toEqual([[caseId, ['dispatch']]]);

    const dispatched = await transitionCase({ ctx: ops, input: { caseId, action: 'dispatch', evidence: { dueInWorkingDays: 3 } } });
    expect(dispatched.case.deadline?.dueDate).toBe('2026-03-05');
    const outbox = await listOutbox(db);
    expect(outbox.filter((e) => e.eventType === 'case.dispatched').map((e) => e.payload)).toEqual([
      expect.objectContaining({ caseId, assignee: { role: 'committee', unitName: '汾西居民区居委会' } }),
    ]);

    const committee = await listTodo({ ctx: ctxFor(db, clock, 'committee') });
    expect(committee.awaiting).toEqual([expect.objectContaining({ id: caseId, steps: ['accept_dispatch'], stepLabels: ['签收核查'], dueDate: '2026-03-05' })]);
    expect(committee.dueSoon).toEqual([]); // 03-05 is the third working day; the horizon is 03-04
    expect(committee.horizonDate).toBe('2026-03-04');
    expect(committee.count).toBe(1);
    expect((await listTodo({ ctx: ctxFor(db, clock, 'committee', 'other') })).count).toBe(0);
    expect((await listTodo({ ctx: ops })).awaiting).toEqual([]); // 改派 is optional: nothing waits for the dispatcher

    clock.set('2026-03-03T09:00:00+08:00');
    expect((await listTodo({ ctx: ops })).dueSoon.map((c) => c.id)).toEqual([caseId]);
    expect((await listTodo({ ctx: ctxFor(db, clock, 'police', 'whole') })).count).toBe(0); // neither its step nor its unit

    clock.set('2026-03-06T09:00:00+08:00');
    const late = await listTodo({ ctx: ctxFor(db, clock, 'committee') });
    expect(late.overdue.map((c) => c.id)).toEqual([caseId]);
    expect(late.dueSoon).toEqual([]);
    expect(late.count).toBe(1); // one case, in two lists
  });

  it('refuses the administrator, who handles no cases (auth.forbidden)', async () => {
    await expect(listTodo({ ctx: ctxFor(db, clockAt('2026-03-02T09:00:00+08:00'), 'admin', 'whole') })).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});

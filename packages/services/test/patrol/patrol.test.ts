// 三级动态管理 on both engines: the grid worker's weekly plan lists the graded
// rental stock due this week (red at once, overdue first); a completed visit
// feeds the grade back and the change is logged with its explanation;
// jurisdiction and roles apply.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '@sentinel/db';
import type { Role } from '@sentinel/domain';
import { getGradeLog, getPatrolPlan, openCaseFromAlert, recordPatrolVisit, type ServiceContext } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor, seedHouses, type Clock } from '../closed-loop/fixtures.ts';

describeEachEngine('patrol plan and grades (三级动态管理)', (engine) => {
  let db: Database;
  let clock: Clock;
  const as = (role: Role, scope: 'whole' | 'own' | 'other' = 'own'): ServiceContext => ctxFor(db, clock, role, scope);

  beforeEach(async () => {
    db = await engine.open();
    await seedHouses(db, 4);
    // H1 let and filed, H2 let without filing, H3 with a case, H4 not in the managed stock.
    await db.exec("UPDATE houses SET is_rental = true, rental_filed = true WHERE house_id = 'H1'; UPDATE houses SET is_rental = true, rental_filed = false WHERE house_id = 'H2'");
    clock = clockAt('2026-12-09T09:00:00+08:00'); // a Wednesday
    await openCaseFromAlert({ ctx: as('ops_center', 'whole'), input: { houseId: 'H3', score: 0.9, level: 'red', reasons: [] } });
  });
  afterEach(async () => db.close());

  it('plans the week, and a visit feeds the grade back with a logged explanation', async () => {
    const plan = await getPatrolPlan({ ctx: as('grid_worker'), input: {} });
    expect(plan).toMatchObject({ weekStart: '2026-12-07', weekEnd: '2026-12-13', graded: { red: 0, yellow: 2, green: 1 } });
    expect(plan.items.every((i) => ['H1', 'H2', 'H3'].includes(i.houseId))).toBe(true);
    // First grades are logged once; looking again logs nothing new.
    const first = await getGradeLog({ ctx: as('grid_worker'), input: { houseId: 'H2' } });
    expect(first.items.map((e) => e.explanation)).toEqual(['首次定级：黄色。情形：出租房屋未办理租赁备案。']);
    await getPatrolPlan({ ctx: as('grid_worker'), input: {} });
    expect((await getGradeLog({ ctx: as('grid_worker'), input: { houseId: 'H2' } })).items).toHaveLength(1);

    const found = await recordPatrolVisit({ ctx: as('grid_worker'), input: { houseId: 'H1', finding: 'group_rental', occupants: 9, note: '隔出 5 间，住 9 人' } });
    expect(found).toMatchObject({ grade: 'red', reasons: ['上门核查发现群租情形'], explanation: '由绿色升为红色。新增：上门核查发现群租情形。' });
    const after = await getPatrolPlan({ ctx: as('grid_worker'), input: {} });
    expect(after.graded.red).toBe(1);
    // Visited today: the next red visit falls due next week, not this one.
    expect(after.items.find((i) => i.houseId === 'H1')).toBeUndefined();
    expect((await getPatrolPlan({ ctx: as('grid_worker'), input: { week: '2026-12-16' } })).items.find((i) => i.houseId === 'H1')).toMatchObject({ grade: 'red', dueDay: '2026-12-16', kind: 'due' });
    // Three weeks on without a visit it is overdue and first.
    clock.advanceDays(21);
    const late = await getPatrolPlan({ ctx: as('grid_worker'), input: {} });
    expect(late.items[0]).toMatchObject({ houseId: 'H1', kind: 'overdue', overdueDays: 12 });
    // A quarter after the finding the dwelling drops back, and the log says why.
    clock.advanceDays(80);
    await recordPatrolVisit({ ctx: as('committee'), input: { houseId: 'H1', finding: 'normal' } });
    const log = (await getGradeLog({ ctx: as('committee'), input: { houseId: 'H1' } })).items.map((e) => e.explanation);
    expect(log[0]).toBe('由红色降为绿色。不再：上门核查发现群租情形。');
    const audit = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'patrol.visit'");
    expect(audit.rows[0].n).toBe(2);
  });

  it('refuses other jurisdictions, roles without the permission, and a finding without a note', async () => {
    await expect(recordPatrolVisit({ ctx: as('grid_worker', 'other'), input: { houseId: 'H1', finding: 'normal' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
    await expect(recordPatrolVisit({ ctx: as('market', 'whole'), input: { houseId: 'H1', finding: 'normal' } })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(recordPatrolVisit({ ctx: as('grid_worker'), input: { houseId: 'H1', finding: 'suspected' } })).rejects.toMatchObject({ message: expect.stringContaining('（字段 note）') });
    await expect(getPatrolPlan({ ctx: as('grid_worker'), input: { week: '2026-13-01' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await getPatrolPlan({ ctx: as('grid_worker', 'other'), input: {} })).items).toEqual([]);
    await expect(getGradeLog({ ctx: as('grid_worker', 'other'), input: { houseId: 'H1' } })).rejects.toMatchObject({ code: 'auth.out_of_jurisdiction' });
  });
});

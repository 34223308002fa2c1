import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALERT_LEVELS, explainGradeChange, gradeDwelling, patrolDueDay, REVISIT_INTERVAL_DAYS, weeklyPatrolPlan, type GradingInput, type PatrolDwelling,
} from '../src/index.ts';
import { isoToDay } from '../src/time.ts';

const monday = isoToDay('2026-12-07');
const d = (houseId: string, grade: PatrolDwelling['grade'], lastVisitDay: number | null, relapseWatch = false): PatrolDwelling => ({ houseId, grade, reasons: [], lastVisitDay, relapseWatch });

describe('weeklyPatrolPlan (三级动态管理)', () => {
  it('lists overdue, relapse-watch and due dwellings of the week, red first; not those due later', () => {
    const plan = weeklyPatrolPlan([
      d('G-late', 'green', monday - 10), // due in 80 days
      d('Y-over', 'yellow', monday - 40), // due 10 days ago
      d('R-due', 'red', monday - 3), // due on Thursday
      d('R-watch', 'red', monday - 5, true),
      d('R-new', 'red', null),
    ], monday);
    expect(plan.items.map((i) => [i.houseId, i.kind, i.overdueDays])).toEqual([
      ['Y-over', 'overdue', 10], ['R-watch', 'relapse_watch', 0], ['R-new', 'due', 0], ['R-due', 'due', 0],
    ]);
    expect(plan.weekEnd).toBe(monday + 6);
  });

  const arbDwelling = fc.record({
    houseId: fc.string({ minLength: 1, maxLength: 6 }), grade: fc.constantFrom(...ALERT_LEVELS), reasons: fc.constant([] as string[]),
    lastVisitDay: fc.option(fc.integer({ min: monday - 200, max: monday }), { nil: null }), relapseWatch: fc.boolean(),
  });

  it('property: each dwelling at most once, every item due by the week\'s end, overdue exactly when due before it starts', () => {
    fc.assert(fc.property(fc.array(arbDwelling, { maxLength: 40 }), (ds) => {
      const plan = weeklyPatrolPlan(ds, monday);
      expect(new Set(plan.items.map((i) => i.houseId)).size).toBe(plan.items.length);
      for (const i of plan.items) {
        expect(i.dueDay).toBeLessThanOrEqual(plan.weekEnd);
        expect(i.kind === 'overdue').toBe(i.dueDay < monday);
      }
      // Nothing due this week is left out.
      const first = new Map<string, PatrolDwelling>();
      for (const x of ds) if (!first.has(x.houseId)) first.set(x.houseId, x);
      const due = [...first.values()].filter((x) => patrolDueDay(x, monday) <= plan.weekEnd).length;
      expect(plan.items).toHaveLength(due);
    }));
  });

  it('property: a later visit never brings the next one forward; a redder grade never pushes it back', () => {
    fc.assert(fc.property(arbDwelling, fc.integer({ min: 0, max: 100 }), (x, later) => {
      fc.pre(x.lastVisitDay !== null);
      expect(patrolDueDay({ ...x, lastVisitDay: x.lastVisitDay! + later }, monday)).toBeGreaterThanOrEqual(patrolDueDay(x, monday));
      expect(patrolDueDay({ ...x, grade: 'red' }, monday)).toBeLessThanOrEqual(patrolDueDay({ ...x, grade: 'yellow' }, monday));
      expect(patrolDueDay({ ...x, grade: 'yellow' }, monday)).toBeLessThanOrEqual(patrolDueDay({ ...x, grade: 'green' }, monday));
    }));
  });

  it('spreads never-visited yellow and green dwellings over their cycle: each once per cycle, never overdue', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('yellow' as const, 'green' as const), fc.integer({ min: 0, max: 400 }), (houseId, grade, w) => {
      const interval = REVISIT_INTERVAL_DAYS[grade];
      const start = monday + 7 * w;
      const due = patrolDueDay(d(houseId, grade, null), start);
      expect(due).toBeGreaterThanOrEqual(start);
      expect(due).toBeLessThan(start + interval);
      // The slot stays put from week to week until it comes.
      if (due >= start + 7) expect(patrolDueDay(d(houseId, grade, null), start + 7)).toBe(due);
    }));
  });
});

describe('a patrol visit feeds the grade back, and the change is explained', () => {
  const base: GradingInput = { caseState: null, lastRelapseDay: null, alertLevel: null, isRental: true, rentalFiled: true, asOfDay: monday };
  it('raises the grade on what the visit found, for a quarter', () => {
    expect(gradeDwelling({ ...base, lastPatrol: { finding: 'group_rental', day: monday } })).toEqual({ grade: 'red', reasons: ['上门核查发现群租情形'] });
    expect(gradeDwelling({ ...base, lastPatrol: { finding: 'suspected', day: monday - 10 } }).grade).toBe('yellow');
    expect(gradeDwelling({ ...base, lastPatrol: { finding: 'no_access', day: monday } }).reasons).toEqual(['上次上门未能入户']);
    expect(gradeDwelling({ ...base, lastPatrol: { finding: 'suspected', day: monday - 91 } }).grade).toBe('green');
    expect(gradeDwelling({ ...base, lastPatrol: { finding: 'normal', day: monday } }).grade).toBe('green');
  });
  it('says which way the grade moved and why', () => {
    const before = gradeDwelling({ ...base, alertLevel: 'yellow' });
    const after = gradeDwelling({ ...base, alertLevel: 'yellow', lastPatrol: { finding: 'group_rental', day: monday } });
    expect(explainGradeChange(before, after)).toBe('由黄色升为红色。新增：上门核查发现群租情形。');
    expect(explainGradeChange(after, gradeDwelling(base))).toBe('由红色降为绿色。不再：上门核查发现群租情形；数字吹哨中风险预警。');
    expect(explainGradeChange(before, before)).toBe('维持黄色。情形未变。');
    expect(explainGradeChange(null, { grade: 'red', reasons: ['上门核查发现群租情形'] })).toBe('首次定级：红色。情形：上门核查发现群租情形。');
    expect(explainGradeChange(null, { grade: 'green', reasons: [] })).toBe('首次定级：绿色。');
  });
});

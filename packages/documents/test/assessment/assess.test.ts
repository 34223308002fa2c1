import { describe, expect, it } from 'vitest';
import { isoToDay } from '@sentinel/domain';
import { DEFAULT_ASSESSMENT_RULES, assess, validateAssessmentRules, type AssessmentInput } from '../../src/index.ts';

const d = (iso: string): number => isoToDay(`2026-${iso}`);
const ONE = { role: 'committee', name: '上钢一居委会' } as const;
const PROP = { role: 'property', name: '申江物业' } as const;

function input(): AssessmentInput {
  return {
    period: { fromDay: d('09-01'), toDay: d('09-30') },
    rules: DEFAULT_ASSESSMENT_RULES,
    units: [ONE, PROP, { role: 'committee', name: '上钢二居委会' }],
    tasks: [
      { id: 'T1', caseId: 'C1', unit: ONE, label: '核查期限', dueDay: d('09-03'), doneDay: d('09-07') }, // late
      { id: 'T2', caseId: 'C2', unit: ONE, label: '核查期限', dueDay: d('09-10'), doneDay: d('09-10') }, // on time
      { id: 'T3', caseId: 'C3', unit: PROP, label: '限期整改期限', dueDay: d('09-20'), doneDay: null }, // open, past due
      { id: 'T4', caseId: 'C4', unit: PROP, label: '核查期限', dueDay: d('10-02'), doneDay: null }, // due after the period
    ],
    groupRentals: [
      { caseId: 'C5', address: '汾西路261弄12号301室', confirmedDay: d('09-12'), source: '12345', foundBy: '12345 热线', committee: '上钢一居委会', property: '申江物业' },
      { caseId: 'C6', address: '上南路1号101室', confirmedDay: d('09-13'), source: 'patrol', foundBy: '网格员巡查', committee: '上钢一居委会', property: '申江物业' },
      { caseId: 'C7', address: '上南路2号', confirmedDay: d('08-13'), source: 'whistle', foundBy: '数字吹哨', committee: '上钢一居委会', property: null },
    ],
    refusals: [{ id: 'R1', caseId: 'C3', unit: PROP, day: d('09-22'), note: '拒绝提供业主联系方式' }],
  };
}

describe('assess', () => {
  const result = assess(input());

  it('deducts each occurrence with its evidence', () => {
    const rows = result.deductions.map((x) => [x.ruleId, x.unit.name, x.points, x.evidence.caseId]);
    expect(rows).toEqual([
      ['overdue_task', '上钢一居委会', 1, 'C1'],
      ['overdue_task', '申江物业', 1, 'C3'],
      ['unreported_group_rental', '上钢一居委会', 2, 'C5'],
      ['unreported_group_rental', '申江物业', 2, 'C5'],
      ['refused_cooperation', '申江物业', 3, 'C3'],
    ]);
    expect(result.deductions[0].evidence.description).toBe('案件 C1 核查期限应于2026年9月3日前完成，2026年9月7日完成，逾期');
    expect(result.deductions[1].evidence.description).toContain('截至2026年9月30日尚未完成');
    expect(result.deductions[2].evidence.description).toContain('经12345 热线反映');
    expect(result.deductions[4].evidence.refusalId).toBe('R1');
  });

  it('scores each unit, listing those without deductions', () => {
    expect(result.units.map((u) => [u.unit.name, u.score, u.deductions])).toEqual([
      ['上钢二居委会', 100, 0],
      ['上钢一居委会', 97, 2],
      ['申江物业', 94, 3],
    ]);
  });

  it("stops at a rule's cap but still lists the occurrence", () => {
    const base = input();
    const tasks = Array.from({ length: 4 }, (_, i) => ({ id: `L${i}`, caseId: `C${i}`, unit: ONE, label: '核查期限', dueDay: d('09-05') + i, doneDay: null }));
    const capped = assess({ ...base, tasks, groupRentals: [], refusals: [], rules: [{ ...DEFAULT_ASSESSMENT_RULES[0], pointsEach: 3, maxPointsPerUnit: 7 }] });
    expect(capped.deductions.map((x) => [x.points, x.capped])).toEqual([[3, false], [3, false], [1, true], [0, true]]);
    expect(capped.units.find((u) => u.unit.name === '上钢一居委会')?.deducted).toBe(7);
  });
});

describe('validateAssessmentRules', () => {
  it('accepts the defaults and names every problem of a bad list', () => {
    expect(validateAssessmentRules(DEFAULT_ASSESSMENT_RULES).ok).toBe(true);
    const bad = validateAssessmentRules([
      { id: 'a', kind: 'late', label: '', appliesTo: ['police'], pointsEach: 0, maxPointsPerUnit: -1 },
      { id: 'a', kind: 'overdue_task', label: 'x', appliesTo: ['committee'], pointsEach: 1, maxPointsPerUnit: null },
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(['$[0].kind', '$[0].label', '$[0].appliesTo', '$[0].pointsEach', '$[0].maxPointsPerUnit', '$[1].id']);
  });
});

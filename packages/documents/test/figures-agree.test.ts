// The bulletin and the assessment read the same cases with the same
// definitions (@sentinel/domain figures): for every committee, the group
// rentals the assessment deducts as 未主动发现 are exactly the bulletin's
// 认定 minus its 主动发现 numerator — on any set of cases, any period.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_SOURCES, isoToDay, isProactiveDiscovery } from '@sentinel/domain';
import { assess, computeBulletin, DEFAULT_ASSESSMENT_RULES, type BulletinCase } from '../src/index.ts';

const d = (iso: string): number => isoToDay(`2026-${iso}`);
const day = fc.integer({ min: d('01-01'), max: d('12-31') });
const maybeDay = fc.option(day, { nil: null });
const HOODS = ['上钢一', '上钢二', '上钢三'] as const;
const anyCase = fc.record({
  id: fc.uuid(), houseId: fc.string(), neighborhood: fc.constantFrom(...HOODS), source: fc.constantFrom(...CASE_SOURCES), discoveredDay: day, onsetDay: maybeDay,
  confirmedDay: maybeDay, ruledOutDay: maybeDay, rectifiedDay: maybeDay, closedDay: maybeDay, relapsedDay: maybeDay, firstMediaDay: maybeDay,
});
const anyPeriod = fc.tuple(day, day).map(([a, b]) => ({ fromDay: Math.min(a, b), toDay: Math.max(a, b) }));
// No cap: the count of deductions is then the count of occurrences.
const RULES = DEFAULT_ASSESSMENT_RULES.map((r) => ({ ...r, maxPointsPerUnit: null }));
const committee = (hood: string): string => `${hood}居委会`;

function assessmentOf(cases: readonly BulletinCase[], period: { fromDay: number; toDay: number }) {
  return assess({
    period, rules: RULES, tasks: [], refusals: [],
    groupRentals: cases.flatMap((c) => c.confirmedDay === null ? [] : [{
      caseId: c.id, address: c.houseId, confirmedDay: c.confirmedDay, source: c.source, foundBy: c.source, committee: committee(c.neighborhood), property: null,
    }]),
  });
}

describe('bulletin and assessment agree', () => {
  it('per committee: 未主动发现 deductions = 认定 − 主动发现 of the bulletin, for any cases and period', () => {
    fc.assert(fc.property(anyPeriod, fc.array(anyCase, { maxLength: 40 }), (period, cases) => {
      const bulletin = computeBulletin({ period, cases, alerts: [], complaints: [], neighborhoods: [...HOODS] });
      const deductions = assessmentOf(cases, period).deductions.filter((x) => x.kind === 'unreported_group_rental');
      for (const n of bulletin.neighborhoods) {
        const f = n.figures;
        const deducted = deductions.filter((x) => x.unit.name === committee(n.neighborhood)).map((x) => x.evidence.caseId).sort();
        expect(deducted.length, n.neighborhood).toBe(f.confirmed - f.proactiveDiscovery.numerator);
        expect(f.proactiveDiscovery.denominator).toBe(f.confirmed);
        // And they are the very cases the bulletin counts as confirmed but not proactive.
        const expected = cases.filter((c) => c.neighborhood === n.neighborhood && c.confirmedDay !== null && c.confirmedDay >= period.fromDay
          && c.confirmedDay <= period.toDay && !isProactiveDiscovery(c.source)).map((c) => c.id).sort();
        expect(deducted).toEqual(expected);
      }
    }), { numRuns: 300 });
  });

  it('the issue\'s case: found by the whistle and handled by the committee is 主动发现 in both — no deduction, 100% in the bulletin', () => {
    const period = { fromDay: d('11-01'), toDay: d('11-30') };
    const c: BulletinCase = {
      id: 'W1', houseId: 'H1', neighborhood: '上钢一', source: 'whistle', discoveredDay: d('11-03'), onsetDay: null, confirmedDay: d('11-03'),
      ruledOutDay: null, rectifiedDay: null, closedDay: null, relapsedDay: null, firstMediaDay: d('11-03'),
    };
    const bulletin = computeBulletin({ period, cases: [c], alerts: [], complaints: [] });
    expect(bulletin.overall.proactiveDiscovery).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(assessmentOf([c], period).deductions).toEqual([]);
    const hotline = { ...c, id: 'T1', source: '12345' as const };
    expect(assessmentOf([hotline], period).deductions.map((x) => [x.kind, x.unit.name, x.points])).toEqual([['unreported_group_rental', '上钢一居委会', 2]]);
  });
});

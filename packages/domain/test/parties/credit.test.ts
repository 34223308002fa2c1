import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_OFFENCES, DEFAULT_CREDIT_RULES, creditBand, creditRecord, creditRuleProblems, offencesOfCase, type CreditEvent, type CreditRules,
} from '../../src/parties/index.ts';

const evidence = { caseId: 'c1', caseNumber: 'QZ-2026-0001', houseId: 'H1', role: 'sublessor' as const };
const event = (offence: CreditEvent['offence'], day: number): CreditEvent => ({ offence, day, evidence });

const arbEvent = fc.record({
  offence: fc.constantFrom(...CREDIT_OFFENCES),
  day: fc.integer({ min: 19000, max: 22000 }),
  evidence: fc.record({ caseId: fc.constantFrom('c1', 'c2'), caseNumber: fc.constantFrom('QZ-1', 'QZ-2'), houseId: fc.constantFrom('H1', 'H2'), role: fc.constantFrom('owner' as const, 'sublessor' as const) }),
});
const arbRules: fc.Arbitrary<CreditRules> = fc.record({
  confirmed: fc.record({ points: fc.integer({ min: 0, max: 50 }), validityDays: fc.integer({ min: 1, max: 2000 }) }),
  acceptance_failed: fc.record({ points: fc.integer({ min: 0, max: 50 }), validityDays: fc.integer({ min: 1, max: 2000 }) }),
  refused: fc.record({ points: fc.integer({ min: 0, max: 50 }), validityDays: fc.integer({ min: 1, max: 2000 }) }),
  relapse: fc.record({ points: fc.integer({ min: 0, max: 50 }), validityDays: fc.integer({ min: 1, max: 2000 }) }),
}).map((offences) => ({ ...DEFAULT_CREDIT_RULES, offences }));
const today = fc.integer({ min: 19000, max: 23000 });

describe('credit record (房东信用)', () => {
  it('deducts the points of entries in force, gives each its expiry, newest first', () => {
    const r = creditRecord([event('confirmed', 20000), event('relapse', 20100), event('refused', 19000)], 20200);
    expect(r.entries.map((e) => [e.offence, e.expiresDay, e.inForce])).toEqual([['relapse', 21195, true], ['confirmed', 20365, true], ['refused', 19730, false]]);
    expect(r.score).toBe(60);
    expect(r.band).toBe('重点关注');
    expect(r.inForceCount).toBe(2);
    expect(creditRecord([], 20200)).toMatchObject({ score: 100, band: '良好', entries: [] });
  });

  it('counts an entry from its day up to, not including, its expiry day', () => {
    expect(creditRecord([event('confirmed', 20000)], 19999).score).toBe(100);
    expect(creditRecord([event('confirmed', 20000)], 20000).score).toBe(90);
    expect(creditRecord([event('confirmed', 20000)], 20364).score).toBe(90);
    expect(creditRecord([event('confirmed', 20000)], 20365).score).toBe(100);
  });

  it('property: an expired (or future) entry never counts', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 20 }), arbEvent, today, arbRules, (events, extra, asOf, rules) => {
      const e = creditRecord([extra], asOf, rules).entries[0];
      fc.pre(!e.inForce);
      expect(creditRecord([...events, extra], asOf, rules).score).toBe(creditRecord(events, asOf, rules).score);
      expect(asOf < extra.day || asOf >= extra.day + rules.offences[extra.offence].validityDays).toBe(true);
    }));
  });

  it('property: the score is monotone in offences (one more never raises it) and stays within [0, base]', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 30 }), arbEvent, today, arbRules, (events, extra, asOf, rules) => {
      const before = creditRecord(events, asOf, rules).score;
      const after = creditRecord([...events, extra], asOf, rules).score;
      expect(after).toBeLessThanOrEqual(before);
      expect(after).toBeGreaterThanOrEqual(0);
      expect(before).toBeLessThanOrEqual(rules.baseScore);
    }));
  });

  it('property: the score does not depend on the order of the events, and entries keep their evidence', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 20 }), today, (events, asOf) => {
      const a = creditRecord(events, asOf);
      const b = creditRecord([...events].reverse(), asOf);
      expect(b.score).toBe(a.score);
      expect(a.entries).toHaveLength(events.length);
      for (const e of a.entries) expect(events.some((x) => x.evidence === e.evidence && x.day === e.day)).toBe(true);
    }));
  });

  it('property: the band falls as the score falls', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (x, y) => {
      const idx = (s: number) => DEFAULT_CREDIT_RULES.bands.findIndex((b) => b.label === creditBand(s));
      if (x <= y) expect(idx(x)).toBeGreaterThanOrEqual(idx(y));
    }));
  });
});

describe('offencesOfCase', () => {
  const timeline = {
    caseId: 'c9', caseNumber: 'QZ-9', houseId: 'H9',
    entered: [
      { state: 'discovered' as const, day: 100 }, { state: 'confirmed' as const, day: 105 }, { state: 'notified' as const, day: 106 },
      { state: 'acceptance_failed' as const, day: 115 }, { state: 'joint_enforcement' as const, day: 120 }, { state: 'rectified' as const, day: 125 }, { state: 'relapsed' as const, day: 200 },
    ],
  };
  it('maps confirmed, failed acceptance, joint enforcement and relapse to offences, with the case as evidence', () => {
    expect(offencesOfCase(timeline, 'owner', null).map((e) => [e.offence, e.day])).toEqual([['confirmed', 105], ['acceptance_failed', 115], ['refused', 120], ['relapse', 200]]);
    expect(offencesOfCase(timeline, 'owner', null)[0].evidence).toEqual({ caseId: 'c9', caseNumber: 'QZ-9', houseId: 'H9', role: 'owner' });
  });
  it('does not count the joint enforcement a relapse goes straight to as a refusal (the relapse counts)', () => {
    const relapseCase = { caseId: 'c10', caseNumber: 'QZ-10', houseId: 'H9', entered: [{ state: 'discovered' as const, day: 200, action: null }, { state: 'joint_enforcement' as const, day: 200, action: 'escalate_relapse' as const }] };
    expect(offencesOfCase(relapseCase, 'owner', null)).toEqual([]);
  });
  it('ignores what happened before the party stood behind the dwelling', () => {
    expect(offencesOfCase(timeline, 'sublessor', 121).map((e) => e.offence)).toEqual(['relapse']);
  });
});

describe('creditRuleProblems', () => {
  it('accepts the defaults and names the field of each mistake', () => {
    expect(creditRuleProblems(DEFAULT_CREDIT_RULES)).toEqual([]);
    const bad: CreditRules = { ...DEFAULT_CREDIT_RULES, baseScore: 0, offences: { ...DEFAULT_CREDIT_RULES.offences, relapse: { points: -1, validityDays: 0 } }, bands: [{ minScore: 50, label: '好' }, { minScore: 60, label: '' }] };
    expect(creditRuleProblems(bad).map((p) => p.field)).toEqual([
      'baseScore', 'offences.relapse.points', 'offences.relapse.validityDays', 'bands.1.minScore', 'bands.1.label', 'bands.1.minScore',
    ]);
  });
});

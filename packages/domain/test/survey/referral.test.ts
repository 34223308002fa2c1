import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pendingOf, referralFigures, referralHousingProblems, referralOfferProblems } from '../../src/referral/index.ts';

describe('referralHousingProblems', () => {
  it('accepts a project and names the field of each mistake', () => {
    const ok = { name: '沪太路公租房', bedsTotal: 200, bedsAvailable: 120, monthlyRentPerBed: 800 };
    expect(referralHousingProblems(ok)).toEqual([]);
    expect(referralHousingProblems({ ...ok, bedsAvailable: 201 })[0].field).toBe('bedsAvailable');
    expect(referralHousingProblems({ ...ok, bedsTotal: -1 })[0].field).toBe('bedsTotal');
    expect(referralHousingProblems({ ...ok, monthlyRentPerBed: -5 })[0].field).toBe('monthlyRentPerBed');
    expect(referralHousingProblems({ ...ok, name: '' })[0].field).toBe('name');
  });
});

describe('referralOfferProblems', () => {
  it('refuses negative counts, nobody offered, and more placed + declined than offered', () => {
    expect(referralOfferProblems({ offered: 5, placed: 3, declined: 2 })).toEqual([]);
    expect(referralOfferProblems({ offered: 5, placed: -1, declined: 0 })[0].field).toBe('placed');
    expect(referralOfferProblems({ offered: 0, placed: 0, declined: 0 })[0].field).toBe('offered');
    expect(referralOfferProblems({ offered: 5, placed: 4, declined: 2 })[0].message).toContain('不能超过推荐人数');
    expect(referralOfferProblems({ offered: 2.5, placed: 0, declined: 0 })[0].field).toBe('offered');
  });
});

const validCounts = fc.integer({ min: 1, max: 500 }).chain((offered) => fc.integer({ min: 0, max: offered }).chain((placed) =>
  fc.record({ offered: fc.constant(offered), placed: fc.constant(placed), declined: fc.integer({ min: 0, max: offered - placed }), caseId: fc.constantFrom('c1', 'c2', 'c3') })));

describe('referralFigures', () => {
  it('adds up records and counts cases once', () => {
    expect(referralFigures([
      { caseId: 'c1', offered: 8, placed: 5, declined: 1 },
      { caseId: 'c1', offered: 2, placed: 0, declined: 0 },
      { caseId: 'c2', offered: 3, placed: 3, declined: 0 },
    ])).toEqual({ offered: 13, placed: 8, declined: 1, pending: 4, cases: 2, percentPlaced: 61 });
    expect(referralFigures([])).toEqual({ offered: 0, placed: 0, declined: 0, pending: 0, cases: 0, percentPlaced: 0 });
  });
  it('of records the rules accept: placed ≤ offered, nothing negative, at most 100 %', () => {
    fc.assert(fc.property(fc.array(validCounts, { maxLength: 50 }), (records) => {
      for (const r of records) {
        expect(referralOfferProblems(r)).toEqual([]);
        expect(pendingOf(r)).toBeGreaterThanOrEqual(0);
      }
      const f = referralFigures(records);
      expect(f.placed).toBeLessThanOrEqual(f.offered);
      expect(f.pending).toBeGreaterThanOrEqual(0);
      expect(f.placed + f.declined + f.pending).toBe(f.offered);
      expect(f.percentPlaced).toBeGreaterThanOrEqual(0);
      expect(f.percentPlaced).toBeLessThanOrEqual(100);
    }));
  });
});

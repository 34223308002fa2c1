import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_SOURCES, COMPLAINT_CHANNELS, isoToDay } from '@sentinel/domain';
import { compareStanding, computeBulletin, type BulletinAlert, type BulletinCase, type BulletinComplaint, type BulletinInput } from '../../src/index.ts';

const d = (iso: string): number => isoToDay(`2026-${iso}`);
const SEPT = { fromDay: d('09-01'), toDay: d('09-30') };

function kase(id: string, neighborhood: string, patch: Partial<BulletinCase>): BulletinCase {
  return {
    id, houseId: `H-${id}`, neighborhood, source: 'whistle', discoveredDay: d('09-01'), onsetDay: null, confirmedDay: null, ruledOutDay: null,
    rectifiedDay: null, closedDay: null, relapsedDay: null, firstMediaDay: null, ...patch,
  };
}

function handMade(): BulletinInput {
  const cases = [
    kase('A', '上钢一', { discoveredDay: d('09-02'), onsetDay: d('08-20'), confirmedDay: d('09-05'), rectifiedDay: d('09-20'), firstMediaDay: d('09-05') }),
    kase('B', '上钢一', { source: '12345', discoveredDay: d('09-10'), confirmedDay: d('09-12'), firstMediaDay: d('09-12') }),
    kase('C', '上钢二', { source: 'patrol', discoveredDay: d('09-15'), ruledOutDay: d('09-16'), firstMediaDay: d('09-16') }),
    kase('D', '上钢二', { discoveredDay: d('08-01'), onsetDay: d('07-01'), confirmedDay: d('08-03'), rectifiedDay: d('08-20'), relapsedDay: d('09-25'), firstMediaDay: d('08-03') }),
    kase('E', '上钢二', { discoveredDay: d('06-01'), confirmedDay: d('06-02'), rectifiedDay: d('06-20'), closedDay: d('08-31'), firstMediaDay: d('06-02') }),
    kase('F', '上钢三', { source: 'resident', discoveredDay: d('09-28') }),
  ];
  const alerts: BulletinAlert[] = [
    { houseId: 'H-A', neighborhood: '上钢一', alertDay: d('09-01'), outcome: 'confirmed', outcomeDay: d('09-05') },
    { houseId: 'H-X', neighborhood: '上钢二', alertDay: d('08-30'), outcome: 'not_confirmed', outcomeDay: d('09-03') },
    { houseId: 'H-Y', neighborhood: '上钢二', alertDay: d('09-20'), outcome: null, outcomeDay: null },
    { houseId: 'H-Z', neighborhood: '上钢三', alertDay: d('09-21'), outcome: 'confirmed', outcomeDay: d('10-02') },
  ];
  const complaints: BulletinComplaint[] = [
    { ticketId: 't1', neighborhood: '上钢一', receivedDay: d('09-10'), channel: '12345', category: '群租' },
    { ticketId: 't2', neighborhood: '上钢一', receivedDay: d('09-11'), channel: '12345', category: '噪音' },
    { ticketId: 't3', neighborhood: '上钢二', receivedDay: d('09-12'), channel: 'patrol', category: '群租' },
    { ticketId: 't4', neighborhood: null, receivedDay: d('09-13'), channel: '12345', category: '群租' },
    { ticketId: 't5', neighborhood: '上钢二', receivedDay: d('10-01'), channel: '12345', category: '群租' },
  ];
  return { period: SEPT, cases, alerts, complaints, neighborhoods: ['上钢四'] };
}

describe('bulletin figures on hand-made cases', () => {
  const b = computeBulletin(handMade());

  it('computes each jurisdiction figure by its documented formula', () => {
    const f = b.overall;
    expect(f.discovered).toBe(4); // A B C F
    expect(f.confirmed).toBe(2); // A B
    expect(f.proactiveDiscovery).toEqual({ numerator: 1, denominator: 2, rate: 0.5 }); // B came from 12345
    expect(f.disposal).toEqual({ numerator: 1, denominator: 2, rate: 0.5 }); // A rectified
    expect(f.visibility).toEqual({ numerator: 3, denominator: 4, rate: 0.75 }); // F has no photo
    expect(f.relapse).toEqual({ numerator: 1, denominator: 2, rate: 0.5 }); // A, D watched; E closed before; D relapsed
    expect(f.onsetToDiscoveryDays).toEqual({ count: 1, median: 13, mean: 13 });
    expect(f.discoveryToRectificationDays).toEqual({ count: 1, median: 18, mean: 18 });
    expect(f.alertsRaised).toBe(3);
    expect(f.alertConfirmation).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(f.complaints12345).toBe(2); // t1, t4 (unmatched counts in the total)
  });

  it('ranks neighbourhoods by the composite score, then complaints and median; equal standings share a rank (listed by name)', () => {
    expect(b.neighborhoods.map((n) => [n.rank, n.neighborhood, n.score])).toEqual([
      [1, '上钢四', 100],
      [2, '上钢一', 80],
      [3, '上钢二', 70],
      [3, '上钢三', 70],
    ]);
    const one = b.neighborhoods.find((n) => n.neighborhood === '上钢一');
    expect(one?.figures.complaints12345).toBe(1);
    expect(b.neighborhoods.find((n) => n.neighborhood === '上钢四')?.figures.disposal.rate).toBeNull();
  });

  it('takes the median of an even count as the mean of the two middle values', () => {
    const cases = [3, 10, 4, 20].map((days, i) => kase(`R${i}`, 'x', { discoveredDay: d('09-01'), confirmedDay: d('09-01'), rectifiedDay: d('09-01') + days }));
    const f = computeBulletin({ period: SEPT, cases, alerts: [], complaints: [] }).overall;
    expect(f.discoveryToRectificationDays).toEqual({ count: 4, median: 7, mean: 9.25 });
  });
});

const day = fc.integer({ min: d('01-01'), max: d('12-31') });
const maybeDay = fc.option(day, { nil: null });
const hood = fc.constantFrom('上钢一', '上钢二', '上钢三', '上钢四', '上钢五');
const anyCase = fc.record({
  id: fc.uuid(), houseId: fc.string(), neighborhood: hood, source: fc.constantFrom(...CASE_SOURCES), discoveredDay: day, onsetDay: maybeDay,
  confirmedDay: maybeDay, ruledOutDay: maybeDay, rectifiedDay: maybeDay, closedDay: maybeDay, relapsedDay: maybeDay, firstMediaDay: maybeDay,
});
const anyAlert = fc.record({ houseId: fc.string(), neighborhood: hood, alertDay: day, outcome: fc.constantFrom('confirmed' as const, 'not_confirmed' as const, null), outcomeDay: maybeDay });
const anyComplaint = fc.record({ ticketId: fc.string(), neighborhood: fc.option(hood, { nil: null }), receivedDay: day, channel: fc.constantFrom(...COMPLAINT_CHANNELS), category: fc.constantFrom('群租', '噪音', null) });
const anyPeriod = fc.tuple(day, day).map(([a, b]) => ({ fromDay: Math.min(a, b), toDay: Math.max(a, b) }));

describe('bulletin properties (even on inconsistent rows)', () => {
  it('every rate lies in 0..1 and the ranks are competition ranks: 1 first, shared exactly by equal standings, else the position', () => {
    fc.assert(
      fc.property(anyPeriod, fc.array(anyCase, { maxLength: 40 }), fc.array(anyAlert, { maxLength: 20 }), fc.array(anyComplaint, { maxLength: 20 }), (period, cases, alerts, complaints) => {
        const b = computeBulletin({ period, cases, alerts, complaints });
        for (const f of [b.overall, ...b.neighborhoods.map((n) => n.figures)]) {
          for (const r of [f.proactiveDiscovery, f.disposal, f.visibility, f.relapse, f.alertConfirmation]) {
            expect(r.numerator).toBeLessThanOrEqual(r.denominator);
            if (r.rate !== null) expect(r.rate >= 0 && r.rate <= 1).toBe(true);
            else expect(r.denominator).toBe(0);
          }
        }
        const names = new Set([...cases.map((c) => c.neighborhood), ...alerts.map((a) => a.neighborhood), ...complaints.flatMap((t) => (t.neighborhood ? [t.neighborhood] : []))]);
        b.neighborhoods.forEach((n, i) => {
          const prev = b.neighborhoods[i - 1];
          const tied = prev !== undefined && compareStanding(prev, n) === 0;
          expect(n.rank).toBe(tied ? prev.rank : i + 1);
          if (prev) expect(compareStanding(prev, n)).toBeLessThanOrEqual(0);
        });
        expect(new Set(b.neighborhoods.map((n) => n.neighborhood))).toEqual(names);
        expect(b.neighborhoods.length).toBe(names.size);
        for (const n of b.neighborhoods) expect(n.score >= 0 && n.score <= 100).toBe(true);
        // Neighbourhood counts add up to the jurisdiction's (complaints may be unmatched).
        expect(b.neighborhoods.reduce((s, n) => s + n.figures.discovered, 0)).toBe(b.overall.discovered);
        expect(b.neighborhoods.reduce((s, n) => s + n.figures.complaints12345, 0)).toBeLessThanOrEqual(b.overall.complaints12345);
      }),
      { numRuns: 200 },
    );
  });

  it('the ranking does not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(anyPeriod, fc.array(anyCase, { maxLength: 30 }), (period, cases) => {
        const a = computeBulletin({ period, cases, alerts: [], complaints: [] });
        const b = computeBulletin({ period, cases: [...cases].reverse(), alerts: [], complaints: [] });
        expect(b.neighborhoods.map((n) => n.neighborhood)).toEqual(a.neighborhoods.map((n) => n.neighborhood));
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment, risingRunStart, diffNoise } from '../src/series/changepoint.ts';
import { averagePrecision, hitsAtK, delaySummary } from '../src/eval/metrics.ts';
import { formatAlertsCsv, csvField } from '../src/output/alertsCsv.ts';
import { inSpringFestival } from '../src/series/springFestival.ts';
import { legalCapacity } from '../src/model/occupancy.ts';
import { medianInPlace } from '../src/stats/robust.ts';
import { DEFAULT_PARAMS } from '../src/model/params.ts';
import { isoToDay } from '@sentinel/domain';
import { rng } from './helpers/synthetic.ts';

const opt = DEFAULT_PARAMS.usage.changePoints;

describe('change points', () => {
  it('finds a step up and dates it', () => {
    const r = rng(3);
    const y = new Float64Array(120);
    for (let i = 0; i < 120; i++) y[i] = (i >= 80 ? 1 : 0) + 0.15 * (r() - 0.5);
    const seg = segment(y, 120, diffNoise(y, 120, new Float64Array(120)), opt, new Float64Array(121));
    const run = risingRunStart(seg, opt.minShift);
    expect(run).toBeGreaterThan(0);
    expect(seg.start[run]).toBe(80);
  });
  it('sees no onset in a flat series or after a fall', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
      const r = rng(seed);
      const y = new Float64Array(90);
      for (let i = 0; i < 90; i++) y[i] = (i >= 60 ? -1 : 0) + 0.1 * (r() - 0.5);
      const seg = segment(y, 90, diffNoise(y, 90, new Float64Array(90)), opt, new Float64Array(91));
      return risingRunStart(seg, opt.minShift) === -1;
    }), { numRuns: 50 });
  });
});

describe('metrics', () => {
  it('computes average precision and hits', () => {
    const label = [1, 0, 1, 0];
    expect(averagePrecision([0, 2, 1, 3], label)).toBeCloseTo(1);
    expect(averagePrecision([1, 0, 3, 2], label)).toBeCloseTo((1 / 2 + 2 / 4) / 2);
    expect(hitsAtK([1, 0, 3, 2], label, 2)).toBe(1);
    expect(delaySummary([1, 3, null, 5])).toMatchObject({ median: 3, neverShare: 0.25 });
  });

  it('judges the 7-day goal only on episodes watched for 7 days, counting the never-found as misses', () => {
    // found on day 2 and day 9, never found, found on day 1 of an episode seen for 3 days only
    const s = delaySummary([2, 9, null, 1], [30, 30, 20, 3]);
    expect(s).toMatchObject({ judged: 3, withinGoalShare: 1 / 3 });
    expect(delaySummary([null], [6]).withinGoalShare).toBeNaN();
  });
});

describe('alerts.csv', () => {
  it('quotes only what needs quoting and formats numbers fixed', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    const csv = formatAlertsCsv([{ houseId: 'H1', rank: 1, score: 0.912345, handScore: 0.9, level: 'red', onsetDay: isoToDay('2026-03-02'), estimatedOccupants: 9.04, reasons: ['用水高', '投诉"2"次'] }]);
    expect(csv).toBe('house_id,rank,score,level,onset_date,estimated_occupants,reasons\nH1,1,0.9123,red,2026-03-02,9.0,"用水高; 投诉""2""次"\n');
  });
});

describe('domain facts', () => {
  it('knows the Spring Festival window', () => {
    expect(inSpringFestival(isoToDay('2026-02-17'))).toBe(true);
    expect(inSpringFestival(isoToDay('2026-05-01'))).toBe(false);
  });
  it('caps a dwelling at 2 per room and 5 m² of living area each', () => {
    const base = { houseId: 'x', neighborhood: '', community: '', building: '', unit: null, room: '', address: '', livingRooms: null, registeredResidents: null, isRental: null, rentalFiled: null };
    expect(legalCapacity({ ...base, areaM2: 60, bedrooms: 2 }, DEFAULT_PARAMS)).toBe(4);
    expect(legalCapacity({ ...base, areaM2: 20, bedrooms: 2 }, DEFAULT_PARAMS)).toBe(2);
  });
});

describe('medianInPlace', () => {
  const sortedMedian = (xs: number[]): number => {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
  };

  it('equals the median of the sorted values, for any values, duplicates and lengths', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true }).map((x) => (x === 0 ? 0 : x)), // -0 and 0 are one value to a median
      fc.integer({ min: -3, max: 3 }).map((x) => x / 2), // many ties
      fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0),
    );
    fc.assert(fc.property(fc.array(value, { maxLength: 200 }), (xs) => {
      const buf = Float64Array.from([...xs, 99]); // a value past n must be ignored
      const got = medianInPlace(buf, xs.length);
      const want = sortedMedian(xs);
      expect(Number.isNaN(got) ? Number.isNaN(want) : got === want).toBe(true);
      // the first n entries are only reordered
      expect(Array.from(buf.subarray(0, xs.length)).sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
      expect(buf[xs.length]).toBe(99);
    }), { numRuns: 500 });
  });

  it('keeps the sort convention when a NaN slips in', () => {
    expect(medianInPlace(Float64Array.from([3, Number.NaN, 1]), 3)).toBe(3);
  });
});

// Property tests: invariants of register readings -> daily consumption that
// must hold for any input, and exact totals for series whose truth is known.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meterDailyConsumption } from '../../src/consumption/index.ts';
import type { MeterDaily, MeterFacts } from '../../src/consumption/index.ts';
import { DAY_FLAGS } from '../../src/consumption/index.ts';
import { DAY0, at, facts, rows, sumKnown } from './helpers.ts';
import type { Rows } from './helpers.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

function run(f: MeterFacts, r: Rows): MeterDaily {
  return meterDailyConsumption(f, r.readAt, r.value, r.estimated);
}

/** A meter whose truth is known: a daily use per day, the register integrates it over time. */
interface Truth {
  start: number;
  uses: number[];                 // use on day 0.., spread evenly inside the day
  reads: Array<[number, number]>; // [day, minute of day] of each reading, increasing
}

function registerAt(t: Truth, day: number, minute: number): number {
  let v = t.start;
  for (let d = 0; d < day; d++) v += t.uses[d];
  return v + (t.uses[day] * minute) / 1440;
}

function truthRows(t: Truth, rollover: number | null = null): Rows {
  return rows(t.reads.map(([d, m]) => {
    const v = registerAt(t, d, m);
    return [at(d) + m * MINUTE, rollover === null ? v : v % rollover];
  }));
}

/** Daily uses up to 5 m3 (a large group rental), with vacant days; reads on some days at some minute. */
const truthArb = (opts: { midnight?: boolean; everyDay?: boolean } = {}): fc.Arbitrary<Truth> =>
  fc.integer({ min: 3, max: 90 }).chain((days) =>
    fc.record({
      start: fc.double({ min: 0, max: 50_000, noNaN: true }),
      uses: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })), { minLength: days + 1, maxLength: days + 1 }),
      keep: fc.array(opts.everyDay ? fc.constant(true) : fc.boolean(), { minLength: days, maxLength: days }),
      minutes: fc.array(opts.midnight ? fc.constant(0) : fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1439 })), { minLength: days, maxLength: days }),
    }).map(({ start, uses, keep, minutes }) => {
      const reads: Array<[number, number]> = [];
      for (let d = 0; d < days; d++) if (keep[d] || d === 0 || d === days - 1) reads.push([d, minutes[d]]);
      return { start, uses, reads };
    }));

/** Anything: random times (with collisions), values near a trend or wild, any estimated code. */
const messyArb: fc.Arbitrary<Rows> = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 40 }),
    hour: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 23 })),
    value: fc.oneof(
      fc.double({ min: 0, max: 200, noNaN: true }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 99998.5, Number.NaN, -1),
    ),
    est: fc.integer({ min: 0, max: 2 }),
  }),
  { maxLength: 60 },
).map((list) => rows(list.map((r) => [at(r.day, r.hour), r.value, r.est])));

const kindArb = fc.constantFrom<MeterFacts>(facts('water'), facts('electricity'), facts('gas'), facts('water', { rolloverAt: 99999 }));

function permute(r: Rows, order: number[]): Rows {
  return {
    readAt: Float64Array.from(order, (i) => r.readAt[i]),
    value: Float64Array.from(order, (i) => r.value[i]),
    estimated: Uint8Array.from(order, (i) => r.estimated[i]),
  };
}

/** Reading errors named by the reading's content, not its position. */
function errorKeys(d: MeterDaily, r: Rows): string[] {
  return d.readingErrors.map((e) => `${r.readAt[e.readingIndex]}|${r.value[e.readingIndex]}|${e.reason}`).sort();
}

function sameDays(a: MeterDaily, b: MeterDaily): void {
  expect(b.startDay).toBe(a.startDay);
  expect(Array.from(b.values)).toEqual(Array.from(a.values));
  expect(Array.from(b.flags)).toEqual(Array.from(a.flags));
  expect(Array.from(b.coverage)).toEqual(Array.from(a.coverage));
  expect(b.totalFromRegister).toBe(a.totalFromRegister);
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('invariants on any input', () => {
  it('consumption is never negative, coverage is a share, and the days sum to the register total', () => {
    fc.assert(fc.property(kindArb, messyArb, (f, r) => {
      const d = run(f, r);
      for (let k = 0; k < d.values.length; k++) {
        const v = d.values[k];
        expect(Number.isNaN(v) || v >= 0).toBe(true);
        expect(d.coverage[k] >= 0 && d.coverage[k] <= 1).toBe(true);
        expect(Number.isNaN(v)).toBe(d.coverage[k] === 0);
      }
      expect(close(sumKnown(d.values), d.totalFromRegister)).toBe(true);
      expect(d.totalFromRegister >= 0).toBe(true);
    }), { numRuns: 300 });
  });

  it('shuffling the input rows gives identical output', () => {
    fc.assert(fc.property(kindArb, messyArb.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(Array.from(r.value.keys()), { minLength: r.value.length }))), (f, [r, order]) => {
      const a = run(f, r);
      const shuffled = permute(r, order);
      const b = run(f, shuffled);
      sameDays(a, b);
      expect(errorKeys(b, shuffled)).toEqual(errorKeys(a, r));
    }), { numRuns: 300 });
  });

  // Unusable rows (NaN, negative) are each reported by the caller's reader too; duplicates of usable rows count once.
  it('adding exact duplicates of usable rows changes nothing', () => {
    fc.assert(fc.property(kindArb, messyArb.chain((r) => fc.tuple(fc.constant(r), fc.array(fc.nat({ max: Math.max(0, r.value.length - 1) }), { maxLength: r.value.length }))), (f, [r, extra]) => {
      if (r.value.length === 0) return;
      const a = run(f, r);
      const usable = extra.filter((i) => r.value[i] >= 0);
      const b = run(f, permute(r, [...r.value.keys(), ...usable]));
      sameDays(a, b);
      expect(b.readingErrors).toEqual(a.readingErrors);
    }), { numRuns: 300 });
  });
});

describe('exact totals when the truth is known', () => {
  it('a clean series: no errors, and the days sum to last - first', () => {
    fc.assert(fc.property(truthArb(), (t) => {
      const r = truthRows(t);
      const d = run(facts('water'), r);
      expect(d.readingErrors).toEqual([]);
      expect(d.flags.every((x) => (x & DAY_FLAGS.READING_ERROR) === 0)).toBe(true);
      const expected = r.value[r.value.length - 1] - r.value[0];
      expect(close(sumKnown(d.values), expected)).toBe(true);
      expect(close(d.totalFromRegister, expected)).toBe(true);
    }), { numRuns: 200 });
  });

  it('a clean series read at midnight gives each day its true use', () => {
    fc.assert(fc.property(truthArb({ midnight: true, everyDay: true }), (t) => {
      const d = run(facts('water'), truthRows(t));
      expect(d.values.length).toBe(t.reads.length - 1);
      for (let k = 0; k < d.values.length; k++) expect(close(d.values[k], t.uses[k])).toBe(true);
      expect(d.flags.every((x) => x === 0)).toBe(true);
    }), { numRuns: 100 });
  });

  it('with rollovers the total is last - first plus the rollover value per wrap', () => {
    const R = 99999;
    fc.assert(fc.property(truthArb(), fc.double({ min: 0, max: 300, noNaN: true }), (t0, below) => {
      const t = { ...t0, start: R - below }; // starts near the top: wraps early
      const r = truthRows(t, R);
      const d = run(facts('water', { rolloverAt: R }), r);
      const first = t.reads[0];
      const last = t.reads[t.reads.length - 1];
      const rawFirst = registerAt(t, first[0], first[1]);
      const rawLast = registerAt(t, last[0], last[1]);
      const wraps = Math.floor(rawLast / R) - Math.floor(rawFirst / R);
      expect(d.readingErrors).toEqual([]);
      expect(close(d.totalFromRegister, r.value[r.value.length - 1] - r.value[0] + wraps * R)).toBe(true);
      expect(close(sumKnown(d.values), rawLast - rawFirst)).toBe(true);
      if (wraps > 0) expect(d.flags.some((x) => (x & DAY_FLAGS.ROLLOVER) !== 0)).toBe(true);
    }), { numRuns: 200 });
  });

  it('splitting a daily series into monthly reads keeps the total and spreads each interval evenly', () => {
    fc.assert(fc.property(truthArb({ midnight: true, everyDay: true }), fc.integer({ min: 2, max: 31 }), (t, step) => {
      const daily = truthRows(t);
      const n = daily.value.length;
      const keep: number[] = [];
      for (let k = 0; k < n; k += step) keep.push(k);
      if (keep[keep.length - 1] !== n - 1) keep.push(n - 1);
      const monthly = run(facts('water'), permute(daily, keep));
      const whole = run(facts('water'), daily);
      expect(close(sumKnown(monthly.values), sumKnown(whole.values))).toBe(true);
      expect(monthly.values.length).toBe(whole.values.length);
      for (let q = 1; q < keep.length; q++) {
        const len = keep[q] - keep[q - 1];
        const per = (daily.value[keep[q]] - daily.value[keep[q - 1]]) / len;
        for (let k = keep[q - 1]; k < keep[q]; k++) {
          expect(close(monthly.values[k], per)).toBe(true);
          expect((monthly.flags[k] & DAY_FLAGS.SPREAD) !== 0).toBe(len > 1);
        }
      }
    }), { numRuns: 150 });
  });

  it('spikes that return to the trend are rejected exactly and bridged: the total is unchanged', () => {
    const arb = truthArb({ midnight: true, everyDay: true }).filter((t) => t.reads.length >= 8).chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.uniqueArray(fc.integer({ min: 2, max: t.reads.length - 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom<'absurd' | 'high' | 'low'>('absurd', 'high', 'low'), { minLength: 4, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
      ));
    fc.assert(fc.property(arb, ([t, positions, kinds, jitter]) => {
      // Keep two good readings between spikes.
      const spikes = [...positions].sort((a, b) => a - b).filter((p, k, all) => k === 0 || p - all[k - 1] >= 3);
      const r = truthRows({ ...t, start: t.start + 100 });
      const clean = r.value.slice();
      spikes.forEach((p, k) => {
        const kind = kinds[k];
        if (kind === 'absurd') r.value[p] = clean[p] + 1000 + jitter[k] * 1e5;
        else if (kind === 'high') r.value[p] = clean[p + 1] + 20 + 20 * jitter[k];
        else r.value[p] = clean[p - 1] - 0.5 - 50 * jitter[k];
      });
      const d = run(facts('water'), r);
      expect(d.readingErrors.map((e) => e.readingIndex).sort((a, b) => a - b)).toEqual(spikes);
      expect(close(d.totalFromRegister, clean[clean.length - 1] - clean[0])).toBe(true);
      expect(d.values.every((v) => !Number.isNaN(v))).toBe(true);
      for (const p of spikes) expect((d.flags[p] & DAY_FLAGS.READING_ERROR) !== 0).toBe(true);
    }), { numRuns: 200 });
  });

  it('a break (lasting backward jump) nets out: the total is the sum of both sides', () => {
    fc.assert(fc.property(truthArb({ midnight: true, everyDay: true }).filter((t) => t.reads.length >= 6), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (t, at) => {
      const r = truthRows({ ...t, start: t.start + 2000 });
      const n = r.value.length;
      const cut = 2 + Math.floor(at * (n - 4)); // readings cut.. drop by 1000
      const before = r.value[cut - 1] - r.value[0];
      const after = r.value[n - 1] - r.value[cut];
      for (let k = cut; k < n; k++) r.value[k] -= 1000;
      const d = run(facts('water'), r);
      expect(d.readingErrors.map((e) => e.readingIndex)).toEqual([cut]);
      expect(close(d.totalFromRegister, before + after)).toBe(true);
      expect(Number.isNaN(d.values[cut - 1])).toBe(true);
    }), { numRuns: 150 });
  });
});

describe('time inside the day', () => {
  it('a single interval is spread in proportion to the time of each day inside it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 10 * 1440 }), fc.double({ min: 0.1, max: 40, noNaN: true }), (m0, len, use) => {
      const t0 = at(0) + m0 * MINUTE;
      const t1 = t0 + len * MINUTE;
      const d = run(facts('water'), rows([[t0, 10], [t1, 10 + use * (len / 1440)]]));
      const total = use * (len / 1440);
      for (let k = 0; k < d.values.length; k++) {
        const dayStart = at(d.startDay - DAY0 + k);
        const overlap = Math.min(t1, dayStart + DAY) - Math.max(t0, dayStart);
        // Snapping to midnight may move an end by up to an hour: compare loosely there.
        expect(Math.abs(d.values[k] - (total * overlap) / (t1 - t0)) <= total * (3_600_000 / (t1 - t0)) * (1 + 1e-9) + 1e-9).toBe(true);
      }
      expect(close(sumKnown(d.values), total)).toBe(true);
    }), { numRuns: 200 });
  });
});

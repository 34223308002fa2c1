// Climb after a step (series/fillTrend.ts) and the evidence it feeds: a
// partitioned flat let bed by bed keeps climbing for weeks, a household that
// moved in settles at once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillTrend, MIN_TREND_NOISE } from '../src/series/fillTrend.ts';
import { diffNoise, risingRunStart, segment } from '../src/series/changepoint.ts';
import { detect } from '../src/detect.ts';
import { buildContext } from '../src/model/buildContext.ts';
import { DEFAULT_PARAMS } from '../src/model/params.ts';
import type { DetectionInput } from '../src/types.ts';
import { rng, synthesize } from './helpers/synthetic.ts';

function series(values: number[], firstDay = 1000): { y: Float64Array; day: Int32Array } {
  return { y: Float64Array.from(values), day: Int32Array.from(values, (_, i) => firstDay + i) };
}

describe('fillTrend', () => {
  it('is zero on any constant series and NaN with too few days', () => {
    fc.assert(fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.integer({ min: 10, max: 120 }), (v, n) => {
      const { y, day } = series(Array.from({ length: n }, () => v));
      const tr = fillTrend(y, day, n, day[0], 10, new Float64Array(n));
      return tr.perWeek === 0 && tr.t === 0 && tr.days === n;
    }));
    const { y, day } = series([0, 0.1, 0.2, 0.3, 0.4]);
    expect(fillTrend(y, day, 5, day[0], 10, new Float64Array(5)).perWeek).toBeNaN();
  });

  it('recovers the slope of a noisy line, and its sign', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (seed, perDay) => {
      const r = rng(seed);
      const n = 40;
      const { y, day } = series(Array.from({ length: n }, (_, i) => perDay * i + 0.1 * (r() - 0.5)));
      const tr = fillTrend(y, day, n, day[0], 10, new Float64Array(n));
      return Math.abs(tr.perWeek - 7 * perDay) < 0.05 && (Math.abs(perDay) < 0.01 || Math.sign(tr.t) === Math.sign(perDay));
    }));
  });

  it('fits only the days from fromDay on, against their own noise (a vacant stretch before does not shrink it)', () => {
    // 60 vacant days (flat at the floor), then a climbing regime
    const values = [...Array.from({ length: 60 }, () => -3), ...Array.from({ length: 30 }, (_, i) => 0.5 + 0.03 * i)];
    const { y, day } = series(values);
    const tr = fillTrend(y, day, values.length, day[60], 10, new Float64Array(values.length));
    expect(tr.days).toBe(30);
    expect(tr.perWeek).toBeCloseTo(0.21, 6);
    // a perfect line has no day-to-day noise: the floor keeps t finite
    const sxx = (30 * (30 * 30 - 1)) / 12;
    expect(tr.t).toBeCloseTo(0.03 / (MIN_TREND_NOISE / Math.sqrt(sxx)), 6);
  });
});

describe('change points', () => {
  it('never fire on a constant series, noisy or not', () => {
    const opt = DEFAULT_PARAMS.usage.changePoints;
    fc.assert(fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 6, max: 180 }), fc.boolean(), fc.integer({ min: 1, max: 1e6 }), (v, n, noisy, seed) => {
      const r = rng(seed);
      const y = Float64Array.from({ length: n }, () => v + (noisy ? 0.2 * (r() - 0.5) : 0));
      const seg = segment(y, n, diffNoise(y, n, new Float64Array(n)), opt, new Float64Array(n + 1));
      return seg.count === 1 && risingRunStart(seg, opt.minShift) === -1;
    }));
  });
});

describe('water still climbing after the step', () => {
  const base = synthesize({ houses: 600, days: 240, seed: 11 });
  const h = base.truth.findIndex((t) => t.profile === 'vacantThenTenant');
  const onset = base.truth[h].onsetDay!;
  const id = base.input.houses[h].houseId;
  /** House h's water and electricity from the onset on, times `shape(days since onset)`. */
  const reshape = (shape: (age: number) => number): DetectionInput => {
    const scale = (m: DetectionInput['water']) => {
      const values = m.values.slice();
      for (let d = Math.max(0, onset - m.startDay); d < m.days; d++) values[h * m.days + d] *= shape(m.startDay + d - onset);
      return { ...m, values };
    };
    return { ...base.input, water: scale(base.input.water), electricity: scale(base.input.electricity), asOfDay: onset + 28 };
  };

  it('names a climb of beds let one by one, never a household that settled', () => {
    // beds let one by one: from the first tenants' use to 3× over four weeks
    const climbing = reshape((age) => 1 + 2 * Math.min(1, age / 28));
    const ctx = buildContext(climbing, DEFAULT_PARAMS);
    expect(ctx.water.usage.fillPerWeek[h]).toBeGreaterThan(DEFAULT_PARAMS.weights.fillFromPerWeek);
    const a = detect(climbing).alerts.find((x) => x.houseId === id)!;
    expect(a.reasons.join('|')).toMatch(/用水逐周攀升（每周约\+\d+%）/);
    // the same flat with a household that moved in on one day: no climb
    const settled = detect(reshape(() => 1)).alerts.find((x) => x.houseId === id)!;
    expect(settled.reasons.join('|')).not.toMatch(/逐周攀升/);
  });

  it('keeps every probability in [0, 1] and every reason a non-empty sentence, whatever the climb', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 4, noNaN: true }), fc.integer({ min: 7, max: 56 }), (gain, weeks) => {
      const r = detect(reshape((age) => 1 + gain * Math.min(1, age / weeks)));
      return r.alerts.every((a) => a.score >= 0 && a.score <= 1 && a.handScore >= 0 && a.handScore <= 1
        && a.reasons.length > 0 && a.reasons.every((s) => s.length > 0 && !/NaN|undefined|Infinity/.test(s)));
    }), { numRuns: 8 });
  });
});

describe('electricity rise after a move-in', () => {
  const base = synthesize({ houses: 600, days: 240, seed: 11 });
  const h = base.truth.findIndex((t) => t.profile === 'vacantThenTenant');
  const onset = base.truth[h].onsetDay!;
  const id = base.input.houses[h].houseId;
  /** House h's electricity from the onset on at `times` the district's median that day. */
  const landing = (times: number): DetectionInput => {
    const e = base.input.electricity;
    const values = e.values.slice();
    const H = base.input.houses.length;
    for (let d = Math.max(0, onset - e.startDay); d < e.days; d++) {
      const day = Array.from({ length: H }, (_, i) => e.values[i * e.days + d]).sort((a, b) => a - b);
      values[h * e.days + d] = times * day[H >> 1];
    }
    // water well above its peers, so the step itself is not in doubt
    const w = base.input.water;
    const water = w.values.slice();
    for (let d = Math.max(0, onset - w.startDay); d < w.days; d++) water[h * w.days + d] *= 2.5;
    return { ...base.input, electricity: { ...e, values }, water: { ...w, values: water }, asOfDay: onset + 35 };
  };
  const reasons = (x: DetectionInput) => detect(x).alerts.find((a) => a.houseId === id)!;

  it('counts as far as electricity lands above the peers: an ordinary level is a household, not a crowd', () => {
    const ordinary = reasons(landing(1));
    const crowded = reasons(landing(3));
    expect(ordinary.reasons.join('|')).not.toMatch(/水电同时跃升/);
    expect(ordinary.reasons.join('|')).not.toMatch(/日均用电/);
    expect(crowded.reasons.join('|')).toMatch(/日均用电/);
    expect(crowded.score).toBeGreaterThan(ordinary.score);
  });
});

// A flat just emptied (features/vacated.ts): the tenants of an ended group
// rental leave together and use collapses to standby at once; the regime's
// median and monthly hand-read water follow only weeks later.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vacantRun, VACANT_SHARE } from '../src/features/vacated.ts';
import { detect } from '../src/detect.ts';
import type { DetectionInput } from '../src/types.ts';
import { synthesize } from './helpers/synthetic.ts';

const occupied = Math.log(1.05);
const empty = Math.log(0.02 + 0.05);

describe('vacantRun', () => {
  it('counts the trailing vacant days after occupied ones', () => {
    const y = Float64Array.from([...Array.from({ length: 20 }, () => occupied), empty, empty, empty]);
    expect(vacantRun(y, y.length, new Float64Array(y.length))).toBe(3);
  });

  it('is 0 on any constant series, occupied or empty', () => {
    fc.assert(fc.property(fc.double({ min: -3, max: 2, noNaN: true }), fc.integer({ min: 1, max: 40 }), (v, n) => {
      const y = Float64Array.from({ length: n }, () => v);
      return vacantRun(y, n, new Float64Array(n)) === 0;
    }));
  });

  it('never counts a day above the vacant level, nor a run after days that were not clearly occupied', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -3, max: 2, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
      const y = Float64Array.from(values);
      const k = vacantRun(y, y.length, new Float64Array(y.length));
      if (k === 0) return true;
      const low = Math.log(VACANT_SHARE + 0.05);
      const run = values.slice(values.length - k);
      return k < values.length && run.every((v) => v < low) && values[values.length - k - 1] >= low;
    }));
  });
});

describe('a group rental emptied days ago', () => {
  const base = synthesize({ houses: 600, days: 240, seed: 11 });
  const h = base.truth.findIndex((t) => t.profile === 'group' && t.onsetDay !== null && t.onsetDay + 60 <= base.input.asOfDay);
  const id = base.input.houses[h].houseId;
  const asOfDay = base.input.asOfDay;
  /** Water and electricity of house h at standby for the last `days` days. */
  const emptied = (days: number): DetectionInput => {
    const cut = (m: DetectionInput['water']) => {
      const values = m.values.slice();
      for (let d = asOfDay - days + 1; d <= asOfDay; d++) values[h * m.days + d - m.startDay] = 0.01;
      return { ...m, values };
    };
    return { ...base.input, water: cut(base.input.water), electricity: cut(base.input.electricity) };
  };

  it('says so and falls down the list, the more the longer it stays empty', () => {
    const still = detect(base.input).alerts.find((a) => a.houseId === id)!;
    const one = detect(emptied(1)).alerts.find((a) => a.houseId === id)!;
    const five = detect(emptied(5)).alerts.find((a) => a.houseId === id)!;
    expect(still.reasons.join('|')).not.toMatch(/疑似已搬空/);
    expect(one.reasons.join('|')).not.toMatch(/疑似已搬空/); // one quiet day is an outing, not a move
    expect(five.reasons.join('|')).toMatch(/近5天用水用电降至空置房水平，疑似已搬空（已降权）/);
    expect(five.score).toBeLessThan(still.score);
    expect(five.rank).toBeGreaterThan(still.rank);
  });
});

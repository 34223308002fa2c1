// The eval metrics added for the worlds (issue #10): Brier skill, flagged per
// positive, traps in the top K.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brierScore, brierSkillScore, flaggedPerPositive } from '../src/eval/metrics.ts';
import { trapsInTopK, trapTotal } from '../src/eval/traps.ts';

describe('brierSkillScore', () => {
  it('is 0 for the climatology itself, 1 for a perfect forecast, negative for a worse one', () => {
    const label = [1, 0, 0, 0];
    expect(brierSkillScore([0.25, 0.25, 0.25, 0.25], label)).toBeCloseTo(0, 12);
    expect(brierSkillScore([1, 0, 0, 0], label)).toBe(1);
    expect(brierSkillScore([0.9, 0.9, 0.9, 0.9], label)).toBeLessThan(0);
    expect(brierSkillScore([0.5, 0.5], [0, 0])).toBeNaN();
  });

  it('equals 1 − Brier / (p(1−p)) for any scores and labels with both classes', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), { minLength: 2, maxLength: 50 }), (rows) => {
      const score = rows.map((r) => r[0]);
      const label = rows.map((r) => r[1]);
      const p = label.reduce((a, b) => a + b, 0) / label.length;
      fc.pre(p > 0 && p < 1);
      expect(brierSkillScore(score, label)).toBeCloseTo(1 - brierScore(score, label) / (p * (1 - p)), 9);
      expect(brierSkillScore(score, label)).toBeLessThanOrEqual(1);
    }));
  });
});

describe('flaggedPerPositive', () => {
  it('divides by the positives and handles none', () => {
    expect(flaggedPerPositive(30, 10)).toBe(3);
    expect(flaggedPerPositive(0, 0)).toBe(0);
    expect(flaggedPerPositive(5, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('trapsInTopK', () => {
  it('counts negatives with a trap kind among the first k only', () => {
    const order = [3, 0, 1, 2, 4];
    const label = [1, 0, 0, 0, 0];
    const kinds = ['move_in', 'leak', null, 'leak', 'shop'];
    const c = trapsInTopK(order, label, (h) => kinds[h], 4);
    expect(c).toEqual({ leak: 2 }); // house 3 (leak) and 1 (leak); house 0 is positive; house 2 sets none; house 4 is outside k
    expect(trapTotal(c)).toBe(2);
  });

  it('never counts more than k nor any positive', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom('a', 'b', null)), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (rows, k) => {
      const order = rows.map((_, i) => rows.length - 1 - i);
      const c = trapsInTopK(order, rows.map((r) => r[0]), (h) => (rows[h][0] === 1 ? 'positive' : rows[h][1]), k);
      expect(c.positive).toBeUndefined();
      expect(trapTotal(c)).toBeLessThanOrEqual(Math.min(k, rows.length));
    }));
  });
});

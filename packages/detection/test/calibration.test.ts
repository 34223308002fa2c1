// Calibration that cannot collapse (issue #10): whatever the inspection
// labels, the share of houses yellow or red stays within 3× the prevalence
// estimate, and calibration never reorders houses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  alertBudgetShift, estimatePrevalence, fitCalibration, labelsUsable, IDENTITY,
} from '../src/model/calibration.ts';
import { anchorIntercept, fitAnchored, type LabelSet } from '../src/model/anchoredLogistic.ts';
import { DEFAULT_PARAMS } from '../src/model/params.ts';
import { sigmoid } from '../src/stats/robust.ts';
import { rng } from './helpers/synthetic.ts';

const cp = DEFAULT_PARAMS.calibration;
const YELLOW = DEFAULT_PARAMS.yellowThreshold;

/** A district's hand-model log-odds: most houses low, a few percent high, seeded. */
function district(H: number, seed: number, hotShare: number): Float64Array {
  const r = rng(seed);
  const s = new Float64Array(H);
  for (let h = 0; h < H; h++) {
    const hot = r() < hotShare;
    s[h] = hot ? 1 + 6 * r() : -4.2 - 2 * r() + (r() < 0.1 ? 3 * r() : 0);
  }
  return s;
}

type Mix = 'allConfirmed' | 'noneConfirmed' | 'random' | 'contradictory' | 'complaintOnly' | 'handful';

/** Labels of a kind inspectors might produce: visits at the top, at random, or only where neighbours complained. */
function labelsOf(core: Float64Array, mix: Mix, n: number, seed: number): LabelSet {
  const r = rng(seed);
  const H = core.length;
  const order = Array.from({ length: H }, (_, i) => i).sort((a, b) => core[b] - core[a] || a - b);
  const idx: number[] = [];
  const y: number[] = [];
  const count = mix === 'handful' ? Math.min(n, 4) : n;
  for (let i = 0; i < count; i++) {
    // complaint-driven visits land anywhere; the others mostly near the top
    const h = mix === 'complaintOnly' || r() < 0.3 ? Math.floor(r() * H) : order[Math.floor(r() * Math.min(H, 3 * count))];
    idx.push(h);
    const label = mix === 'allConfirmed' || mix === 'complaintOnly' ? 1
      : mix === 'noneConfirmed' ? 0
        : mix === 'contradictory' ? (core[h] > 0 ? 0 : 1)
          : r() < sigmoid(core[h]) ? 1 : 0;
    y.push(label);
  }
  return { idx: Int32Array.from(idx), y: Uint8Array.from(y), w: new Float64Array(idx.length).fill(1) };
}

function calibrated(core: Float64Array, labels: LabelSet): Float64Array {
  const prevalence = estimatePrevalence(core, cp);
  const c = fitCalibration(core, labels, prevalence, cp);
  const out = Float64Array.from(core, (s) => c.a * s + c.b);
  const shift = alertBudgetShift(out, YELLOW, cp.maxAlertShare * prevalence);
  for (let i = 0; i < out.length; i++) out[i] += shift;
  return out;
}

const mixes: Mix[] = ['allConfirmed', 'noneConfirmed', 'random', 'contradictory', 'complaintOnly', 'handful'];

describe('calibration anchored to the district prevalence', () => {
  it('keeps yellow + red within 3× the prevalence estimate for any label mix', () => {
    fc.assert(fc.property(
      fc.integer({ min: 200, max: 3000 }), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 0.3, noNaN: true }),
      fc.constantFrom(...mixes), fc.integer({ min: 0, max: 400 }),
      (H, seed, hotShare, mix, n) => {
        const core = district(H, seed, hotShare);
        const prevalence = estimatePrevalence(core, cp);
        const out = calibrated(core, labelsOf(core, mix, n, seed + 1));
        let alerted = 0;
        for (const s of out) if (sigmoid(s) >= YELLOW) alerted++;
        expect(alerted / H).toBeLessThanOrEqual(cp.maxAlertShare * prevalence + 1e-12);
      },
    ), { numRuns: 150 });
  });

  it('never reorders houses', () => {
    fc.assert(fc.property(
      fc.integer({ min: 50, max: 2000 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(...mixes), fc.integer({ min: 0, max: 300 }),
      (H, seed, mix, n) => {
        const core = district(H, seed, 0.03);
        const out = calibrated(core, labelsOf(core, mix, n, seed + 7));
        const order = Array.from({ length: H }, (_, i) => i).sort((i, j) => core[i] - core[j]);
        let monotone = true;
        for (let k = 1; k < H; k++) if (out[order[k]] < out[order[k - 1]]) monotone = false;
        expect(monotone).toBe(true);
      },
    ), { numRuns: 100 });
  });

  it('falls back to the uncalibrated model (anchored) with one-sided or few labels', () => {
    const core = district(2000, 3, 0.02);
    const prevalence = estimatePrevalence(core, cp);
    for (const mix of ['allConfirmed', 'noneConfirmed', 'complaintOnly', 'handful'] as Mix[]) {
      const labels = labelsOf(core, mix, 200, 5);
      expect(labelsUsable(labels, cp)).toBe(false);
      const c = fitCalibration(core, labels, prevalence, cp);
      expect(c.a).toBe(1);
      expect(c.n).toBe(0);
    }
    expect(IDENTITY.a).toBe(1);
  });

  it('sets the mean probability to the prevalence whatever the confirmed share among the visited', () => {
    const core = district(3000, 11, 0.015);
    const prevalence = estimatePrevalence(core, cp);
    // inspectors visit the top and confirm 90% of what they see, far above the district's rate
    const labels = labelsOf(core, 'random', 150, 12);
    for (let i = 0; i < labels.y.length; i++) labels.y[i] = i % 10 === 0 ? 0 : 1;
    const c = fitCalibration(core, labels, prevalence, cp);
    let mean = 0;
    for (const s of core) mean += sigmoid(c.a * s + c.b);
    expect(mean / core.length).toBeCloseTo(prevalence, 6);
    expect(c.a).toBeGreaterThanOrEqual(cp.slopeMin);
    expect(c.a).toBeLessThanOrEqual(cp.slopeMax);
  });

  it('learns a steeper slope when labels follow the scores more sharply than the model says', () => {
    const r = rng(21);
    const core = district(4000, 21, 0.02);
    const idx: number[] = [];
    const y: number[] = [];
    for (let h = 0; h < core.length; h += 13) {
      idx.push(h);
      y.push(r() < sigmoid(2 * core[h] + 1) ? 1 : 0);
    }
    const labels = { idx: Int32Array.from(idx), y: Uint8Array.from(y), w: new Float64Array(idx.length).fill(1) };
    const c = fitCalibration(core, labels, estimatePrevalence(core, cp), cp);
    expect(c.n).toBe(idx.length);
    expect(c.a).toBeGreaterThan(1.05);
  });
});

describe('anchored logistic fit', () => {
  it('solves the intercept for the target mean', () => {
    const z = Float64Array.from({ length: 500 }, (_, i) => -6 + (i % 50) / 5);
    const b = anchorIntercept(z, 0.02, 0);
    let m = 0;
    for (const v of z) m += sigmoid(v + b);
    expect(m / z.length).toBeCloseTo(0.02, 8);
  });

  it('returns the prior mean without labels and moves a useful weight up with them', () => {
    const r = rng(5);
    const H = 3000;
    const x = new Float64Array(H * 2);
    for (let h = 0; h < H; h++) {
      x[h * 2] = r() < 0.05 ? 2 + 2 * r() : 0;
      x[h * 2 + 1] = r() < 0.05 ? 2 + 2 * r() : 0;
    }
    const prior = [0, 1].map(() => ({ mean: 1, sd: 0.5, lo: 0, hi: 2.5 }));
    const offset = new Float64Array(H).fill(-4.5);
    const none = fitAnchored(offset, x, 2, { idx: new Int32Array(0), y: new Uint8Array(0), w: new Float64Array(0) }, prior, 0.02);
    expect(Array.from(none.beta)).toEqual([1, 1]);
    // truth: only the first mechanism matters
    const idx: number[] = [];
    const y: number[] = [];
    for (let h = 0; h < H; h++) {
      if (x[h * 2] > 0 || x[h * 2 + 1] > 0 || h % 20 === 0) {
        idx.push(h);
        y.push(r() < sigmoid(-4.5 + 2 * x[h * 2]) ? 1 : 0);
      }
    }
    const fit = fitAnchored(offset, x, 2, { idx: Int32Array.from(idx), y: Uint8Array.from(y), w: new Float64Array(idx.length).fill(1) }, prior, 0.02);
    expect(fit.beta[0]).toBeGreaterThan(fit.beta[1]);
    expect(fit.beta[1]).toBeLessThan(1);
  });
});

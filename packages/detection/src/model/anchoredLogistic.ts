// A logistic model whose intercept is anchored to the district, not to the
// labels. Inspected houses are a selected sample (visited because they looked
// suspicious or drew complaints), so the share confirmed among them says
// nothing about how common group rentals are in the district: an intercept
// fitted on them lifted every house (97% yellow, issue #10). Here the
// intercept b is whatever makes the mean probability over ALL houses equal
// the district prevalence estimate; the labels only decide the weights β,
// which a Gaussian prior pulls toward the hand model's (β = prior mean).
//
//   logit_h = offset_h + b + Σ_j β_j x_hj          (every house h)
//   b(β):  mean_h σ(logit_h) = prevalence
//   β:     max Σ_i w_i log p(y_i | logit_{h_i}) − Σ_j (β_j − m_j)² / 2s_j², clamped to [lo_j, hi_j]
//
// Selection on the features does not bias β when the model is right (the
// labels are conditional on x); the label weights w correct for it where the
// model is wrong. Deterministic: fixed iteration caps, fixed order.
import { sigmoid } from '../stats/robust.ts';

export interface LabelSet {
  /** House index of each label. */
  idx: Int32Array;
  /** 1 = group rental, 0 = not. */
  y: Uint8Array;
  /** Weight of each label (selection correction), mean ≈ 1. */
  w: Float64Array;
}

export interface CoefPrior {
  mean: number;
  sd: number;
  lo: number;
  hi: number;
}

export interface AnchoredFit {
  beta: Float64Array;
  b: number;
}

/**
 * x is row-major (H × J). Returns β and the anchored intercept; with no
 * labels β is the prior mean, so the model is the hand model shifted to the
 * prevalence.
 */
export function fitAnchored(
  offset: Float64Array, x: Float64Array, J: number, labels: LabelSet, prior: CoefPrior[], prevalence: number,
): AnchoredFit {
  const H = offset.length;
  const beta = Float64Array.from(prior, (p) => p.mean);
  const z = new Float64Array(H);
  const linear = () => {
    for (let h = 0; h < H; h++) {
      let s = offset[h];
      for (let j = 0; j < J; j++) s += beta[j] * x[h * J + j];
      z[h] = s;
    }
  };
  linear();
  let b = anchorIntercept(z, prevalence, 0);
  const n = labels.idx.length;
  if (n === 0) return { beta, b };
  const m = new Float64Array(J);
  const g = new Float64Array(J);
  const Hm = new Float64Array(J * J);
  const xi = new Float64Array(J);
  for (let iter = 0; iter < 40; iter++) {
    // how b moves with β: db/dβ_j = −(Σ v_h x_hj)/(Σ v_h), v = p(1−p) over all
    // houses, so each label's feature counts relative to the district's mean
    m.fill(0);
    let vs = 0;
    for (let h = 0; h < H; h++) {
      const p = sigmoid(z[h] + b);
      const v = p * (1 - p);
      vs += v;
      for (let j = 0; j < J; j++) m[j] += v * x[h * J + j];
    }
    for (let j = 0; j < J; j++) m[j] = vs > 0 ? m[j] / vs : 0;
    g.fill(0);
    Hm.fill(0);
    for (let j = 0; j < J; j++) {
      const pr = prior[j];
      g[j] = (beta[j] - pr.mean) / (pr.sd * pr.sd);
      Hm[j * J + j] = 1 / (pr.sd * pr.sd);
    }
    for (let i = 0; i < n; i++) {
      const h = labels.idx[i];
      const p = sigmoid(z[h] + b);
      const w = labels.w[i];
      const r = w * (p - labels.y[i]);
      const v = w * Math.max(1e-9, p * (1 - p));
      for (let j = 0; j < J; j++) xi[j] = x[h * J + j] - m[j];
      for (let j = 0; j < J; j++) {
        g[j] += r * xi[j];
        for (let k = 0; k < J; k++) Hm[j * J + k] += v * xi[j] * xi[k];
      }
    }
    const step = solve(Hm, g, J);
    let moved = 0;
    for (let j = 0; j < J; j++) {
      const pr = prior[j];
      // damped: separable labels would otherwise run off
      const next = Math.max(pr.lo, Math.min(pr.hi, beta[j] - Math.max(-0.5, Math.min(0.5, step[j]))));
      moved += Math.abs(next - beta[j]);
      beta[j] = next;
    }
    linear();
    b = anchorIntercept(z, prevalence, b);
    if (moved < 1e-9) break;
  }
  return { beta, b };
}

/** The b with mean_h σ(z_h + b) = target: Newton from `start`, bisection when Newton strays. */
export function anchorIntercept(z: ArrayLike<number>, target: number, start: number): number {
  const H = z.length;
  if (H === 0) return 0;
  let lo = -60;
  let hi = 60;
  let b = start;
  for (let iter = 0; iter < 100; iter++) {
    let f = 0;
    let d = 0;
    for (let h = 0; h < H; h++) {
      const p = sigmoid(z[h] + b);
      f += p;
      d += p * (1 - p);
    }
    f = f / H - target;
    if (Math.abs(f) < 1e-10 * Math.max(target, 1e-6)) return b;
    if (f > 0) hi = b;
    else lo = b;
    const nb = d > 0 ? b - f / (d / H) : Number.NaN;
    b = nb > lo && nb < hi ? nb : 0.5 * (lo + hi);
    if (hi - lo < 1e-12) break;
  }
  return b;
}

/** Solves A s = g for a small symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(A: Float64Array, g: Float64Array, J: number): Float64Array {
  const a = Float64Array.from(A);
  const r = Float64Array.from(g);
  for (let c = 0; c < J; c++) {
    let piv = c;
    for (let i = c + 1; i < J; i++) if (Math.abs(a[i * J + c]) > Math.abs(a[piv * J + c])) piv = i;
    if (piv !== c) {
      for (let k = 0; k < J; k++) {
        const t = a[c * J + k];
        a[c * J + k] = a[piv * J + k];
        a[piv * J + k] = t;
      }
      const t = r[c];
      r[c] = r[piv];
      r[piv] = t;
    }
    const d = a[c * J + c];
    if (Math.abs(d) < 1e-12) continue;
    for (let i = c + 1; i < J; i++) {
      const f = a[i * J + c] / d;
      if (f === 0) continue;
      for (let k = c; k < J; k++) a[i * J + k] -= f * a[c * J + k];
      r[i] -= f * r[c];
    }
  }
  const s = new Float64Array(J);
  for (let c = J - 1; c >= 0; c--) {
    let v = r[c];
    for (let k = c + 1; k < J; k++) v -= a[c * J + k] * s[k];
    const d = a[c * J + c];
    s[c] = Math.abs(d) < 1e-12 ? 0 : v / d;
  }
  return s;
}

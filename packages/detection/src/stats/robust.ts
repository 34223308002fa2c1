// Robust statistics on typed arrays. Medians and MADs instead of means and
// standard deviations because meter data has spikes, stuck meters and the
// very outliers we are looking for; one bad day must not move a baseline.

/** Median of the first `n` entries of `buf` (reorders them). NaN when n = 0. */
export function medianInPlace(buf: Float64Array, n: number): number {
  if (n <= 0) return Number.NaN;
  const sub = buf.subarray(0, n);
  sub.sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sub[mid] : 0.5 * (sub[mid - 1] + sub[mid]);
}

/** Median of the finite values of `values` (copies; does not reorder the input). */
export function medianOf(values: ArrayLike<number>): number {
  const buf = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) buf[n++] = v;
  }
  return medianInPlace(buf, n);
}

/**
 * Scaled median absolute deviation (≈ standard deviation under normality) of
 * the first `n` entries of `buf` around `center` (reorders / overwrites them).
 */
export function madInPlace(buf: Float64Array, n: number, center: number): number {
  for (let i = 0; i < n; i++) buf[i] = Math.abs(buf[i] - center);
  return 1.4826 * medianInPlace(buf, n);
}

/** Median and scaled MAD of the finite values of `values`. */
export function robustCenterSpread(values: ArrayLike<number>): { center: number; spread: number; n: number } {
  const buf = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) buf[n++] = v;
  }
  const center = medianInPlace(buf, n);
  const spread = n > 0 ? madInPlace(buf, n, center) : Number.NaN;
  return { center, spread, n };
}

/** Quantile (0..1, linear interpolation) of an ascending-sorted array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

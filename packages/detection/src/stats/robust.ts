// Robust statistics on typed arrays. Medians and MADs instead of means and
// standard deviations because meter data has spikes, stuck meters and the
// very outliers we are looking for; one bad day must not move a baseline.

/**
 * Median of the first `n` entries of `buf` (reorders them). NaN when n = 0.
 * Selection, not a sort: the model takes tens of thousands of medians per run
 * (every house's level, every peer group) and only the middle is needed.
 */
export function medianInPlace(buf: Float64Array, n: number): number {
  if (n <= 0) return Number.NaN;
  const sub = buf.subarray(0, n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(sub[i])) {
      // NaN has no place in an order: keep the sort's convention (NaN last).
      sub.sort();
      const m = n >> 1;
      return n % 2 === 1 ? sub[m] : 0.5 * (sub[m - 1] + sub[m]);
    }
  }
  const mid = n >> 1;
  selectInPlace(sub, mid);
  if (n % 2 === 1) return sub[mid];
  // after selecting `mid`, everything left of it is ≤ it: the lower middle is their maximum
  let lower = sub[0];
  for (let i = 1; i < mid; i++) if (sub[i] > lower) lower = sub[i];
  return 0.5 * (lower + sub[mid]);
}

/**
 * Puts the k-th smallest of `a` (0-based) at index k, the smaller ones to its
 * left and the larger ones to its right (Hoare's selection, median-of-three
 * pivot). NaN-free input.
 */
function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const m = (lo + hi) >> 1;
    // median of three to the middle, so sorted or constant runs stay linear
    if (a[m] < a[lo]) swap(a, m, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[m]) swap(a, hi, m);
    const pivot = a[m];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
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

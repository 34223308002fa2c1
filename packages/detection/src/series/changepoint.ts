// Change points on one house's own series (log of normalised daily use), by
// binary segmentation with a mean-shift t-test. O(n) per split thanks to
// prefix sums, so a year of 20,000 houses costs well under a second.

export interface ChangePointOptions {
  /** Maximum number of change points per series. */
  maxChanges: number;
  /** Minimum |t| of the mean shift (day-to-day autocorrelation inflates t, hence a high bar). */
  minT: number;
  /** Minimum shift of the mean, in log units (0.25 ≈ +28%). */
  minShift: number;
  /** Minimum valid days on each side. */
  minLen: number;
}

export interface Segments {
  count: number;
  start: Int32Array; // index into the series of each segment's first point
  end: Int32Array;   // exclusive
  mean: Float64Array;
}

/** Robust noise level of a series: MAD of first differences / √2 (insensitive to level shifts). */
export function diffNoise(y: Float64Array, n: number, scratch: Float64Array): number {
  if (n < 3) return 0.3;
  for (let i = 1; i < n; i++) scratch[i - 1] = Math.abs(y[i] - y[i - 1]);
  const s = scratch.subarray(0, n - 1).sort();
  const m = n - 1;
  const med = m % 2 === 1 ? s[m >> 1] : 0.5 * (s[(m >> 1) - 1] + s[m >> 1]);
  return Math.max(0.05, (1.4826 * med) / Math.SQRT2);
}

/**
 * Splits y[0..n) into segments of constant mean. `prefix` must have room for
 * n + 1 numbers. Deterministic: the first best split wins ties.
 */
export function segment(y: Float64Array, n: number, sigma: number, opt: ChangePointOptions, prefix: Float64Array): Segments {
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + y[i];
  const cap = opt.maxChanges + 1;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  let count = 1;
  start[0] = 0;
  end[0] = n;
  for (let iter = 0; iter < opt.maxChanges; iter++) {
    let bestSeg = -1;
    let bestAt = -1;
    let bestT = opt.minT;
    for (let s = 0; s < count; s++) {
      const a = start[s];
      const b = end[s];
      const total = prefix[b] - prefix[a];
      for (let k = a + opt.minLen; k <= b - opt.minLen; k++) {
        const n1 = k - a;
        const n2 = b - k;
        const m1 = (prefix[k] - prefix[a]) / n1;
        const m2 = (total - (prefix[k] - prefix[a])) / n2;
        const diff = Math.abs(m2 - m1);
        if (diff < opt.minShift) continue;
        const t = diff / (sigma * Math.sqrt(1 / n1 + 1 / n2));
        if (t > bestT) {
          bestT = t;
          bestSeg = s;
          bestAt = k;
        }
      }
    }
    if (bestSeg < 0) break;
    // insert the split, keeping segments in order
    for (let s = count; s > bestSeg + 1; s--) {
      start[s] = start[s - 1];
      end[s] = end[s - 1];
    }
    end[bestSeg + 1] = end[bestSeg];
    start[bestSeg + 1] = bestAt;
    end[bestSeg] = bestAt;
    count++;
  }
  const mean = new Float64Array(count);
  for (let s = 0; s < count; s++) mean[s] = (prefix[end[s]] - prefix[start[s]]) / Math.max(1, end[s] - start[s]);
  return { count, start, end, mean };
}

/**
 * Index of the first segment of the trailing run at the current level, when
 * that run is clearly above what came before it; -1 when there is no rise.
 * A run may contain several segments (e.g. more people moving in after the
 * first ones) as long as none falls back to the earlier level.
 */
export function risingRunStart(seg: Segments, minShift: number): number {
  const last = seg.count - 1;
  if (last < 1) return -1;
  const current = seg.mean[last];
  let j = last;
  while (j > 0) {
    const prev = seg.mean[j - 1];
    if (prev < current - minShift) {
      // a staircase of rises (more people moving in step by step) started at its first step
      while (j > 1 && seg.mean[j - 1] > seg.mean[j - 2] + minShift) j--;
      return j;
    }
    if (prev > current + minShift) return -1; // the latest move was down: no onset in progress
    j--;
  }
  return -1;
}

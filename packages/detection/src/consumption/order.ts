// Ordering readings without one object per reading: index arrays sorted by
// time, and a counting sort that groups reading indices by meter.

/**
 * Sorts `idx` (ascending indices into readAt) in place by time, ties broken by
 * index, so the result is deterministic whatever order the rows came in.
 * Feeds are usually already in order, so that case is checked first in O(n).
 */
export function sortIndicesByTime(idx: Int32Array, readAt: Float64Array): void {
  if (isSortedByTime(idx, readAt)) return;
  if (!sortByPackedKey(idx, readAt)) idx.sort((a, b) => readAt[a] - readAt[b] || a - b);
}

/**
 * Native numeric sort of one float per reading, key = (time - min) * 2^bits +
 * position: several times faster than a comparator. Exact while the key fits
 * in 53 bits (whole-millisecond times spanning up to ~2^53 / n ms), which is
 * always the case for parsed timestamps; otherwise returns false. Positions
 * break ties, and idx is ascending, so ties fall in index order.
 */
function sortByPackedKey(idx: Int32Array, readAt: Float64Array): boolean {
  const n = idx.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const t = readAt[idx[k]];
    if (!Number.isInteger(t)) return false;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const scale = 2 ** Math.ceil(Math.log2(Math.max(n, 2)));
  if ((max - min + 1) * scale > Number.MAX_SAFE_INTEGER) return false;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (readAt[idx[k]] - min) * scale + k;
  keys.sort();
  const original = idx.slice();
  for (let k = 0; k < n; k++) idx[k] = original[keys[k] % scale];
  return true;
}

function isSortedByTime(idx: Int32Array, readAt: Float64Array): boolean {
  for (let k = 1; k < idx.length; k++) {
    const dt = readAt[idx[k]] - readAt[idx[k - 1]];
    if (dt < 0 || (dt === 0 && idx[k] < idx[k - 1]) || Number.isNaN(dt)) return false;
  }
  return true;
}

/** Reading indices grouped by meter: meter m's readings are order[start[m] .. start[m+1]). */
export interface MeterGroups {
  start: Int32Array; // length meterCount + 1
  order: Int32Array; // length = readings kept (meterIdx in range)
}

/**
 * Counting sort of reading indices by meterIdx (stable: within a meter the
 * input order is kept). Rows whose meterIdx is outside 0..meterCount-1 are left
 * out (the reader reports unknown meters; they cannot be attributed here).
 */
export function groupByMeter(meterIdx: Int32Array, count: number, meterCount: number): MeterGroups {
  const start = new Int32Array(meterCount + 1);
  for (let i = 0; i < count; i++) {
    const m = meterIdx[i];
    if (m >= 0 && m < meterCount) start[m + 1]++;
  }
  for (let m = 0; m < meterCount; m++) start[m + 1] += start[m];
  const order = new Int32Array(start[meterCount]);
  const next = start.slice(0, meterCount);
  for (let i = 0; i < count; i++) {
    const m = meterIdx[i];
    if (m >= 0 && m < meterCount) order[next[m]++] = i;
  }
  return { start, order };
}

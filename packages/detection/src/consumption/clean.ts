// First stage for one meter: drop unusable rows, sort by time, and collapse
// readings taken at the same instant into one. Everything dropped for a
// reason other than being an exact duplicate is reported.
import { dayStartUtcMs, dayToIso } from '@sentinel/domain';
import { fmt, fmtTime } from './format.ts';
import { sortIndicesByTime } from './order.ts';
import type { Scratch } from './scratch.ts';
import type { MeterFacts, ReadingErrorFlag } from './types.ts';

/** One meter's usable readings, strictly increasing in time (columnar; arrays may be longer than n). */
export interface CleanSeries {
  n: number;
  src: Int32Array;      // index of the reading in the caller's arrays
  t: Float64Array;      // read time, UTC ms
  v: Float64Array;      // register value
  est: Uint8Array;      // 1 = estimated by the utility
  conflict: Uint8Array; // 1 = other, different values were read at the same instant
}

// A timestamp outside these years is a parse or export fault; it would also
// stretch the meter's day axis over centuries.
const EARLIEST_READ_MS = Date.UTC(1990, 0, 1);
const LATEST_READ_MS = Date.UTC(2100, 0, 1);

/** estimated column: 0 read, 1 estimated, 2 unknown. A real read wins a tie, an estimate loses it. */
function estimateRank(e: number): number {
  return e === 0 ? 0 : e === 1 ? 2 : 1;
}

export function cleanReadings(
  facts: MeterFacts,
  readAt: Float64Array,
  value: Float64Array,
  estimated: Uint8Array,
  indices: Int32Array,
  errors: ReadingErrorFlag[],
  scratch: Scratch,
): CleanSeries {
  scratch.forReadings(indices.length);
  const usable = scratch.usable;
  let u = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const t = readAt[i];
    const v = value[i];
    if (!Number.isFinite(t) || !Number.isFinite(v) || v < 0) {
      errors.push({ readingIndex: i, reason: `示数无效（${fmt(v)}，读数时间 ${fmtTime(t)}）：示数须为非负数字` });
    } else if (t < EARLIEST_READ_MS || t >= LATEST_READ_MS) {
      errors.push({ readingIndex: i, reason: `读数时间 ${fmtTime(t)} 超出合理范围（1990 至 2100 年）` });
    } else {
      usable[u++] = i;
    }
  }
  const order = usable.subarray(0, u);
  sortIndicesByTime(order, readAt);

  const out: CleanSeries = {
    n: 0,
    src: scratch.src,
    t: scratch.t,
    v: scratch.v,
    est: scratch.est,
    conflict: scratch.conflict,
  };
  // Readings outside the meter's service (installed_at .. removed_at, whole
  // days) belong to no meter: reported once per distinct value, not used.
  const from = facts.installedDay === null ? -Infinity : dayStartUtcMs(facts.installedDay);
  const until = facts.removedDay === null ? Infinity : dayStartUtcMs(facts.removedDay + 1);
  let prevValue = -Infinity;
  let g = 0;
  while (g < u) {
    let h = g + 1;
    while (h < u && readAt[order[h]] === readAt[order[g]]) h++;
    const t = readAt[order[g]];
    if (h === g + 1 && t >= from && t < until) {
      // The usual case: one reading at this instant.
      const i = order[g];
      const n = out.n++;
      out.src[n] = i;
      out.t[n] = t;
      out.v[n] = value[i];
      out.est[n] = estimated[i] === 1 ? 1 : 0;
      out.conflict[n] = 0;
      prevValue = value[i];
      g = h;
      continue;
    }
    if (t < from || t >= until) {
      const why = t < from
        ? `早于装表日期 ${dayToIso(facts.installedDay ?? 0)}`
        : `晚于拆表日期 ${dayToIso(facts.removedDay ?? 0)}`;
      forEachDistinctValue(order, g, h, value, (i) => {
        errors.push({ readingIndex: i, reason: `读数时间 ${fmtTime(t)} ${why}，不计入用量` });
      });
      g = h;
      continue;
    }
    const kept = pickAmongSameInstant(order, g, h, value, estimated, prevValue);
    const keptValue = value[kept];
    let conflict = 0;
    forEachDistinctValue(order, g, h, value, (i) => {
      if (value[i] === keptValue) return;
      conflict = 1;
      errors.push({
        readingIndex: i,
        reason: `同一时刻（${fmtTime(readAt[i])}）有多条不同示数：保留 ${fmt(keptValue)}，舍弃 ${fmt(value[i])}`,
      });
    });
    const n = out.n++;
    out.src[n] = kept;
    out.t[n] = readAt[kept];
    out.v[n] = keptValue;
    out.est[n] = estimated[kept] === 1 ? 1 : 0;
    out.conflict[n] = conflict;
    prevValue = keptValue;
    g = h;
  }
  return out;
}

/**
 * Calls `fn` with the first index (groups are in index order) of each
 * distinct value among order[g..h): exact duplicates count once.
 */
function forEachDistinctValue(order: Int32Array, g: number, h: number, value: Float64Array, fn: (i: number) => void): void {
  for (let k = g; k < h; k++) {
    let seen = false;
    for (let q = g; q < k && !seen; q++) seen = value[order[q]] === value[order[k]];
    if (!seen) fn(order[k]);
  }
}

/**
 * Which of several readings at one instant to keep, independent of their input
 * order: a real read over an unknown over an estimate; then one that does not
 * go below the previous kept value; then the smallest value (conservative: a
 * too-high read would inflate use); then the lowest index.
 */
function pickAmongSameInstant(
  order: Int32Array, g: number, h: number, value: Float64Array, estimated: Uint8Array, prevValue: number,
): number {
  let best = order[g];
  for (let k = g + 1; k < h; k++) {
    const i = order[k];
    const dr = estimateRank(estimated[i]) - estimateRank(estimated[best]);
    if (dr !== 0) { if (dr < 0) best = i; continue; }
    const iForward = value[i] >= prevValue;
    const bestForward = value[best] >= prevValue;
    if (iForward !== bestForward) { if (iForward) best = i; continue; }
    if (value[i] < value[best] || (value[i] === value[best] && i < best)) best = i;
  }
  return best;
}

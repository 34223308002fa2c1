// Third stage: the meter's own habit. An accepted interval far above the
// meter's typical rate (> SOFT_MULTIPLIER x the median rate, and above a
// floor no group rental reaches) that stands alone between two ordinary
// intervals is a step in the register (a misread digit, a register set by
// hand), not usage: a real surge, such as a group rental moving in, lasts
// and so is never isolated. Judged only with enough history and only with
// an accepted interval on both sides; otherwise the use is kept.
import type { Chain } from './chain.ts';
import { LINK_OK, LINK_UNKNOWN } from './chain.ts';
import type { CleanSeries } from './clean.ts';
import { fmt, fmtDuration, fmtTime } from './format.ts';
import { DAY_MS, KIND_LIMITS, MIN_JUDGED_INTERVAL_MS, SOFT_MIN_INTERVALS, SOFT_MULTIPLIER } from './limits.ts';
import type { Scratch } from './scratch.ts';
import type { MeterFacts, ReadingErrorFlag } from './types.ts';

export function rejectIsolatedSteps(c: Chain, s: CleanSeries, facts: MeterFacts, errors: ReadingErrorFlag[], scratch: Scratch): void {
  const rate = scratch.rate.fill(Number.NaN, 0, c.m);
  const known = scratch.known;
  let count = 0;
  let highest = 0;
  for (let k = 1; k < c.m; k++) {
    if (c.link[k] !== LINK_OK) continue;
    const ms = Math.max(s.t[c.pos[k]] - s.t[c.pos[k - 1]], MIN_JUDGED_INTERVAL_MS);
    rate[k] = (c.use[k] * DAY_MS) / ms;
    known[count++] = rate[k];
    if (rate[k] > highest) highest = rate[k];
  }
  const limits = KIND_LIMITS[facts.kind];
  // The threshold is never below the floor: nothing above it, nothing to judge (the usual case).
  if (count < SOFT_MIN_INTERVALS || highest <= limits.softFloorPerDay) return;
  const typical = median(known.subarray(0, count));
  const threshold = Math.max(SOFT_MULTIPLIER * typical, limits.softFloorPerDay);
  const ordinary = (k: number): boolean => k >= 1 && k < c.m && rate[k] <= threshold; // NaN (unknown) is not ordinary
  for (let k = 1; k < c.m; k++) {
    if (!(rate[k] > threshold) || !ordinary(k - 1) || !ordinary(k + 1)) continue;
    const a = c.pos[k - 1];
    const b = c.pos[k];
    const times = typical > 0 ? `是本表典型日用量 ${fmt(typical)} ${limits.unit} 的 ${fmt(Math.round(rate[k] / typical))} 倍` : `而本表典型日用量为 0`;
    errors.push({
      readingIndex: s.src[b],
      reason: `示数突增：${fmtDuration(s.t[b] - s.t[a])}内从 ${fmt(s.v[a])} 到 ${fmt(s.v[b])}（${fmtTime(s.t[b])}），增加 ${fmt(c.use[k])} ${limits.unit}，${times}，且前后用量正常，判定为示数跳变；该区间用量未知`,
    });
    c.link[k] = LINK_UNKNOWN;
    c.use[k] = Number.NaN;
  }
}

function median(xs: Float64Array): number {
  const sorted = xs.sort();
  const h = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}

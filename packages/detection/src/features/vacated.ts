// Has the flat just been emptied? When a group rental ends (rectified,
// evicted, or the sublessor gives up) the tenants leave together and use
// collapses at once to a vacant flat's standby: a fridge, a router, a
// dripping cistern. Medians over the current regime need weeks to follow,
// and water read by hand once a month is spread evenly over the month, so a
// flat emptied days ago kept its place at the top of the list. Counted here:
// the trailing run of known days at vacant level (below `VACANT_SHARE` of the
// district's median use that day) after occupied days (the median of up to
// 14 known days before the run at least `MIN_DROP` log above the run).
import { LOG_FLOOR, type HouseSeries } from '../series/houseSeries.ts';
import { medianInPlace } from '../stats/robust.ts';
import type { Scratch } from './usage.ts';

/** A day at most this share of the district's median use that day is a vacant day. */
export const VACANT_SHARE = 0.25;
/** How far (log) the occupied days before the run must stand above the vacant level: ×5. */
export const MIN_DROP = Math.log(5);
/** Days looked back. */
const WINDOW = 30;
const BEFORE_DAYS = 14;
const MIN_BEFORE = 5;

/**
 * Length of the trailing run of vacant-level known days of house h ending at
 * `endDay`, 0 when the last known day is not vacant or nothing occupied came
 * before the run (a flat empty all along is not "just emptied").
 */
export function trailingVacantDays(s: HouseSeries, h: number, endDay: number, sc: Scratch): number {
  const n = s.fill(h, s.dayToIdx(endDay - WINDOW + 1), s.dayToIdx(endDay), sc.y, null, true);
  return vacantRun(sc.y, n, sc.tmp);
}

/** The same on a log series y[0..n) of normalised use (log(use / factor + floor)). */
export function vacantRun(y: Float64Array, n: number, tmp: Float64Array): number {
  const low = Math.log(VACANT_SHARE + LOG_FLOOR);
  let k = 0;
  while (k < n && y[n - 1 - k] < low) k++;
  if (k === 0 || k === n) return 0;
  const from = Math.max(0, n - k - BEFORE_DAYS);
  const m = n - k - from;
  if (m < MIN_BEFORE) return 0;
  for (let i = 0; i < m; i++) tmp[i] = y[from + i];
  let runMax = Number.NEGATIVE_INFINITY;
  for (let i = n - k; i < n; i++) runMax = Math.max(runMax, y[i]);
  return medianInPlace(tmp, m) >= runMax + MIN_DROP ? k : 0;
}

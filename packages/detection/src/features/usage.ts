// Per-house usage features of one kind: current level against the house's
// own past, with the onset of the current regime from change points. Levels
// are logs of use over the district daily factor (see series/dailyFactor.ts),
// so they are free of season and weekday and comparable between houses.
import { dayOfWeek } from '@sentinel/domain';
import { HouseSeries, VACANT_LEVEL } from '../series/houseSeries.ts';
import { diffNoise, risingRunStart, segment, type ChangePointOptions } from '../series/changepoint.ts';
import { medianInPlace } from '../stats/robust.ts';
import { fillTrend } from '../series/fillTrend.ts';

export interface UsageParams {
  /** Days of history searched for change points. */
  lookbackDays: number;
  /** Days of the "current" window when no change is seen. */
  recentDays: number;
  /** Days of own history a baseline is taken from. */
  baselineDays: number;
  changePoints: ChangePointOptions;
  /**
   * Early joint step: a new regime only days old is too short for the change
   * point test (|t| ≥ 6 needs ~10 days for a +50% step), so the last 3-14
   * days are also tested against the house's own preceding weeks, and taken as
   * an onset only when electricity steps up across the same day (a pipe does
   * not switch lights on; two independent series rarely jump together by chance).
   */
  early: EarlyStepOptions;
}

export interface EarlyStepOptions {
  minDays: number;
  maxDays: number;
  /** Own days before the window that form the baseline. */
  baselineDays: number;
  /** |t| of the water step, with the noise of a short window (σ·√(1/k + 1/n_base)). */
  minWaterT: number;
  /** t and log shift electricity must show across the same day. */
  minElectricityT: number;
  minElectricityShift: number;
}

export interface UsageFeatures {
  /** Current level: median log normalised use since the current regime began (≤ recentDays). NaN = unknown. */
  level: Float64Array;
  /** Mean raw daily use over the same window (m3/day or kWh/day), for reasons. */
  rawMean: Float64Array;
  /** Own baseline level before the onset (or before the recent window); -Infinity = stood vacant, NaN = unknown. */
  base: Float64Array;
  /** First day of the current rising regime, Shanghai day number; -1 = none seen. */
  onsetDay: Int32Array;
  /** Weekday minus weekend mean level over the last 8 weeks (shops and offices run on weekdays). */
  weekContrast: Float64Array;
  /** Known days in the current window. */
  recentValid: Int32Array;
  /**
   * Day-to-day noise of the log series over the current window (MAD of
   * differences). People use water unevenly (showers, laundry days, meals at
   * home or not); a running leak adds the same flow every day, so a house
   * whose rise is a leak gets flatter as it rises.
   */
  noise: Float64Array;
  /** First day of the current window (Shanghai day number). */
  windowFrom: Int32Array;
  /**
   * Climb since the onset (series/fillTrend.ts): log slope per week of the
   * days after the first `FILL_SKIP_DAYS` of the rising regime, and its t.
   * NaN without an onset or with too few days. Water only.
   */
  fillPerWeek: Float64Array;
  fillT: Float64Array;
}

const LOG_VACANT = Math.log(VACANT_LEVEL);
/** Longest window of the weekday/weekend contrast (8 weeks). */
const WEEK_CONTRAST_DAYS = 56;

/** Per house, the days that delimit the water's current regime, shared with electricity and gas. */
export interface RegimeWindows {
  /** Baselines end the day before this (the onset, else the current window). */
  splitDay: Int32Array;
  /** Current levels are taken from this day (the current regime, at most `recentDays`). */
  levelFromDay: Int32Array;
  /** First day of the current regime, at most 8 weeks back (weekly rhythm). */
  regimeFromDay: Int32Array;
}

export interface Scratch {
  y: Float64Array;
  day: Int32Array;
  prefix: Float64Array;
  tmp: Float64Array;
}

export function makeScratch(len: number): Scratch {
  return { y: new Float64Array(len), day: new Int32Array(len), prefix: new Float64Array(len + 1), tmp: new Float64Array(len) };
}

/** Median level of house h over Shanghai days [fromDay, toDay], festival and vacant days excluded when asked. */
export function levelBetween(s: HouseSeries, h: number, fromDay: number, toDay: number, sc: Scratch, dropVacant: boolean): number {
  const n = s.fill(h, s.dayToIdx(fromDay), s.dayToIdx(toDay), sc.y, null, true);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!dropVacant || sc.y[i] > LOG_VACANT) sc.tmp[k++] = sc.y[i];
  }
  return k >= 3 ? medianInPlace(sc.tmp, k) : Number.NaN;
}

/** Last days of a rising regime that stand for a slow fill, and by how much (log) they must exceed its median. */
const RECENT_FILL_DAYS = 7;
const RECENT_FILL_MARGIN = 0.1;

/** Days of the transition after an onset left out of the climb, and the fewest known days to fit it on. */
const FILL_SKIP_DAYS = 3;
const FILL_MIN_DAYS = 10;

/** Known days that make a baseline "vacant" rather than unknown: a flat seen empty for two weeks. */
const MIN_VACANT_DAYS = 14;

/**
 * Own baseline level before a window: the median of the occupied days; a flat
 * that stood empty for the whole baseline (known days, all near zero) returns
 * -Infinity, i.e. "vacant", so callers compare it with the low end of its
 * peers instead of dropping the own-history evidence; NaN only when the days
 * are unknown.
 */
export function baselineLevel(s: HouseSeries, h: number, fromDay: number, toDay: number, sc: Scratch): number {
  const level = levelBetween(s, h, fromDay, toDay, sc, true);
  if (Number.isFinite(level)) return level;
  const known = s.fill(h, s.dayToIdx(fromDay), s.dayToIdx(toDay), sc.y, null, true);
  return known >= MIN_VACANT_DAYS ? Number.NEGATIVE_INFINITY : Number.NaN;
}

/**
 * Water (the primary signal): change points find the current regime and its
 * onset. `split` returns, per house, the day the "current" window begins,
 * so electricity and gas are compared across the same day (corroboration).
 */
export function primaryUsage(
  s: HouseSeries, houseCount: number, p: UsageParams, corroborate: HouseSeries | null = null,
): { f: UsageFeatures; windows: RegimeWindows; earlyOnset: Uint8Array } {
  const f = allocate(houseCount);
  const splitDay = new Int32Array(houseCount);
  const levelFromDay = new Int32Array(houseCount);
  const regimeFromDay = new Int32Array(houseCount);
  const earlyOnset = new Uint8Array(houseCount);
  const sc = makeScratch(p.lookbackDays + 8);
  const sc2 = makeScratch(p.lookbackDays + 8);
  const endDay = s.matrix.startDay + s.lastIdx;
  const fromIdx = s.lastIdx - p.lookbackDays + 1;
  for (let h = 0; h < houseCount; h++) {
    const n = s.fill(h, fromIdx, s.lastIdx, sc.y, sc.day, true);
    let curStart = endDay - p.recentDays + 1;
    let regimeFrom = endDay - WEEK_CONTRAST_DAYS + 1;
    let onset = -1;
    f.fillPerWeek[h] = Number.NaN;
    f.fillT[h] = Number.NaN;
    if (n >= 2 * p.changePoints.minLen) {
      const sigma = diffNoise(sc.y, n, sc.tmp);
      const seg = segment(sc.y, n, sigma, p.changePoints, sc.prefix);
      const lastStart = sc.day[seg.start[seg.count - 1]];
      if (seg.count > 1) {
        curStart = Math.max(curStart, lastStart);
        regimeFrom = Math.max(regimeFrom, lastStart);
      }
      const run = risingRunStart(seg, p.changePoints.minShift);
      if (run > 0) {
        onset = sc.day[seg.start[run]];
        // the newest step of a staircase may still be too short for the
        // change-point test (beds filling after the partitioning week): test
        // the last days against the rest of the current segment, as a short window
        const a0 = seg.start[seg.count - 1];
        const k = trailingStep(sc.y, n, sigma, p.early, p.early.minWaterT, p.changePoints.minShift, sc.prefix, a0);
        if (k > 0) curStart = Math.max(curStart, sc.day[n - k]);
      } else if (corroborate !== null && seg.mean[seg.count - 1] >= seg.mean[Math.max(0, seg.count - 2)] - p.changePoints.minShift) {
        const k = trailingStep(sc.y, n, sigma, p.early, p.early.minWaterT, p.changePoints.minShift, sc.prefix);
        if (k > 0) {
          const day = sc.day[n - k];
          if (confirmsStep(corroborate, h, day, endDay, p, sc2)) {
            onset = day;
            curStart = day;
            regimeFrom = Math.max(regimeFrom, day);
            earlyOnset[h] = 1;
          }
        }
      }
      if (onset >= 0) {
        const tr = fillTrend(sc.y, sc.day, n, onset + FILL_SKIP_DAYS, FILL_MIN_DAYS, sc.tmp);
        f.fillPerWeek[h] = tr.perWeek;
        f.fillT[h] = tr.t;
      }
    }
    f.onsetDay[h] = onset;
    splitDay[h] = onset >= 0 ? Math.min(onset, endDay - p.changePoints.minLen + 1) : curStart;
    const levelFrom = onset >= 0 ? Math.max(onset, endDay - p.recentDays + 1, curStart) : curStart;
    levelFromDay[h] = levelFrom;
    regimeFromDay[h] = regimeFrom;
    fillCurrent(s, h, levelFrom, endDay, f, sc);
    // A slow fill: beds are let one by one over weeks after the partitioning,
    // so the people there now are the last week's, not the month's median.
    // When the last week of a rising regime stands clearly above its median,
    // the level is the last week's.
    if (onset >= 0 && endDay - levelFrom >= 2 * RECENT_FILL_DAYS) {
      const last = levelBetween(s, h, endDay - RECENT_FILL_DAYS + 1, endDay, sc, false);
      if (last > f.level[h] + RECENT_FILL_MARGIN) f.level[h] = last;
    }
    const baseTo = (onset >= 0 ? onset : curStart) - 1;
    f.base[h] = baselineLevel(s, h, baseTo - p.baselineDays + 1, baseTo, sc);
    f.weekContrast[h] = weekContrast(s, h, regimeFrom, endDay, sc);
  }
  return { f, windows: { splitDay, levelFromDay, regimeFromDay }, earlyOnset };
}

/**
 * Length k of the trailing window whose mean stands highest above the
 * preceding baseline, in t units of a short window; 0 when none reaches
 * minT with at least minShift. `prefix` holds the prefix sums of y; the
 * baseline never reaches before index `lo`.
 */
function trailingStep(
  y: Float64Array, n: number, sigma: number, o: EarlyStepOptions, minT: number, minShift: number, prefix: Float64Array, lo = 0,
): number {
  let best = 0;
  let bestT = minT;
  for (let k = o.minDays; k <= o.maxDays; k++) {
    const a = n - k;
    const b0 = Math.max(lo, a - o.baselineDays);
    const nb = a - b0;
    if (nb < 2 * o.minDays) break;
    const mk = (prefix[n] - prefix[a]) / k;
    const mb = (prefix[a] - prefix[b0]) / nb;
    const shift = mk - mb;
    if (shift < minShift) continue;
    // every day of the window must be up: a single spike (a party, a refill) is not a new regime
    let low = false;
    for (let i = a; i < n; i++) if (y[i] < mb + 0.5 * minShift) { low = true; break; }
    if (low) continue;
    const t = shift / (sigma * Math.sqrt(1 / k + 1 / nb));
    if (t > bestT) {
      bestT = t;
      best = k;
    }
  }
  return best;
}

/** Does series c step up across `day` (own baseline before, [day, endDay] after)? */
function confirmsStep(c: HouseSeries, h: number, day: number, endDay: number, p: UsageParams, sc: Scratch): boolean {
  const o = p.early;
  const n = c.fill(h, c.dayToIdx(day - o.baselineDays), c.dayToIdx(endDay), sc.y, sc.day, true);
  let a = 0;
  while (a < n && sc.day[a] < day) a++;
  const k = n - a;
  if (k < 2 || a < 2 * o.minDays) return false;
  let sa = 0, sb = 0;
  for (let i = 0; i < a; i++) sb += sc.y[i];
  for (let i = a; i < n; i++) sa += sc.y[i];
  const shift = sa / k - sb / a;
  if (shift < o.minElectricityShift) return false;
  const sigma = diffNoise(sc.y, a, sc.tmp);
  return shift / (sigma * Math.sqrt(1 / k + 1 / a)) >= o.minElectricityT;
}

/**
 * Electricity or gas, read across the primary series' split day: the baseline
 * ends before it, the current level is taken over the water's current regime
 * (`levelFromDay`). A staircase onset (vacant → a week of renovation → beds
 * filling) dates from its first step, but the level of the people living
 * there now is that of the last step, not diluted by the renovation days.
 */
export function secondaryUsage(s: HouseSeries, houseCount: number, w: RegimeWindows, p: UsageParams): UsageFeatures {
  const { splitDay, levelFromDay, regimeFromDay } = w;
  const f = allocate(houseCount);
  const sc = makeScratch(p.lookbackDays + 8);
  const endDay = s.matrix.startDay + s.lastIdx;
  for (let h = 0; h < houseCount; h++) {
    const from = Math.max(splitDay[h], levelFromDay[h], endDay - p.recentDays + 1);
    fillCurrent(s, h, from, endDay, f, sc);
    const baseTo = splitDay[h] - 1;
    f.base[h] = baselineLevel(s, h, baseTo - p.baselineDays + 1, baseTo, sc);
    f.onsetDay[h] = -1;
    f.weekContrast[h] = weekContrast(s, h, regimeFromDay[h], endDay, sc);
  }
  return f;
}

function allocate(n: number): UsageFeatures {
  return {
    level: new Float64Array(n),
    rawMean: new Float64Array(n),
    base: new Float64Array(n),
    onsetDay: new Int32Array(n),
    weekContrast: new Float64Array(n),
    recentValid: new Int32Array(n),
    noise: new Float64Array(n),
    windowFrom: new Int32Array(n),
    fillPerWeek: new Float64Array(n).fill(Number.NaN),
    fillT: new Float64Array(n).fill(Number.NaN),
  };
}

function fillCurrent(s: HouseSeries, h: number, fromDay: number, endDay: number, f: UsageFeatures, sc: Scratch): void {
  let n = s.fill(h, s.dayToIdx(fromDay), s.dayToIdx(endDay), sc.y, null, true);
  let from = fromDay;
  if (n < 3) {
    // too few known days (new regime just began, festival, feed gap): widen to the last 30 known days
    from = endDay - 59;
    n = s.fill(h, s.dayToIdx(from), s.dayToIdx(endDay), sc.y, null, true);
    if (n > 30) {
      sc.y.copyWithin(0, n - 30, n);
      n = 30;
    }
  }
  f.recentValid[h] = n;
  f.windowFrom[h] = from;
  f.noise[h] = n >= 3 ? diffNoise(sc.y, n, sc.tmp) : Number.NaN; // before the median sorts y
  f.level[h] = n > 0 ? medianInPlace(sc.y, n) : Number.NaN;
  f.rawMean[h] = s.rawMean(h, s.dayToIdx(from), s.dayToIdx(endDay));
}

/**
 * Weekday minus weekend mean level over the current regime (at most 8 weeks):
 * a flat being partitioned is worked on on weekdays, so the weeks before a
 * step must not make the people who moved in look like a shop.
 */
function weekContrast(s: HouseSeries, h: number, fromDay: number, endDay: number, sc: Scratch): number {
  const n = s.fill(h, s.dayToIdx(Math.max(fromDay, endDay - WEEK_CONTRAST_DAYS + 1)), s.dayToIdx(endDay), sc.y, sc.day, true);
  let wd = 0, nwd = 0, we = 0, nwe = 0;
  for (let i = 0; i < n; i++) {
    const dow = dayOfWeek(sc.day[i]);
    if (dow === 0 || dow === 6) {
      we += sc.y[i];
      nwe++;
    } else {
      wd += sc.y[i];
      nwd++;
    }
  }
  return nwd >= 8 && nwe >= 3 ? wd / nwd - we / nwe : Number.NaN;
}

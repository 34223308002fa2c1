// Per-house usage features of one kind: current level against the house's
// own past, with the onset of the current regime from change points. Levels
// are logs of use over the district daily factor (see series/dailyFactor.ts),
// so they are free of season and weekday and comparable between houses.
import { dayOfWeek } from '@sentinel/domain';
import { HouseSeries, VACANT_LEVEL } from '../series/houseSeries.ts';
import { diffNoise, risingRunStart, segment, type ChangePointOptions } from '../series/changepoint.ts';
import { medianInPlace } from '../stats/robust.ts';

export interface UsageParams {
  /** Days of history searched for change points. */
  lookbackDays: number;
  /** Days of the "current" window when no change is seen. */
  recentDays: number;
  /** Days of own history a baseline is taken from. */
  baselineDays: number;
  changePoints: ChangePointOptions;
}

export interface UsageFeatures {
  /** Current level: median log normalised use since the current regime began (≤ recentDays). NaN = unknown. */
  level: Float64Array;
  /** Mean raw daily use over the same window (m3/day or kWh/day), for reasons. */
  rawMean: Float64Array;
  /** Own baseline level before the onset (or before the recent window); NaN = unknown. */
  base: Float64Array;
  /** First day of the current rising regime, Shanghai day number; -1 = none seen. */
  onsetDay: Int32Array;
  /** Weekday minus weekend mean level over the last 8 weeks (shops and offices run on weekdays). */
  weekContrast: Float64Array;
  /** Known days in the current window. */
  recentValid: Int32Array;
  /** First day of the current window (Shanghai day number). */
  windowFrom: Int32Array;
}

const LOG_VACANT = Math.log(VACANT_LEVEL);

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

/**
 * Water (the primary signal): change points find the current regime and its
 * onset. `split` returns, per house, the day the "current" window begins,
 * so electricity and gas are compared across the same day (corroboration).
 */
export function primaryUsage(s: HouseSeries, houseCount: number, p: UsageParams): { f: UsageFeatures; splitDay: Int32Array } {
  const f = allocate(houseCount);
  const splitDay = new Int32Array(houseCount);
  const sc = makeScratch(p.lookbackDays + 8);
  const endDay = s.matrix.startDay + s.lastIdx;
  const fromIdx = s.lastIdx - p.lookbackDays + 1;
  for (let h = 0; h < houseCount; h++) {
    const n = s.fill(h, fromIdx, s.lastIdx, sc.y, sc.day, true);
    let curStart = endDay - p.recentDays + 1;
    let onset = -1;
    if (n >= 2 * p.changePoints.minLen) {
      const sigma = diffNoise(sc.y, n, sc.tmp);
      const seg = segment(sc.y, n, sigma, p.changePoints, sc.prefix);
      const lastStart = sc.day[seg.start[seg.count - 1]];
      if (seg.count > 1) curStart = Math.max(curStart, lastStart);
      const run = risingRunStart(seg, p.changePoints.minShift);
      if (run > 0) onset = sc.day[seg.start[run]];
    }
    f.onsetDay[h] = onset;
    splitDay[h] = onset >= 0 ? Math.min(onset, endDay - p.changePoints.minLen + 1) : curStart;
    const levelFrom = onset >= 0 ? Math.max(onset, endDay - p.recentDays + 1, curStart) : curStart;
    fillCurrent(s, h, levelFrom, endDay, f, sc);
    const baseTo = (onset >= 0 ? onset : curStart) - 1;
    f.base[h] = levelBetween(s, h, baseTo - p.baselineDays + 1, baseTo, sc, true);
    f.weekContrast[h] = weekContrast(s, h, endDay, sc);
  }
  return { f, splitDay };
}

/** Electricity or gas, read across the primary series' split day. */
export function secondaryUsage(s: HouseSeries, houseCount: number, splitDay: Int32Array, p: UsageParams): UsageFeatures {
  const f = allocate(houseCount);
  const sc = makeScratch(p.lookbackDays + 8);
  const endDay = s.matrix.startDay + s.lastIdx;
  for (let h = 0; h < houseCount; h++) {
    const from = Math.max(splitDay[h], endDay - p.recentDays + 1);
    fillCurrent(s, h, from, endDay, f, sc);
    const baseTo = splitDay[h] - 1;
    f.base[h] = levelBetween(s, h, baseTo - p.baselineDays + 1, baseTo, sc, true);
    f.onsetDay[h] = -1;
    f.weekContrast[h] = weekContrast(s, h, endDay, sc);
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
    windowFrom: new Int32Array(n),
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
  f.level[h] = n > 0 ? medianInPlace(sc.y, n) : Number.NaN;
  f.rawMean[h] = s.rawMean(h, s.dayToIdx(from), s.dayToIdx(endDay));
}

function weekContrast(s: HouseSeries, h: number, endDay: number, sc: Scratch): number {
  const n = s.fill(h, s.dayToIdx(endDay - 55), s.dayToIdx(endDay), sc.y, sc.day, true);
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
  return nwd >= 5 && nwe >= 2 ? wd / nwd - we / nwe : Number.NaN;
}

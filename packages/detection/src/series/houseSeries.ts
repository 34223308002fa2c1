// One kind of daily use (water, electricity or gas) prepared for per-house
// reading: the district factor and the Spring Festival mask, up to the as-of
// day. `fill` copies one house's normalised log series for a day range into
// caller-owned scratch arrays, so the per-house loop allocates nothing.
import type { DailyMatrix } from '../types.ts';
import { dailyFactor } from './dailyFactor.ts';
import { springFestivalMask } from './springFestival.ts';

/** Floor added to normalised use before the log: a vacant day is log(0.05) ≈ -3, not -infinity. */
export const LOG_FLOOR = 0.05;
/** Normalised use below this is a (near-)vacant day: not a baseline for "own history". */
export const VACANT_LEVEL = 0.12;

export class HouseSeries {
  readonly matrix: DailyMatrix;
  readonly factor: Float64Array;
  readonly festival: Uint8Array;
  /** Column of the as-of day (may be beyond the matrix when data end earlier). */
  readonly lastIdx: number;

  constructor(matrix: DailyMatrix, houseCount: number, asOfDay: number) {
    this.matrix = matrix;
    this.lastIdx = Math.min(matrix.days - 1, asOfDay - matrix.startDay);
    this.factor = dailyFactor(matrix, houseCount, this.lastIdx);
    this.festival = springFestivalMask(matrix.startDay, Math.max(0, this.lastIdx + 1));
  }

  dayToIdx(day: number): number {
    return day - this.matrix.startDay;
  }

  /**
   * Writes log(use / factor + floor) of house h for columns [from, to] into y,
   * and the Shanghai day of each point into day; skips unknown days and, when
   * skipFestival, the Spring Festival window. Returns the count written.
   */
  fill(h: number, from: number, to: number, y: Float64Array, day: Int32Array | null, skipFestival: boolean): number {
    const m = this.matrix;
    const a = Math.max(0, from);
    const b = Math.min(this.lastIdx, to);
    const row = h * m.days;
    let n = 0;
    for (let d = a; d <= b; d++) {
      if (skipFestival && this.festival[d] === 1) continue;
      const v = m.values[row + d];
      const f = this.factor[d];
      if (!(v >= 0) || !(f > 0)) continue; // NaN-safe
      y[n] = Math.log(v / f + LOG_FLOOR);
      if (day) day[n] = m.startDay + d;
      n++;
    }
    return n;
  }

  /** Mean raw daily use of house h over columns [from, to] (known days only); NaN when none. */
  rawMean(h: number, from: number, to: number): number {
    const m = this.matrix;
    const row = h * m.days;
    let s = 0;
    let n = 0;
    for (let d = Math.max(0, from); d <= Math.min(this.lastIdx, to); d++) {
      const v = m.values[row + d];
      if (v >= 0) {
        s += v;
        n++;
      }
    }
    return n > 0 ? s / n : Number.NaN;
  }
}

// Does use keep climbing after a step, or has it settled? A household that
// moves into an empty flat arrives on one day and its use settles at once; a
// partitioned flat is let bed by bed over weeks (a landlord fills it as
// tenants answer the ads), so its use keeps climbing long after the first
// step. Measured as the least-squares slope of the log series over the days
// since the step (the first days of the transition skipped), with its t
// against the day-to-day noise of those same days (a long vacant stretch
// before the step must not make the noise look tiny).
import { diffNoise } from './changepoint.ts';

export interface FillTrend {
  /** Slope in log units per week; NaN when there are too few days. */
  perWeek: number;
  /** Slope over its standard error (noise σ of the fitted days / √Σ(x − x̄)²); NaN when unknown. */
  t: number;
  /** Known days the slope was fitted on. */
  days: number;
}

export const NO_TREND: FillTrend = { perWeek: Number.NaN, t: Number.NaN, days: 0 };

/** Smallest noise a slope is judged against (log units): spread monthly reads have none day to day. */
export const MIN_TREND_NOISE = 0.08;

/**
 * Slope of y against day over the points whose day is ≥ fromDay (y and day
 * hold n points in day order); at least `minDays` points are needed.
 * `scratch` needs room for n numbers (the noise estimate sorts a copy).
 */
export function fillTrend(y: Float64Array, day: Int32Array, n: number, fromDay: number, minDays: number, scratch: Float64Array): FillTrend {
  let a = 0;
  while (a < n && day[a] < fromDay) a++;
  const k = n - a;
  if (k < Math.max(3, minDays)) return { ...NO_TREND, days: Math.max(0, k) };
  const sigma = Math.max(MIN_TREND_NOISE, diffNoise(y.subarray(a, n), k, scratch));
  let sx = 0, sy = 0;
  for (let i = a; i < n; i++) {
    sx += day[i];
    sy += y[i];
  }
  const mx = sx / k;
  const my = sy / k;
  let sxx = 0, sxy = 0;
  for (let i = a; i < n; i++) {
    const dx = day[i] - mx;
    sxx += dx * dx;
    sxy += dx * (y[i] - my);
  }
  if (!(sxx > 0)) return { ...NO_TREND, days: k };
  const slope = sxy / sxx;
  return { perWeek: slope * 7, t: slope / (sigma / Math.sqrt(sxx)), days: k };
}

// Small statistics used by the bulletin, written to match SQL: the median is
// percentile_cont(0.5) (mean of the two middle values for an even count).
import type { DaysSummary, Rate } from './types.ts';

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function daysSummary(values: readonly number[]): DaysSummary {
  return {
    count: values.length,
    median: median(values),
    mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
  };
}

// How figures are printed in documents and bulletins.

/** `87.5%` (one decimal), or `—` when the rate is undefined (denominator 0). */
export function formatPercent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A day count with one decimal at most (`3`, `4.5`), or `—`. */
export function formatDays(days: number | null): string {
  if (days === null || !Number.isFinite(days)) return '—';
  return String(Math.round(days * 10) / 10);
}

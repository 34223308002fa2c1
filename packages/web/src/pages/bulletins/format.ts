// How the bulletin's figures read on screen: a rate as "87.5%（7/8）", a day
// summary as "中位 3 天，平均 4.2 天（12 件）" — the parts stay visible so a
// reader can tell 100% of 1 from 100% of 40.
import type { DaysSummary, Rate } from './service.ts';

export function formatRate(r: Rate): string {
  if (r.rate === null) return `—（${r.numerator}/${r.denominator}）`;
  return `${(r.rate * 100).toFixed(1)}%（${r.numerator}/${r.denominator}）`;
}

/** Short form for table cells. */
export function formatPercent(r: Rate): string {
  return r.rate === null ? '—' : `${(r.rate * 100).toFixed(1)}%`;
}

const days = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export function formatDays(d: DaysSummary): string {
  if (d.count === 0 || d.median === null) return '—（无案件）';
  return `中位 ${days(d.median)} 天，平均 ${d.mean === null ? '—' : days(d.mean)} 天（${d.count} 件）`;
}

// The bulletin's period: by default last calendar month (the bulletin is a
// monthly report), with presets for the usual reporting spans.
import type { Dayjs } from 'dayjs';
import { serverToday } from '../../app/server-clock.ts';

export type Period = [Dayjs, Dayjs];

export function lastMonth(today: Dayjs = serverToday()): Period {
  const m = today.subtract(1, 'month');
  return [m.startOf('month'), m.endOf('month')];
}

export function periodPresets(today: Dayjs = serverToday()): { label: string; value: Period }[] {
  const quarterStart = today.startOf('month').subtract(today.month() % 3, 'month');
  return [
    { label: '上月', value: lastMonth(today) },
    { label: '本月', value: [today.startOf('month'), today] },
    { label: '本季度', value: [quarterStart, today] },
    { label: '本年', value: [today.startOf('year'), today] },
    { label: '上一年', value: [today.subtract(1, 'year').startOf('year'), today.subtract(1, 'year').endOf('year')] },
  ];
}

export const isoDate = (d: Dayjs) => d.format('YYYY-MM-DD');

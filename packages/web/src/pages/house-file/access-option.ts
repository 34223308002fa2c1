// The ECharts option of the door-access chart: per day, the house's entries
// as stacked bars (daytime blue, night red, so night-time coming and going
// stands out), the distinct credentials as a line, the unregistered
// credentials at its doors (shared out) dashed, and where the 30 days the
// whistle counts begin.
import type { EChartsCoreOption } from 'echarts/core';
import type { HouseAccess } from './service.ts';

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** "23:00 至次日 05:00", from the rule the server (and the whistle) counts with. */
export function nightText(night: HouseAccess['night']): string {
  return `${hhmm(night.fromMinute)} 至次日 ${hhmm(night.toMinute)}`;
}

export function accessOption(a: HouseAccess): EChartsCoreOption {
  const day = a.events.map((n, i) => n - a.nightEvents[i]);
  const from = a.recent?.from;
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 24, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: a.days },
    yAxis: { type: 'value', name: '次 / 个', minInterval: 1 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series: [
      {
        name: '白天进出', type: 'bar', stack: 'events', data: day, itemStyle: { color: '#1677ff' },
        markLine: from && a.days.includes(from) ? {
          symbol: 'none', lineStyle: { color: '#8c8c8c', type: 'dashed' }, label: { formatter: '近30天', color: '#595959' }, data: [{ xAxis: from }],
        } : undefined,
      },
      { name: `夜间进出（${nightText(a.night)}）`, type: 'bar', stack: 'events', data: a.nightEvents, itemStyle: { color: '#f5222d' } },
      { name: '不同凭证', type: 'line', data: a.credentials, symbol: 'none', step: 'middle', lineStyle: { width: 1.5 }, itemStyle: { color: '#722ed1' } },
      {
        name: '所用门未登记凭证（分摊）', type: 'line', data: a.unregisteredShare.map((v) => Math.round(v * 10) / 10), symbol: 'none',
        lineStyle: { type: 'dashed', width: 1 }, itemStyle: { color: '#8c8c8c' },
      },
    ],
  };
}

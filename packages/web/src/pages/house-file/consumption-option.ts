// The ECharts option of one consumption chart: the house's daily amounts as
// a line over its peers' P25–P75 band (a stacked transparent base + the band
// height), the peers' median dashed, and the onset of the anomaly as a
// vertical marker when the whistle gave one.
import type { EChartsCoreOption } from 'echarts/core';
import type { ConsumptionSeries, PeerLevel } from './service.ts';
import { perDayUnit } from '../../app/format.ts';

export const KIND_LABELS: Record<ConsumptionSeries['kind'], string> = { water: '用水', electricity: '用电', gas: '燃气' };
export const PEER_LEVEL_LABELS: Record<PeerLevel, string> = {
  community: '同小区同户型', neighborhood: '同居民区同户型', district: '全街道同户型',
};

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

export function consumptionOption(s: ConsumptionSeries, onsetDay: string | null): EChartsCoreOption {
  const label = KIND_LABELS[s.kind];
  const peer = s.peer;
  const bandBase = peer ? peer.p25.map(round) : [];
  const bandHeight = peer ? peer.p75.map((hi, i) => (hi === null || peer.p25[i] === null ? null : round(hi - (peer.p25[i] ?? 0)))) : [];
  const series: unknown[] = [];
  if (peer) {
    series.push(
      { name: '区间下沿', type: 'line', data: bandBase, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
      { name: `${PEER_LEVEL_LABELS[peer.level]}（P25–P75）`, type: 'line', data: bandHeight, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: 'rgba(22,119,255,0.3)' }, areaStyle: { color: 'rgba(22,119,255,0.15)' }, silent: true },
      { name: '同类中位数', type: 'line', data: peer.median.map(round), symbol: 'none', lineStyle: { type: 'dashed', width: 1 }, itemStyle: { color: '#8c8c8c' } },
    );
  }
  series.push({
    name: `本户${label}`, type: 'line', data: s.amounts.map(round), symbol: 'none', lineStyle: { width: 1.5 },
    itemStyle: { color: s.kind === 'water' ? '#1677ff' : s.kind === 'electricity' ? '#fa8c16' : '#722ed1' },
    connectNulls: false,
    markLine: onsetDay && s.days.includes(onsetDay) ? {
      symbol: 'none', lineStyle: { color: '#f5222d', type: 'solid', width: 2 },
      label: { formatter: `异常起始 ${onsetDay}`, color: '#f5222d' }, data: [{ xAxis: onsetDay }],
    } : undefined,
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(2) : '—') },
    legend: { top: 0, data: series.map((x) => (x as { name: string }).name).filter((n) => n !== '区间下沿') },
    grid: { left: 48, right: 24, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: s.days, boundaryGap: false },
    yAxis: { type: 'value', name: perDayUnit(s.kind, s.unit) },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series,
  };
}

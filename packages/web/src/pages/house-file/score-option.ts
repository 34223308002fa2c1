// The ECharts option of the house's whistle history: its score in each run
// (as %), with the red / yellow thresholds of each point's level shown as
// the point's colour, so a house climbing into red is visible at a glance.
import type { EChartsCoreOption } from 'echarts/core';
import type { HouseAlertPoint } from './service.ts';
import { formatProbability } from '../../app/format.ts';

const LEVEL_COLOURS: Record<HouseAlertPoint['level'], string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' };
const LEVEL_TEXT: Record<HouseAlertPoint['level'], string> = { red: '红', yellow: '黄', green: '绿' };

export function scoreOption(points: readonly HouseAlertPoint[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        const a = points[p.dataIndex];
        return `检测日期 ${a.asOfDay}<br/>群租概率 ${formatProbability(a.score)}（${LEVEL_TEXT[a.level]}）<br/>排名 ${a.rank} / ${a.houseCount}`;
      },
    },
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: points.map((p) => p.asOfDay), boundaryGap: false },
    yAxis: { type: 'value', name: '群租概率 %', min: 0, max: 100 },
    series: [{
      name: '群租概率', type: 'line', symbolSize: 8,
      data: points.map((p) => ({ value: Math.round(p.score * 1000) / 10, itemStyle: { color: LEVEL_COLOURS[p.level] } })),
      lineStyle: { color: '#8c8c8c' },
    }],
  };
}

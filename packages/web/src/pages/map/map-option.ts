// The ECharts option of the battle map: the level's polygons coloured by the
// chosen measure (visualMap), names on the areas, counts in the tooltip.
import type { EChartsCoreOption } from 'echarts/core';
import type { AreaCollection, AreaProperties } from '@sentinel/contract';
import { areaTooltip } from './tooltip.ts';

export const MEASURES = {
  groupRentals: { label: '未整改群租', colors: ['#fff7e6', '#ffa940', '#cf1322'] },
  openCases: { label: '在办案件', colors: ['#f0f5ff', '#597ef7', '#10239e'] },
  houses: { label: '房屋数', colors: ['#f6ffed', '#73d13d', '#237804'] },
  redAlerts: { label: '风险（红色预警）', colors: ['#fff1f0', '#ff7875', '#a8071a'] },
} as const;
export type Measure = keyof typeof MEASURES;

/** Over tiles: the map's coordinates are viewport pixels (tiled.ts), drawn 1:1 and not movable. */
export interface FixedBox {
  width: number;
  height: number;
}

/**
 * `risk` = red alerts per area key (risk.ts); null when the user may not see
 * alerts or the level has no risk figure.
 */
export function mapOption(mapName: string, areas: AreaCollection, measure: Measure, fixed?: FixedBox, risk?: ReadonlyMap<string, number> | null): EChartsCoreOption {
  const valueOf = (p: AreaProperties) => (measure === 'redAlerts' ? risk?.get(p.key) ?? 0 : p[measure]);
  const values = areas.features.map((f) => valueOf(f.properties));
  const max = Math.max(1, ...values);
  const m = MEASURES[measure];
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { props?: AreaProperties } }) => {
        const a = p.data?.props;
        return a ? areaTooltip(a, risk ? risk.get(a.key) ?? 0 : undefined) : '';
      },
    },
    visualMap: { min: 0, max, left: 16, bottom: 16, text: [`${m.label} ${max}`, '0'], calculable: true, inRange: { color: [...m.colors] } },
    series: [{
      type: 'map',
      map: mapName,
      nameProperty: 'key',
      roam: !fixed,
      ...(fixed ? { aspectScale: 1, boundingCoords: [[0, 0], [fixed.width, -fixed.height]], left: 0, top: 0, width: fixed.width, height: fixed.height } : {}),
      selectedMode: false,
      label: { show: true, fontSize: 11, formatter: (p: { data?: { props?: AreaProperties } }) => p.data?.props?.name ?? '' },
      itemStyle: { borderColor: fixed ? '#595959' : '#fff', borderWidth: 1.5, areaColor: '#f0f0f0', opacity: fixed ? 0.6 : 1 },
      emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#bae0ff' } },
      data: areas.features.map((f) => ({ name: f.properties.key, value: valueOf(f.properties), props: f.properties })),
    }],
  };
}

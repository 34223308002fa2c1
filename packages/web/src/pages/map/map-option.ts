// The ECharts option of the battle map, on one geo coordinate system:
// - the offline base map drawn from the district's own data (every compound
//   of the jurisdiction as a grey block, roads sketched from the addresses),
//   so the map means something with no tile service;
// - the level's polygons coloured by the chosen measure (legend: visualMap), the
//   selected one outlined in orange;
// - each area's name placed at the centre of its houses (a label series, so
//   it stays on its shape instead of floating to a bounding-box middle);
// - the dwellings of the selected building as points, coloured by status.
// Tooltips are built only through tooltip.ts (escaped): no HTML from data.
import type { EChartsCoreOption } from 'echarts/core';
import type { AreaCollection, AreaProperties, Dwelling, StreetLine } from '@sentinel/contract';
import { areaTooltip, escapeHtml } from './tooltip.ts';

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

/** Key prefix of the base map's blocks inside the registered map (never a real area key). */
export const BLOCK_PREFIX = '底图:';

export const DWELLING_COLOURS = { groupRental: '#cf1322', openCase: '#1677ff', normal: '#595959' } as const;

export interface MapLayers {
  /** Base-map blocks (compounds), already in the map's coordinates; drawn under the areas. */
  blocks?: AreaCollection | null;
  roads?: readonly StreetLine[] | null;
  /** The dwellings of the selected building, already in the map's coordinates. */
  dwellings?: readonly Dwelling[] | null;
  /** Key of the selected area (a building), outlined. */
  selectedKey?: string | null;
}

/** The collection registered with ECharts: the blocks first (drawn below), then the level's areas. */
export function mapGeometry(areas: AreaCollection, blocks?: AreaCollection | null): AreaCollection {
  const own = new Set(areas.features.map((f) => f.properties.key));
  const base = (blocks?.features ?? []).filter((f) => !own.has(f.properties.key))
    .map((f) => ({ ...f, id: BLOCK_PREFIX + f.properties.key, properties: { ...f.properties, key: BLOCK_PREFIX + f.properties.key } }));
  return { type: 'FeatureCollection', features: [...base, ...areas.features] };
}

function dwellingColour(d: Dwelling): string {
  if (d.groupRental) return DWELLING_COLOURS.groupRental;
  if (d.openCase) return DWELLING_COLOURS.openCase;
  return DWELLING_COLOURS.normal;
}

export function dwellingLabel(d: Pick<Dwelling, 'unit' | 'room'>): string {
  return `${d.unit ? `${d.unit} 单元 ` : ''}${d.room} 室`;
}

function dwellingTooltip(d: Dwelling): string {
  const status = d.groupRental ? '未整改群租' : d.openCase ? '在办案件' : '正常';
  return `<b>${escapeHtml(d.address)}</b><br/>${escapeHtml(status)}`;
}

const hex = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));

/** The colour of `value` on a gradient of #rrggbb stops spread evenly over 0..max. */
export function gradientColour(stops: readonly string[], value: number, max: number): string {
  const t = max <= 0 ? 0 : Math.min(1, Math.max(0, value / max)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(t));
  const [a, b] = [hex(stops[i]), hex(stops[i + 1])];
  const f = t - i;
  return `#${a.map((v, k) => Math.round(v + (b[k] - v) * f).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `risk` = red alerts per area key (risk.ts); null when the user may not see
 * alerts or the level has no risk figure.
 *
 * The areas are the geo component's regions, each coloured here (so the
 * base map's blocks, which carry no figure, stay grey); series[0] holds the
 * labels at the areas' centres and drives the colour legend (visualMap).
 */
export function mapOption(mapName: string, areas: AreaCollection, measure: Measure, fixed?: FixedBox, risk?: ReadonlyMap<string, number> | null, layers: MapLayers = {}): EChartsCoreOption {
  const valueOf = (p: AreaProperties) => (measure === 'redAlerts' ? risk?.get(p.key) ?? 0 : p[measure]);
  const values = areas.features.map((f) => valueOf(f.properties));
  const max = Math.max(1, ...values);
  const m = MEASURES[measure];
  const selected = layers.selectedKey ?? null;
  const place = fixed ? { aspectScale: 1, boundingCoords: [[0, 0], [fixed.width, -fixed.height]], left: 0, top: 0, width: fixed.width, height: fixed.height } : {};
  const dwellings = layers.dwellings ?? [];
  const byKey = new Map(areas.features.map((f) => [f.properties.key, f.properties]));
  return {
    animation: false,
    // One formatter for every layer, each value escaped (tooltip.ts): an area (a label or its region), or a dwelling.
    tooltip: {
      trigger: 'item',
      formatter: (p: { name?: string; data?: { props?: AreaProperties; dwelling?: Dwelling } }) => {
        const a = p.data?.props ?? (p.name ? byKey.get(p.name) : undefined);
        if (a) return areaTooltip(a, risk ? risk.get(a.key) ?? 0 : undefined);
        return p.data?.dwelling ? dwellingTooltip(p.data.dwelling) : '';
      },
    },
    visualMap: { min: 0, max, left: 16, bottom: 16, seriesIndex: 0, dimension: 2, text: [`${m.label} ${max}`, '0'], calculable: false, inRange: { color: [...m.colors] } },
    geo: {
      map: mapName,
      nameProperty: 'key',
      roam: !fixed,
      ...place,
      selectedMode: false,
      triggerEvent: true,
      label: { show: false },
      // The base map's blocks (no figure): grey.
      itemStyle: { areaColor: '#ecebe6', borderColor: '#ffffff', borderWidth: 1, opacity: fixed ? 0.5 : 1 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#dcdad2' } },
      tooltip: { show: true },
      // The level's areas in their measure's colour; the selected one outlined in thick orange.
      regions: areas.features.map((f) => ({
        name: f.properties.key,
        itemStyle: {
          areaColor: gradientColour(m.colors, valueOf(f.properties), max),
          ...(f.properties.key === selected
            ? { borderColor: '#fa541c', borderWidth: 4, opacity: 1 }
            : { borderColor: fixed ? '#595959' : '#ffffff', borderWidth: 1.5, opacity: fixed ? 0.6 : selected ? 0.6 : 1 }),
        },
        emphasis: { itemStyle: { areaColor: '#bae0ff' } },
      })),
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        z: 4,
        symbolSize: 0,
        label: { show: true, position: 'inside', formatter: '{b}', fontSize: 11, color: '#262626', fontWeight: 'bold', textBorderColor: '#fff', textBorderWidth: 2 },
        data: areas.features.map((f) => ({
          name: f.properties.level === 'building' ? `${f.properties.name} 号楼` : f.properties.name,
          value: [...f.properties.center, valueOf(f.properties)],
          props: f.properties,
          // The selected building's name goes above it, clear of its dwellings' points.
          ...(f.properties.key === selected ? { label: { position: 'top', distance: 16 } } : {}),
        })),
      },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        silent: true,
        z: 3,
        lineStyle: { color: '#8c8c8c', width: 6, opacity: 0.55, cap: 'round' },
        label: { show: true, position: 'middle', formatter: '{b}', color: '#595959', fontSize: 11 },
        data: (layers.roads ?? []).map((r) => ({ name: r.name, coords: r.line })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        z: 5,
        symbolSize: 9,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        data: dwellings.map((d) => ({ name: d.houseId, value: [d.lon, d.lat], dwelling: d, itemStyle: { color: dwellingColour(d) } })),
      },
    ],
  };
}

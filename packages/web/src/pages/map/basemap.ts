// The optional tile layer under the battle map: off by default (the map
// needs no network); a user may pick 天地图 (with their own key), 高德, or
// any XYZ template. Kept in this browser's localStorage.
export type TileCrs = 'wgs84' | 'gcj02';

export interface BaseMapConfig {
  /** XYZ template with {x} {y} {z}; empty = no tiles. */
  url: string;
  /** What the tiles are drawn in: 高德/腾讯 GCJ-02; 天地图 CGCS2000 ≈ WGS-84. */
  crs: TileCrs;
}

export const BASEMAP_PRESETS: { key: string; label: string; config: BaseMapConfig }[] = [
  { key: 'none', label: '无底图（离线可用）', config: { url: '', crs: 'wgs84' } },
  {
    key: 'tianditu', label: '天地图（须填入密钥 tk）',
    config: { url: 'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=您的密钥', crs: 'wgs84' },
  },
  { key: 'amap', label: '高德（GCJ-02）', config: { url: 'https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', crs: 'gcj02' } },
];

const KEY = 'sentinel.basemap';

export function loadBaseMap(): BaseMapConfig {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return BASEMAP_PRESETS[0].config;
    const v = JSON.parse(raw) as Partial<BaseMapConfig>;
    return { url: typeof v.url === 'string' ? v.url : '', crs: v.crs === 'gcj02' ? 'gcj02' : 'wgs84' };
  } catch {
    return BASEMAP_PRESETS[0].config;
  }
}

export function saveBaseMap(c: BaseMapConfig): void {
  localStorage.setItem(KEY, JSON.stringify(c));
}

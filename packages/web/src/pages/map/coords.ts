// Coordinates for the optional tile layer. Data arrive in WGS-84; 高德 (and
// 腾讯) tiles are drawn in GCJ-02, so points laid over them are shifted with
// the published GCJ-02 formula; 天地图 (CGCS2000) needs no shift at this
// scale. Tiles are Web Mercator, 256 px, XYZ numbering. Pure functions.

const A = 6378245.0; // Krasovsky 1940 semi-major axis used by GCJ-02
const EE = 0.00669342162296594323; // its eccentricity squared

/** GCJ-02 shifts only inside mainland China (its usual rough bounding box). */
export function outsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS-84 → GCJ-02 (lon, lat in degrees). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outsideChina(lon, lat)) return [lon, lat];
  let dLat = transformLat(lon - 105.0, lat - 35.0);
  let dLon = transformLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

export const TILE_SIZE = 256;

/** Web Mercator pixel of a point at zoom z (origin top-left of the world). */
export function toPixel(lon: number, lat: number, z: number): [number, number] {
  const scale = TILE_SIZE * 2 ** z;
  const sin = Math.sin((Math.max(-85.05112878, Math.min(85.05112878, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

export interface Viewport {
  z: number;
  /** Pixel of the top-left corner at zoom z. */
  x0: number;
  y0: number;
  width: number;
  height: number;
}

/** The deepest zoom (≤ maxZoom) at which the bounding box fits the box, centred on it. */
export function fitViewport(bbox: { minLon: number; minLat: number; maxLon: number; maxLat: number }, width: number, height: number, maxZoom = 18, padding = 24): Viewport {
  let z = maxZoom;
  for (; z > 1; z--) {
    const [ax, ay] = toPixel(bbox.minLon, bbox.maxLat, z);
    const [bx, by] = toPixel(bbox.maxLon, bbox.minLat, z);
    if (bx - ax <= width - 2 * padding && by - ay <= height - 2 * padding) break;
  }
  const [ax, ay] = toPixel(bbox.minLon, bbox.maxLat, z);
  const [bx, by] = toPixel(bbox.maxLon, bbox.minLat, z);
  return { z, x0: (ax + bx) / 2 - width / 2, y0: (ay + by) / 2 - height / 2, width, height };
}

export interface Tile {
  x: number;
  y: number;
  z: number;
  /** Position of the tile's top-left corner inside the viewport, px. */
  left: number;
  top: number;
}

export function tilesOf(v: Viewport): Tile[] {
  const tiles: Tile[] = [];
  const n = 2 ** v.z;
  for (let ty = Math.floor(v.y0 / TILE_SIZE); ty * TILE_SIZE < v.y0 + v.height; ty++) {
    for (let tx = Math.floor(v.x0 / TILE_SIZE); tx * TILE_SIZE < v.x0 + v.width; tx++) {
      if (ty < 0 || ty >= n) continue;
      tiles.push({ x: ((tx % n) + n) % n, y: ty, z: v.z, left: tx * TILE_SIZE - v.x0, top: ty * TILE_SIZE - v.y0 });
    }
  }
  return tiles;
}

export function tileUrl(template: string, t: Tile): string {
  return template.replace(/\{x\}/g, String(t.x)).replace(/\{y\}/g, String(t.y)).replace(/\{z\}/g, String(t.z));
}

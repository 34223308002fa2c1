// The roads of the offline base map, drawn from the register itself: each
// house's address names its road (阳曲路445弄1号 → 阳曲路), and the houses of
// one road lie along it. A road is drawn as a straight segment parallel to
// the main axis of its houses (principal component), spanning them, set just
// outside them on the side facing the rest of the district (a compound's
// gate road runs between it and its neighbours). A sketch for orientation
// with no internet, not a survey. Pure.
import type { LonLat } from './geometry.ts';

/** The road part of an address: the text before its first number, ending in 路/街/道/巷. */
export function streetOf(address: string): string | null {
  const m = /^([^\d０-９]+?(?:大道|公路|路|街|道|巷))/.exec(address.trim());
  return m ? m[1] : null;
}

export interface StreetPoint {
  readonly address: string;
  readonly lon: number;
  readonly lat: number;
}

export interface StreetLine {
  name: string;
  houses: number;
  /** Two points, WGS-84. */
  line: [number, number][];
}

/** How far (metres) the road runs beyond its first and last houses, and clears them sideways. */
export const ROAD_MARGIN_M = 30;
const METRES_PER_DEGREE = (Math.PI / 180) * 6_371_008.8;

export function streetLines(points: readonly StreetPoint[]): StreetLine[] {
  const groups = new Map<string, LonLat[]>();
  for (const p of points) {
    const name = streetOf(p.address);
    if (!name || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    const list = groups.get(name);
    if (list) list.push([p.lon, p.lat]); else groups.set(name, [[p.lon, p.lat]]);
  }
  const all = [...groups.values()].flat();
  if (all.length === 0) return [];
  const sumLon = all.reduce((s, p) => s + p[0], 0);
  const sumLat = all.reduce((s, p) => s + p[1], 0);
  const lat0 = sumLat / all.length;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  const lines: StreetLine[] = [];
  for (const name of [...groups.keys()].sort()) {
    const pts = groups.get(name) ?? [];
    const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const local = pts.map((p) => [(p[0] - cx) * kx, (p[1] - cy) * ky] as const);
    // Principal axis of the houses (metres); a single point lies east–west.
    let sxx = 0; let syy = 0; let sxy = 0;
    for (const [x, y] of local) { sxx += x * x; syy += y * y; sxy += x * y; }
    const angle = sxx + syy === 0 ? 0 : 0.5 * Math.atan2(2 * sxy, sxx - syy);
    const ax = [Math.cos(angle), Math.sin(angle)] as const;
    const nx = [-ax[1], ax[0]] as const;
    const along = local.map(([x, y]) => x * ax[0] + y * ax[1]);
    const across = local.map(([x, y]) => x * nx[0] + y * nx[1]);
    // The side facing the other roads' houses; with none, the south / west side.
    // (The others' centroid from the totals: no per-house search, so 100,000 houses stay linear.)
    const otherCount = all.length - pts.length;
    let side = -1;
    if (otherCount > 0) {
      const ox = ((sumLon - cx * pts.length) / otherCount - cx) * kx;
      const oy = ((sumLat - cy * pts.length) / otherCount - cy) * ky;
      side = ox * nx[0] + oy * nx[1] >= 0 ? 1 : -1;
    }
    const offset = side > 0 ? Math.max(...across) + ROAD_MARGIN_M : Math.min(...across) - ROAD_MARGIN_M;
    const ends = [Math.min(...along) - ROAD_MARGIN_M, Math.max(...along) + ROAD_MARGIN_M].map((t): [number, number] => {
      const x = ax[0] * t + nx[0] * offset;
      const y = ax[1] * t + nx[1] * offset;
      return [round(cx + x / kx), round(cy + y / ky)];
    });
    lines.push({ name, houses: pts.length, line: ends });
  }
  return lines;
}

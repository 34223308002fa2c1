// Groups the houses' points into the battle map's areas (居民区 → 小区 → 楼)
// and turns each group into a GeoJSON feature with its counts. Pure.
import type { AreaCollection, AreaFeature, MapLevel } from '@sentinel/contract';
import type { MapCountRow, MapPointRow } from '@sentinel/db';
import { bufferedHull, centroid, type LonLat } from './geometry.ts';

/** How far (metres) each level's outline reaches beyond its outermost houses. */
export const BUFFER_METRES: Record<MapLevel, number> = { neighborhood: 45, community: 25, building: 9 };

/** A located house with the two facts the map colours by (the repository's row). */
export type HousePoint = MapPointRow;

/** The area of `level` a house lies in (neighbourhood, neighbourhood/compound, …/building). */
export function keyOf(level: MapLevel, h: Pick<HousePoint, 'neighborhood' | 'community' | 'building'>): string {
  if (level === 'neighborhood') return h.neighborhood;
  if (level === 'community') return `${h.neighborhood}/${h.community}`;
  return `${h.neighborhood}/${h.community}/${h.building}`;
}

/** Areas of one level, sorted by key, from the houses given (already narrowed to the parent). */
export function buildAreas(level: MapLevel, houses: readonly HousePoint[]): AreaCollection {
  const groups = new Map<string, HousePoint[]>();
  for (const h of houses) {
    const key = keyOf(level, h);
    const list = groups.get(key);
    if (list) list.push(h); else groups.set(key, [h]);
  }
  const features: AreaFeature[] = [];
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key) ?? [];
    const points: LonLat[] = members.map((h) => [h.lon, h.lat]);
    const ring = bufferedHull(points, BUFFER_METRES[level]);
    const center = centroid(points);
    if (!ring || !center) continue;
    const first = members[0];
    features.push({
      type: 'Feature',
      id: key,
      properties: {
        level,
        key,
        name: level === 'neighborhood' ? first.neighborhood : level === 'community' ? first.community : first.building,
        neighborhood: first.neighborhood,
        community: level === 'neighborhood' ? null : first.community,
        building: level === 'building' ? first.building : null,
        houses: members.length,
        openCases: members.filter((h) => h.openCase).length,
        groupRentals: members.filter((h) => h.groupRental).length,
        center,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The same areas with their counts from `counts` (one row per area with any,
 * grouped by the database): the outlines and house counts depend on the
 * register alone and are cached; the counts change with every case.
 */
export function withCounts(level: MapLevel, outlines: AreaCollection, counts: readonly MapCountRow[]): AreaCollection {
  const byKey = new Map(counts.map((c) => [keyOf(level, { neighborhood: c.neighborhood, community: c.community ?? '', building: c.building ?? '' }), c]));
  return {
    type: 'FeatureCollection',
    features: outlines.features.map((f) => {
      const c = byKey.get(f.properties.key);
      return { ...f, properties: { ...f.properties, openCases: c?.openCases ?? 0, groupRentals: c?.groupRentals ?? 0 } };
    }),
  };
}

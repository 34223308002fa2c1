// Lays the area polygons over Web Mercator tiles: each WGS-84 point is
// shifted to the tiles' datum (GCJ-02 for 高德) and projected to the
// viewport's pixels, y pointing up, so ECharts' linear map coordinates match
// the tile images one to one (aspectScale 1, bounding box = the viewport).
import { fitViewport, toPixel, wgs84ToGcj02, type Viewport } from './coords.ts';
import type { TileCrs } from './basemap.ts';
import type { AreaCollection } from './service.ts';

export interface TiledAreas {
  viewport: Viewport;
  areas: AreaCollection;
  /** WGS-84 → this viewport's map coordinates, for the other layers (blocks, roads, dwellings). */
  project: (p: readonly [number, number]) => [number, number];
}

/** Another collection (the base map's blocks) in the same viewport. */
export function projectAreas(areas: AreaCollection, project: TiledAreas['project']): AreaCollection {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({
      ...f,
      properties: { ...f.properties, center: project(f.properties.center) },
      geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((ring) => ring.map(project)) },
    })),
  };
}

export function projectForTiles(areas: AreaCollection, crs: TileCrs, width: number, height: number): TiledAreas | null {
  const shift = (p: readonly [number, number]): [number, number] => (crs === 'gcj02' ? wgs84ToGcj02(p[0], p[1]) : [p[0], p[1]]);
  let minLon = Infinity; let minLat = Infinity; let maxLon = -Infinity; let maxLat = -Infinity;
  for (const f of areas.features) {
    for (const ring of f.geometry.coordinates) {
      for (const p of ring) {
        const [lon, lat] = shift(p);
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
      }
    }
  }
  if (!Number.isFinite(minLon)) return null;
  const viewport = fitViewport({ minLon, minLat, maxLon, maxLat }, width, height);
  const project = (p: readonly [number, number]): [number, number] => {
    const [lon, lat] = shift(p);
    const [x, y] = toPixel(lon, lat, viewport.z);
    return [x - viewport.x0, -(y - viewport.y0)];
  };
  return { viewport, areas: projectAreas(areas, project), project };
}

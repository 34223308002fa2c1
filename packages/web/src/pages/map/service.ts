// Battle map data: area polygons per level (GET /api/map/areas) and the
// dwellings of one building (GET /api/map/dwellings).
import type { AreaCollection, AreaFeature, AreaProperties, Dwelling, MapLevel, StreetLine } from '@sentinel/contract';
import { get } from '../../app/request.ts';

export type { AreaCollection, AreaFeature, AreaProperties, Dwelling, MapLevel, StreetLine };

export interface DrillPath {
  neighborhood?: string;
  community?: string;
  building?: string;
}

export function levelOf(path: DrillPath): MapLevel {
  if (path.community) return 'building';
  if (path.neighborhood) return 'community';
  return 'neighborhood';
}

export const fetchAreas = (path: DrillPath, signal?: AbortSignal) =>
  get<AreaCollection>('/api/map/areas', { level: levelOf(path), neighborhood: path.neighborhood, community: path.community }, signal);

export const fetchDwellings = (path: Required<DrillPath>, signal?: AbortSignal) =>
  get<{ items: Dwelling[] }>('/api/map/dwellings', path, signal);

/** The offline base map's roads, sketched by the server from the addresses (GET /api/map/streets). */
export const fetchStreets = (signal?: AbortSignal) => get<{ items: StreetLine[] }>('/api/map/streets', undefined, signal);

/** Every compound of the user's jurisdiction: the base map's blocks, whatever level is shown. */
export const fetchBlocks = (signal?: AbortSignal) => get<AreaCollection>('/api/map/areas', { level: 'community' }, signal);

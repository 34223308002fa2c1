// Battle map data: area polygons per level (GET /api/map/areas) and the
// dwellings of one building (GET /api/map/dwellings).
import { get } from '../../app/request.ts';

export type MapLevel = 'neighborhood' | 'community' | 'building';

export interface AreaProperties {
  level: MapLevel;
  key: string;
  name: string;
  neighborhood: string;
  community: string | null;
  building: string | null;
  houses: number;
  openCases: number;
  groupRentals: number;
  center: [number, number];
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: AreaProperties;
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
}

export interface AreaCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

export interface Dwelling {
  houseId: string;
  lon: number;
  lat: number;
  openCase: boolean;
  groupRental: boolean;
}

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

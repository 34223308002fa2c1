// The jurisdiction tree (居民区 → 小区) for filters, read from the map's
// compound list so that it always matches the houses actually imported.
import { get } from './request.ts';
import type { Jurisdiction } from './access.ts';

export interface PlaceTree {
  neighborhood: string;
  communities: string[];
}

interface CommunityAreas {
  features: { properties: { neighborhood: string; name: string } }[];
}

export async function fetchPlaces(signal?: AbortSignal): Promise<PlaceTree[]> {
  const res = await get<CommunityAreas>('/api/map/areas', { level: 'community' }, signal);
  const tree = new Map<string, string[]>();
  for (const f of res.features) {
    const list = tree.get(f.properties.neighborhood) ?? [];
    list.push(f.properties.name);
    tree.set(f.properties.neighborhood, list);
  }
  return [...tree.entries()].map(([neighborhood, communities]) => ({ neighborhood, communities }));
}

/**
 * The tree for a user who may not read the map (a property company): its own
 * 小区, from the session's jurisdiction. Empty when the jurisdiction names none.
 */
export function placesOfJurisdiction(j: Jurisdiction): PlaceTree[] {
  return j.communities && j.communities.length > 0 ? [{ neighborhood: j.neighborhood ?? j.subdistrict ?? '', communities: [...j.communities] }] : [];
}

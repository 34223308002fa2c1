// The battle map (作战图): the areas of one level and the dwellings of one
// building, inside the part of the district the user may see. The map shows
// counts of cases, so it needs the right to see cases. Coordinates are WGS-84
// as imported; the web converts to GCJ-02 only over Chinese tiles.
import type { AreaCollection, Dwelling, MapLevel } from '@sentinel/contract';
import { housesVersion, listMapCounts, listMapPoints, scopeSubdistricts, type Database, type MapScope } from '@sentinel/db';
import { can } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { DerivedCache } from '../derived-cache.ts';
import { permissionDenied } from '../errors.ts';
import { buildAreas, withCounts } from './features.ts';
import { streetLines, type StreetLine } from './streets.ts';

/**
 * Outlines (buffered hulls of up to 100,000 points) and street lines depend
 * on the house register only: computed once per register version and scope,
 * per database. Recomputing them on every request took most of the map's
 * time and held the event loop for every other request (docs/performance.md).
 */
const outlineCaches = new WeakMap<Database, DerivedCache<AreaCollection>>();
const streetCaches = new WeakMap<Database, DerivedCache<StreetLine[]>>();

function cacheOf<V>(caches: WeakMap<Database, DerivedCache<V>>, db: Database): DerivedCache<V> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new DerivedCache<V>(256);
    caches.set(db, cache);
  }
  return cache;
}

export interface MapAreaInput {
  readonly level: MapLevel;
  readonly neighborhood?: string;
  readonly community?: string;
}

export interface DwellingInput {
  readonly neighborhood: string;
  readonly community: string;
  readonly building: string;
}

/**
 * The user's scope (a committee its neighbourhood, a property company its
 * compounds, district units all of it) narrowed to the requested area; null
 * when that area lies outside (an empty map, not an error).
 */
function mapScope(ctx: ServiceContext, wanted: { neighborhood?: string; community?: string; building?: string }): MapScope | null {
  // The map shades areas by alerts and group rentals: not for a property company (household.detail).
  if (!can(ctx.user.role, 'household.detail')) throw permissionDenied('查看作战图');
  const { neighborhood, communities } = ctx.user.jurisdiction;
  if (neighborhood && wanted.neighborhood && wanted.neighborhood !== neighborhood) return null;
  if (communities && wanted.community && !communities.includes(wanted.community)) return null;
  return { subdistricts: scopeSubdistricts(ctx.user.jurisdiction), neighborhood: wanted.neighborhood ?? neighborhood, communities, community: wanted.community, building: wanted.building };
}

export async function mapAreas({ ctx, input }: { ctx: ServiceContext; input: MapAreaInput }): Promise<AreaCollection> {
  const scope = mapScope(ctx, input);
  if (!scope) return { type: 'FeatureCollection', features: [] };
  const version = await housesVersion(ctx.db);
  const outlines = await cacheOf(outlineCaches, ctx.db).get(JSON.stringify([input.level, scope]), version, async () => buildAreas(input.level, await listMapPoints(ctx.db, scope)));
  return withCounts(input.level, outlines, await listMapCounts(ctx.db, scope, input.level));
}

export async function mapDwellings({ ctx, input }: { ctx: ServiceContext; input: DwellingInput }): Promise<{ items: Dwelling[] }> {
  const scope = mapScope(ctx, input);
  const points = scope ? await listMapPoints(ctx.db, scope) : [];
  return { items: points.map((p) => ({ houseId: p.houseId, unit: p.unit, room: p.room, address: p.address, lon: p.lon, lat: p.lat, openCase: p.openCase, groupRental: p.groupRental })) };
}

/** The roads of the offline base map inside the user's scope (streets.ts). */
export async function mapStreets({ ctx }: { ctx: ServiceContext }): Promise<{ items: StreetLine[] }> {
  const scope = mapScope(ctx, {});
  if (!scope) return { items: [] };
  const version = await housesVersion(ctx.db);
  return { items: await cacheOf(streetCaches, ctx.db).get(JSON.stringify(scope), version, async () => streetLines(await listMapPoints(ctx.db, scope))) };
}

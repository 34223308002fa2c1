// The battle map (作战图): neighbourhoods, compounds and buildings as GeoJSON
// polygons derived from the houses' points (../map/geometry.ts), with the
// counts the map colours by, and the dwellings of one building for the last
// drill-down step. Coordinates are WGS-84 as imported; the web converts to
// GCJ-02 only when it lays them over Chinese tiles.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listMapPoints, type Database, type MapScope } from '@sentinel/db';
import { can, notAuthenticated, permissionDenied } from '@sentinel/services';
import type { FastifyRequest } from 'fastify';
import { buildAreas, MAP_LEVELS } from '../map/features.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Position = Type.Tuple([Type.Number(), Type.Number()]);

const AreaFeature = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  properties: Type.Object({
    level: Type.Union(MAP_LEVELS.map((l) => Type.Literal(l))),
    key: Type.String(),
    name: Type.String(),
    neighborhood: Type.String(),
    community: Nullable(Type.String()),
    building: Nullable(Type.String()),
    houses: Type.Integer({ description: '房屋数' }),
    openCases: Type.Integer({ description: '在办案件数' }),
    groupRentals: Type.Integer({ description: '未整改群租数' }),
    center: Position,
  }),
  geometry: Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position)) }),
});

const errors = { 400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' } } as const;

const Dwelling = Type.Object({
  houseId: Type.String(),
  lon: Type.Number(),
  lat: Type.Number(),
  openCase: Type.Boolean(),
  groupRental: Type.Boolean(),
});

/**
 * The part of the district the signed-in user may see: a committee its
 * neighbourhood, a property company its compounds, district units all of it.
 * The map shows counts of cases, so it needs the right to see cases.
 */
function scopeOf(request: FastifyRequest): MapScope {
  const user = request.session?.user;
  if (!user) throw notAuthenticated();
  if (!can(user.role, 'case.view')) throw permissionDenied('查看作战图');
  return { neighborhood: user.jurisdiction.neighborhood, communities: user.jurisdiction.communities };
}

/** A requested area inside the user's scope, or nothing when it lies outside (an empty map, not an error). */
function narrow(scope: MapScope, wanted: { neighborhood?: string; community?: string; building?: string }): MapScope | null {
  if (scope.neighborhood && wanted.neighborhood && wanted.neighborhood !== scope.neighborhood) return null;
  if (scope.communities && wanted.community && !scope.communities.includes(wanted.community)) return null;
  return { ...scope, neighborhood: wanted.neighborhood ?? scope.neighborhood, community: wanted.community, building: wanted.building };
}

export function mapRoutes(db: Database): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/areas', {
      schema: {
        tags: ['map'],
        summary: '作战图区域（GeoJSON，WGS-84）：居民区 → 小区 → 楼栋',
        querystring: Type.Object({
          level: Type.Union(MAP_LEVELS.map((l) => Type.Literal(l)), { default: 'neighborhood', description: 'neighborhood 居民区 / community 小区 / building 楼栋' }),
          neighborhood: Type.Optional(Type.String({ description: '只取该居民区内' })),
          community: Type.Optional(Type.String({ description: '只取该小区内' })),
        }),
        response: { 200: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(AreaFeature) }), ...errors },
      },
    }, async (request) => {
      const { level, neighborhood, community } = request.query;
      const scope = narrow(scopeOf(request), { neighborhood, community });
      return buildAreas(level, scope ? await listMapPoints(db, scope) : []);
    });

    app.get('/dwellings', {
      schema: {
        tags: ['map'],
        summary: '某楼栋内的房屋（作战图最后一级）',
        querystring: Type.Object({ neighborhood: Type.String(), community: Type.String(), building: Type.String() }),
        response: { 200: Type.Object({ items: Type.Array(Dwelling) }), ...errors },
      },
    }, async (request) => {
      const scope = narrow(scopeOf(request), request.query);
      const points = scope ? await listMapPoints(db, scope) : [];
      return { items: points.map((p) => ({ houseId: p.houseId, lon: p.lon, lat: p.lat, openCase: p.openCase, groupRental: p.groupRental })) };
    });
  };
}

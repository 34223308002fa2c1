// The battle map (作战图): neighbourhoods, compounds and buildings as GeoJSON
// polygons with the counts the map colours by, and the dwellings of one
// building for the last drill-down step. Scope and geometry are the
// services' (map/).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { AreaCollection, AreaQuery, Dwelling, DwellingQuery, Items, StreetLine } from '@sentinel/contract';
import { mapAreas, mapDwellings, mapStreets } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function mapRoutes(db: Database, now: () => number = Date.now): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/areas', {
      schema: {
        tags: ['map'],
        summary: '作战图区域（GeoJSON，WGS-84）：居民区 → 小区 → 楼栋',
        querystring: AreaQuery,
        response: { 200: AreaCollection, ...errorResponses },
      },
    }, async (request) => mapAreas({ ctx: serviceContext(request, db, now), input: request.query }));

    app.get('/dwellings', {
      schema: {
        tags: ['map'],
        summary: '某楼栋内的房屋（作战图最后一级）',
        querystring: DwellingQuery,
        response: { 200: Items(Dwelling), ...errorResponses },
      },
    }, async (request) => mapDwellings({ ctx: serviceContext(request, db, now), input: request.query }));

    app.get('/streets', {
      schema: {
        tags: ['map'],
        summary: '离线底图的道路示意（由门牌地址和房屋坐标推算，无需联网）',
        response: { 200: Items(StreetLine), ...errorResponses },
      },
    }, async (request) => mapStreets({ ctx: serviceContext(request, db, now) }));
  };
}

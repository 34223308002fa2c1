// Houses (房屋): the paged register. The one-household file (一户一档) grows
// on top of GET /:houseId in the closed-loop work.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database, House } from '@sentinel/db';
import { getHouse, listHouses } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { PageQuery } from '../schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const HouseBody = Type.Object({
  houseId: Type.String(),
  subdistrict: Type.String({ description: '街道' }),
  neighborhood: Type.String({ description: '居民区' }),
  community: Type.String({ description: '小区' }),
  building: Type.String({ description: '楼号' }),
  unit: Nullable(Type.String()),
  room: Type.String({ description: '室号' }),
  address: Type.String(),
  areaM2: Type.Number({ description: '建筑面积（平方米）' }),
  bedrooms: Type.Integer({ description: '原始设计居室数' }),
  livingRooms: Nullable(Type.Integer()),
  registeredResidents: Nullable(Type.Integer({ description: '实有人口登记人数' })),
  isRental: Nullable(Type.Boolean()),
  rentalFiled: Nullable(Type.Boolean()),
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
});

function toBody(h: House) {
  return {
    houseId: h.houseId, subdistrict: h.subdistrict, neighborhood: h.neighborhood, community: h.community,
    building: h.building, unit: h.unit, room: h.room, address: h.address, areaM2: h.areaM2, bedrooms: h.bedrooms,
    livingRooms: h.livingRooms, registeredResidents: h.registeredResidents, isRental: h.isRental,
    rentalFiled: h.rentalFiled, lat: h.lat, lon: h.lon,
  };
}

const errors = { 400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } } as const;

export function houseRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: {
        tags: ['houses'], summary: '房屋列表（仅本辖区；分页，可按居民区、小区、关键字筛选）',
        querystring: Type.Object({
          ...PageQuery,
          neighborhood: Type.Optional(Type.String({ description: '居民区' })),
          community: Type.Optional(Type.String({ description: '小区' })),
          q: Type.Optional(Type.String({ description: '按房屋编号或地址搜索' })),
        }),
        response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(HouseBody) }), ...errors },
      },
    }, async (request) => {
      const { page, pageSize, neighborhood, community, q } = request.query;
      const ctx = serviceContext(request, db, now);
      const res = await listHouses({ ctx, input: { neighborhood, community, search: q, limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows.map(toBody) };
    });

    app.get('/:houseId', {
      schema: {
        tags: ['houses'], summary: '单户房屋信息', params: Type.Object({ houseId: Type.String({ minLength: 1 }) }),
        response: { 200: HouseBody, ...errors },
      },
    }, async (request) => {
      const house = await getHouse({ ctx: serviceContext(request, db, now), input: { houseId: request.params.houseId } });
      return toBody(house);
    });
  };
}

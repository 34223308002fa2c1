// Houses (房屋): the paged register. The one-household file (一户一档) grows
// on top of GET /:houseId in the closed-loop work.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { House, HouseFilter, Id, PageQuery, Paged } from '@sentinel/contract';
import { getHouse, listHouses } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function houseRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: {
        tags: ['houses'], summary: '房屋列表（仅本辖区；分页，可按居民区、小区、关键字筛选）',
        querystring: Type.Object({ ...PageQuery, ...HouseFilter.properties }),
        response: { 200: Paged(House), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize, neighborhood, community, q } = request.query;
      const ctx = serviceContext(request, db, now);
      const res = await listHouses({ ctx, input: { neighborhood, community, search: q, limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.rows };
    });

    app.get('/:houseId', {
      schema: {
        tags: ['houses'], summary: '单户房屋信息', params: Type.Object({ houseId: Id({ minLength: 1 }) }),
        response: { 200: House, ...errorResponses },
      },
    }, async (request) => {
      return getHouse({ ctx: serviceContext(request, db, now), input: { houseId: request.params.houseId } });
    });
  };
}

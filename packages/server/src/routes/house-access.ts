// Door access of one house (门禁): the house file's card that lets a staffer
// check the whistle's access reasons before a visit.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { getHouseAccess, HOUSE_ACCESS_DEFAULT_DAYS, HOUSE_ACCESS_MAX_DAYS } from '@sentinel/services';
import { Day, HouseDoorAccess, Id } from '@sentinel/contract';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function houseAccessRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/:houseId/access', {
      schema: {
        tags: ['houses'],
        summary: '单户门禁：每日进出、不同凭证、夜间进出、所用门未登记凭证，近30天汇总与同小区同户型中位数',
        params: Type.Object({ houseId: Id({ minLength: 1 }) }),
        querystring: Type.Object({
          days: Type.Optional(Type.Integer({ minimum: 1, maximum: HOUSE_ACCESS_MAX_DAYS, default: HOUSE_ACCESS_DEFAULT_DAYS, description: '显示天数' })),
          until: Type.Optional(Day('最后一天 YYYY-MM-DD（如吹哨检测日期）；默认本小区最近一次门禁记录之日，至多今天')),
        }),
        response: { 200: HouseDoorAccess, ...errorResponses },
      },
    }, async (request) => {
      const { days, until } = request.query;
      return getHouseAccess({ ctx: serviceContext(request, db, now), input: { houseId: request.params.houseId, days, until } });
    });
  };
}

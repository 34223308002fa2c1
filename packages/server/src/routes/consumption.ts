// Daily consumption of one house with its peers' band: the water and
// electricity charts of the one-household file (一户一档).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { HouseConsumption, Id } from '@sentinel/contract';
import { houseConsumption } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function consumptionRoutes(db: Database, now: () => number = Date.now): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/:houseId/consumption', {
      schema: {
        tags: ['houses'],
        summary: '单户每日用水、用电（燃气）及同类住户区间（P25–P75）',
        params: Type.Object({ houseId: Id({ minLength: 1 }) }),
        response: { 200: HouseConsumption, ...errorResponses },
      },
    }, async (request) => houseConsumption({ ctx: serviceContext(request, db, now), input: { houseId: request.params.houseId } }));
  };
}

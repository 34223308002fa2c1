// The services' clock, and the demo's today (演示时钟): GET for every signed-in
// user (forms default to the server's today), PUT for the administrator in
// demo mode only (elsewhere 409 demo.not_demo_mode).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database, DemoClock } from '@sentinel/services';
import { ClockView, DemoTodayBody } from '@sentinel/contract';
import { getClock, setDemoToday } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

export function clockRoutes(db: Database, now: () => number, clock: DemoClock | null): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['calendar'], summary: '服务器当前日期（演示模式下为演示时钟）', response: { 200: ClockView, ...errorResponses } },
    }, async (request) => getClock({ ctx: serviceContext(request, db, now), clock }));

    app.put('/', {
      schema: {
        tags: ['calendar'], summary: '将演示日期向后调整（系统管理员，仅演示模式）',
        body: DemoTodayBody,
        response: { 200: ClockView, ...errorResponses },
      },
    }, async (request) => setDemoToday({ ctx: serviceContext(request, db, now), input: { today: request.body.today, clock } }));
  };
}

// The working-day calendar's admin overrides (节假日调整): staff enter the
// State Council's notice for a year the official package does not cover yet.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { Calendar, CalendarYearBody } from '@sentinel/contract';
import { listCalendarOverrides, setCalendarYear } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function calendarRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['calendar'], summary: '工作日历调整表（系统管理员）', response: { 200: Calendar, ...errorResponses } },
    }, async (request) => mutable(await listCalendarOverrides({ ctx: serviceContext(request, db, now) })));

    app.put('/:year', {
      schema: {
        tags: ['calendar'], summary: '整体替换某一年的放假与调休上班日（系统管理员）',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: CalendarYearBody,
        response: { 200: Calendar, ...errorResponses },
      },
    }, async (request) => mutable(await setCalendarYear({ ctx: serviceContext(request, db, now), input: { year: request.params.year, overrides: request.body.overrides } })));
  };
}

// The working-day calendar's admin overrides (节假日调整): staff enter the
// State Council's notice for a year the official package does not cover yet,
// or change one day from the 工作日历 page (every change audited).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { Calendar, CalendarDayBody, CalendarYear, CalendarYearBody, Day } from '@sentinel/contract';
import { clearCalendarDay, getCalendarYear, listCalendarOverrides, setCalendarDay, setCalendarYear } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function calendarRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['calendar'], summary: '工作日历调整表（系统管理员）', response: { 200: Calendar, ...errorResponses } },
    }, async (request) => mutable(await listCalendarOverrides({ ctx: serviceContext(request, db, now) })));

    const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
    app.get('/:year/days', {
      schema: {
        tags: ['calendar'], summary: '某一年的每一天：是否工作日、依据（官方日历 / 管理员调整 / 普通周历）',
        params: YearParams, response: { 200: CalendarYear, ...errorResponses },
      },
    }, async (request) => mutable(await getCalendarYear({ ctx: serviceContext(request, db, now), input: { year: request.params.year } })));

    const DayParams = Type.Object({ date: Day() });
    app.put('/days/:date', {
      schema: {
        tags: ['calendar'], summary: '调整一天：放假或上班，须填原因（系统管理员；留痕）',
        params: DayParams, body: CalendarDayBody, response: { 200: CalendarYear, ...errorResponses },
      },
    }, async (request) => mutable(await setCalendarDay({ ctx: serviceContext(request, db, now), input: { date: request.params.date, ...request.body } })));

    app.delete('/days/:date', {
      schema: {
        tags: ['calendar'], summary: '撤销对一天的调整，恢复官方日历（系统管理员；留痕）',
        params: DayParams, response: { 200: CalendarYear, ...errorResponses },
      },
    }, async (request) => mutable(await clearCalendarDay({ ctx: serviceContext(request, db, now), input: { date: request.params.date } })));

    app.put('/:year', {
      schema: {
        tags: ['calendar'], summary: '整体替换某一年的放假与调休上班日（系统管理员）',
        params: YearParams,
        body: CalendarYearBody,
        response: { 200: Calendar, ...errorResponses },
      },
    }, async (request) => mutable(await setCalendarYear({ ctx: serviceContext(request, db, now), input: { year: request.params.year, overrides: request.body.overrides } })));
  };
}

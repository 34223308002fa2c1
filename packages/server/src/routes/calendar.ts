// The working-day calendar's admin overrides (节假日调整): staff enter the
// State Council's notice for a year the official package does not cover yet.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { CALENDAR_OVERRIDE_KINDS } from '@sentinel/domain';
import { listCalendarOverrides, setCalendarYear } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from './loop-schemas.ts';

const OverrideT = Type.Object({
  date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期 YYYY-MM-DD（上海时间）' }),
  kind: Type.Union(CALENDAR_OVERRIDE_KINDS.map((k) => Type.Literal(k)), { description: 'holiday 放假 / workday 调休上班' }),
  note: Type.String({ maxLength: 200, description: '备注，如 2027 春节、国办发明电文号' }),
});

const CalendarT = Type.Object({
  officialYears: Type.Array(Type.Integer(), { description: '官方日历数据已覆盖的年份' }),
  overrides: Type.Array(OverrideT),
});

export function calendarRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['calendar'], summary: '工作日历调整表（系统管理员）', response: { 200: CalendarT, ...errorResponses } },
    }, async (request) => mutable(await listCalendarOverrides({ ctx: serviceContext(request, db, now) })));

    app.put('/:year', {
      schema: {
        tags: ['calendar'], summary: '整体替换某一年的放假与调休上班日（系统管理员）',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: Type.Object({ overrides: Type.Array(OverrideT, { maxItems: 400 }) }),
        response: { 200: CalendarT, ...errorResponses },
      },
    }, async (request) => mutable(await setCalendarYear({ ctx: serviceContext(request, db, now), input: { year: request.params.year, overrides: request.body.overrides } })));
  };
}

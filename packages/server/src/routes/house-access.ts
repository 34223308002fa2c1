// Door access of one house (门禁): the house file's card that lets a staffer
// check the whistle's access reasons before a visit.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { getHouseAccess, HOUSE_ACCESS_DEFAULT_DAYS, HOUSE_ACCESS_MAX_DAYS } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';

const Counts = (description: string) => Type.Array(Type.Number(), { description });

const HouseAccessBody = Type.Object({
  houseId: Type.String(),
  covered: Type.Boolean({ description: 'false = 本小区未接入门禁数据（无任何数字）' }),
  night: Type.Object({
    fromMinute: Type.Integer({ description: '夜间起（当日分钟，23:00 = 1380）' }),
    toMinute: Type.Integer({ description: '夜间止（不含，05:00 = 300）' }),
  }, { description: '夜间定义，与数字吹哨相同' }),
  days: Type.Array(Type.String({ description: 'YYYY-MM-DD' })),
  events: Counts('每日本户登记凭证进出次数'),
  credentials: Counts('每日本户不同登记凭证数'),
  nightEvents: Counts('每日夜间进出次数'),
  unregisteredShare: Counts('每日本户所用门的不同未登记凭证数（按使用该门的户数分摊）'),
  recent: Type.Union([Type.Null(), Type.Object({
    from: Type.String(),
    to: Type.String(),
    credentials: Type.Integer({ description: '近30天不同登记凭证数（吹哨理由中的数字）' }),
    events: Type.Integer(),
    nightEvents: Type.Integer({ description: '近30天夜间进出次数（吹哨理由中的数字）' }),
    unregisteredShare: Type.Number({ description: '近30天所用门的不同未登记凭证数（分摊）' }),
    doors: Type.Integer({ description: '本户登记凭证使用过的门数' }),
    peer: Type.Union([Type.Null(), Type.Object({
      median: Type.Number({ description: '同小区同户型（有门禁数据的住户，含本户）近30天不同凭证数中位数' }),
      houses: Type.Integer({ description: '参照户数' }),
    })]),
    credentialList: Type.Array(Type.Object({
      label: Type.String({ description: '凭证编号末四位（不显示完整编号）' }),
      events: Type.Integer(),
      nightEvents: Type.Integer(),
      firstDay: Type.String(),
      lastDay: Type.String(),
    })),
  })], { description: '近30天（截至最后一天）汇总；未接入时为 null' }),
});

const errors = { 400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } } as const;

export function houseAccessRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/:houseId/access', {
      schema: {
        tags: ['houses'],
        summary: '单户门禁：每日进出、不同凭证、夜间进出、所用门未登记凭证，近30天汇总与同小区同户型中位数',
        params: Type.Object({ houseId: Type.String({ minLength: 1 }) }),
        querystring: Type.Object({
          days: Type.Optional(Type.Integer({ minimum: 1, maximum: HOUSE_ACCESS_MAX_DAYS, default: HOUSE_ACCESS_DEFAULT_DAYS, description: '显示天数' })),
          until: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '最后一天 YYYY-MM-DD（如吹哨检测日期）；默认本小区最近一次门禁记录之日，至多今天' })),
        }),
        response: { 200: HouseAccessBody, ...errors },
      },
    }, async (request) => {
      const { days, until } = request.query;
      return getHouseAccess({ ctx: serviceContext(request, db, now), input: { houseId: request.params.houseId, days, until } });
    });
  };
}

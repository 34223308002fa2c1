// Refusals to cooperate (拒不配合) recorded against a neighbourhood committee
// or a property company on a case: the evidence of the assessment rule
// `refused_cooperation`. Recorded and withdrawn (never deleted) by the
// dispatchers; permissions, jurisdiction, checks and audit rows are the
// services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { ASSESSED_ROLES } from '@sentinel/documents';
import { listCooperationRefusals, listCooperationUnits, MAX_REFUSAL_TEXT, recordCooperationRefusal, withdrawCooperationRefusal } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, lit, mutable, Nullable } from './loop-schemas.ts';

const UnitRoleT = lit(ASSESSED_ROLES, 'committee 居委会 / property 物业');
const UnitT = Type.Object({ role: UnitRoleT, name: Type.String({ description: '单位名称，如 汾西居民区居委会' }) });
const DateT = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const CooperationRefusalT = Type.Object({
  id: Type.String({ description: '记录编号；考核扣分依据中的 refusalId' }),
  caseId: Type.String(), caseNumber: Type.String({ description: '案件编号' }), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  unit: UnitT,
  day: DateT('拒不配合的日期（上海时间）'),
  note: Type.String({ description: '拒不配合的内容' }),
  recordedBy: Type.String(), recordedByName: Nullable(Type.String()), recordedAt: Type.String({ format: 'date-time' }),
  withdrawn: Nullable(Type.Object({
    at: Type.String({ format: 'date-time' }), by: Type.String(), byName: Nullable(Type.String()), reason: Type.String(),
  }, { description: '已撤销（不再扣分）；null 表示有效' })),
});

export function cooperationRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/cooperation-refusals', {
      schema: {
        tags: ['cooperation'], summary: '拒不配合记录（辖区内；居委会、物业只看本单位；含已撤销）',
        querystring: Type.Object({
          year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2999, description: '只看该年度' })),
          caseId: Type.Optional(Type.String({ minLength: 1, description: '只看该案件' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(CooperationRefusalT) }), ...errorResponses },
      },
    }, async (request) => mutable(await listCooperationRefusals({ ctx: ctxOf(request), input: request.query })));

    app.post('/cooperation-refusals', {
      schema: {
        tags: ['cooperation'], summary: '记录拒不配合（考核扣分依据；单位须为案件所在居民区的居委会或所在小区的物业，日期不得晚于今天）',
        body: Type.Object({
          caseId: Type.String({ minLength: 1 }),
          unitRole: UnitRoleT,
          unitName: Type.String({ minLength: 1 }),
          day: DateT('拒不配合的日期（上海时间）'),
          note: Type.String({ minLength: 1, maxLength: MAX_REFUSAL_TEXT, description: '拒不配合的内容，如：拒绝提供出租房屋钥匙，联合检查无法入户' }),
        }),
        response: { 201: CooperationRefusalT, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await recordCooperationRefusal({ ctx: ctxOf(request), input: request.body }))));

    app.post('/cooperation-refusals/:refusalId/withdraw', {
      schema: {
        tags: ['cooperation'], summary: '撤销拒不配合记录（须填写理由；记录保留，不再扣分）',
        params: Type.Object({ refusalId: Type.String({ minLength: 1 }) }),
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: MAX_REFUSAL_TEXT, description: '撤销理由' }) }),
        response: { 200: CooperationRefusalT, ...errorResponses },
      },
    }, async (request) => mutable(await withdrawCooperationRefusal({ ctx: ctxOf(request), input: { refusalId: request.params.refusalId, reason: request.body.reason } })));

    app.get('/cases/:caseId/cooperation-units', {
      schema: {
        tags: ['cooperation'], summary: '案件可记录拒不配合的单位：所在居民区的居委会、所在小区的物业',
        params: Type.Object({ caseId: Type.String({ minLength: 1 }) }),
        response: { 200: Type.Object({ units: Type.Array(UnitT) }), ...errorResponses },
      },
    }, async (request) => ({ units: mutable(await listCooperationUnits({ ctx: ctxOf(request), input: { caseId: request.params.caseId } })) }));
  };
}

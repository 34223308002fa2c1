// Refusals to cooperate (拒不配合) recorded against a neighbourhood committee
// or a property company on a case: the evidence of the assessment rule
// `refused_cooperation`. Recorded and withdrawn (never deleted) by the
// dispatchers; permissions, jurisdiction, checks and audit rows are the
// services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { CooperationRefusal, CooperationUnit, Id, Items, RecordRefusalBody, RefusalQuery, WithdrawRefusalBody } from '@sentinel/contract';
import { listCooperationRefusals, listCooperationUnits, recordCooperationRefusal, withdrawCooperationRefusal } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function cooperationRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/cooperation-refusals', {
      schema: {
        tags: ['cooperation'], summary: '拒不配合记录（辖区内；居委会、物业只看本单位；含已撤销）',
        querystring: RefusalQuery,
        response: { 200: Items(CooperationRefusal), ...errorResponses },
      },
    }, async (request) => mutable(await listCooperationRefusals({ ctx: ctxOf(request), input: request.query })));

    app.post('/cooperation-refusals', {
      schema: {
        tags: ['cooperation'], summary: '记录拒不配合（考核扣分依据；单位须为案件所在居民区的居委会或所在小区的物业，日期不得晚于今天）',
        body: RecordRefusalBody,
        response: { 201: CooperationRefusal, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await recordCooperationRefusal({ ctx: ctxOf(request), input: request.body }))));

    app.post('/cooperation-refusals/:refusalId/withdraw', {
      schema: {
        tags: ['cooperation'], summary: '撤销拒不配合记录（须填写理由；记录保留，不再扣分）',
        params: Type.Object({ refusalId: Id({ minLength: 1 }) }),
        body: WithdrawRefusalBody,
        response: { 200: CooperationRefusal, ...errorResponses },
      },
    }, async (request) => mutable(await withdrawCooperationRefusal({ ctx: ctxOf(request), input: { refusalId: request.params.refusalId, reason: request.body.reason } })));

    app.get('/cases/:caseId/cooperation-units', {
      schema: {
        tags: ['cooperation'], summary: '案件可记录拒不配合的单位：所在居民区的居委会、所在小区的物业',
        params: Type.Object({ caseId: Id({ minLength: 1 }) }),
        response: { 200: Type.Object({ units: Type.Array(CooperationUnit) }), ...errorResponses },
      },
    }, async (request) => ({ units: mutable(await listCooperationUnits({ ctx: ctxOf(request), input: { caseId: request.params.caseId } })) }));
  };
}

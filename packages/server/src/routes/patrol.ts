// 三级动态管理: the weekly patrol plan of the user's jurisdiction, recording a
// completed visit (feeds the grade back, logged) and a dwelling's grade log.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { GradeLogEntryT, Id, Items, PatrolPlanQuery, PatrolPlanT, PatrolVisitBody, PatrolVisitResultT } from '@sentinel/contract';
import { getGradeLog, getPatrolPlan, recordPatrolVisit } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function patrolRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/patrol/plan', {
      schema: { tags: ['patrol'], summary: '每周巡查计划：辖区内本周到期核查的房屋（逾期、回潮重点在前，按红黄绿）；等级变化同时记入等级日志', querystring: PatrolPlanQuery, response: { 200: PatrolPlanT, ...errorResponses } },
    }, async (request) => mutable(await getPatrolPlan({ ctx: ctxOf(request), input: request.query })));

    app.post('/patrol/visits', {
      schema: { tags: ['patrol'], summary: '登记上门核查结果（回写房屋等级，等级变化说明记入日志）', body: PatrolVisitBody, response: { 201: PatrolVisitResultT, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(mutable(await recordPatrolVisit({ ctx: ctxOf(request), input: request.body }))));

    app.get('/houses/:houseId/grade-log', {
      schema: { tags: ['patrol'], summary: '房屋等级变化日志（含说明）', params: Type.Object({ houseId: Id({ minLength: 1 }) }), response: { 200: Items(GradeLogEntryT), ...errorResponses } },
    }, async (request) => mutable(await getGradeLog({ ctx: ctxOf(request), input: request.params })));
  };
}

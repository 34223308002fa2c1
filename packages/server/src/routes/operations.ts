// Operations for the admin (运行监控): background jobs (list, start the inbox
// or detection now, retry a failed one) and the 一网统管 outbox (list, retry a
// parked event); and, for every unit, the freshness of the data.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { FreshnessBody, JOB_STATES, JobItem, OUTBOX_STATES, OutboxPage, PageQuery, Paged, STARTABLE_JOBS, lit } from '@sentinel/contract';
import { auditJobStart, getFreshness, listJobViews, listOutboxEvents, retryJob, retryOutboxEvent } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';
import type { JobsHandle } from './uploads.ts';

export function operationsRoutes(db: Database, now: () => number, jobs: JobsHandle | null, freshness: { feedDays: number; runDays: number }): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/jobs', {
      schema: { tags: ['operations'], summary: '后台任务（最新在前）', querystring: Type.Object({ ...PageQuery, status: Type.Optional(lit(JOB_STATES)) }), response: { 200: Paged(JobItem), ...errorResponses } },
    }, async (request) => {
      const { page, pageSize, status } = request.query;
      return listJobViews({ ctx: serviceContext(request, db, now), input: { status: status ?? null, limit: pageSize, offset: (page - 1) * pageSize } });
    });

    app.post('/admin/jobs', {
      schema: { tags: ['operations'], summary: '立即运行：收件箱导入或数字吹哨检测', body: Type.Object({ kind: lit(STARTABLE_JOBS) }), response: { 202: Type.Object({ jobId: Type.Union([Type.Integer(), Type.Null()]) }), ...errorResponses } },
    }, async (request, reply) => {
      const ctx = serviceContext(request, db, now);
      await auditJobStart(ctx, request.body.kind, null);
      const jobId = jobs ? await jobs.enqueue(request.body.kind, { reason: 'admin', by: ctx.user.id }) : null;
      return reply.code(202).send({ jobId });
    });

    app.post('/admin/jobs/:id/retry', {
      schema: { tags: ['operations'], summary: '重试失败的任务', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 204: Type.Null(), ...errorResponses } },
    }, async (request, reply) => {
      await retryJob({ ctx: serviceContext(request, db, now), input: { id: request.params.id } });
      return reply.code(204).send(null);
    });

    app.get('/admin/outbox', {
      schema: { tags: ['operations'], summary: '一网统管推送队列', querystring: Type.Object({ ...PageQuery, state: Type.Optional(lit(OUTBOX_STATES)) }), response: { 200: OutboxPage, ...errorResponses } },
    }, async (request) => {
      const { page, pageSize, state } = request.query;
      return listOutboxEvents({ ctx: serviceContext(request, db, now), input: { state: state ?? null, limit: pageSize, offset: (page - 1) * pageSize } });
    });

    app.post('/admin/outbox/:id/retry', {
      schema: { tags: ['operations'], summary: '重新推送一条已搁置的事件', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 204: Type.Null(), ...errorResponses } },
    }, async (request, reply) => {
      await retryOutboxEvent({ ctx: serviceContext(request, db, now), input: { id: request.params.id } });
      return reply.code(204).send(null);
    });

    app.get('/freshness', {
      schema: { tags: ['operations'], summary: '数据新鲜度：各数据源最新数据日期、最近导入和检测', response: { 200: FreshnessBody, ...errorResponses } },
    }, async (request) => getFreshness({ ctx: serviceContext(request, db, now), input: freshness }));
  };
}

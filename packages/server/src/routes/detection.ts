// 数字吹哨 over the database: start a run, the run history, today's alerts
// (latest succeeded run, inside the user's jurisdiction), and one house's
// scores across runs. Logic lives in @sentinel/services (whistle/).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { houseAlertHistory, listAlerts, listRuns, runDetection, type Database } from '@sentinel/services';
import { AlertFilter, AlertPage, DetectionRun, HouseAlertPoint, Id, PageQuery, Paged, RunDetectionBody, RunStarted } from '@sentinel/contract';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

/** A run as JSON: its two instants as ISO strings. */
const runBody = <R extends { startedAt: Date; finishedAt: Date }>(r: R) => ({ ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt.toISOString() });

export function detectionRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.post('/detection/runs', {
      schema: {
        tags: ['detection'], summary: '启动一次数字吹哨检测（全街道每户打分，保存批次与预警）',
        description: '同步执行：完成后返回 201 与批次摘要、前 10 名。数据不足时返回 409（并记录一条失败批次）。',
        body: RunDetectionBody,
        response: { 201: RunStarted, ...errorResponses },
      },
    }, async (request, reply) => {
      const out = await runDetection({ ctx: ctxOf(request), input: { asOf: request.body.asOf } });
      return reply.code(201).send({ run: runBody(out.run), top: out.top.map((t) => ({ ...t, reasons: [...t.reasons] })) });
    });

    app.get('/detection/runs', {
      schema: {
        tags: ['detection'], summary: '检测批次历史（新的在前，含失败批次及原因）', querystring: Type.Object(PageQuery),
        response: { 200: Paged(DetectionRun), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listRuns({ ctx: ctxOf(request), input: { limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.items.map(runBody) };
    });

    app.get('/alerts', {
      schema: {
        tags: ['detection'], summary: '今日预警：最近一次成功检测的结果（辖区内，按排名）',
        querystring: Type.Object({ ...PageQuery, ...AlertFilter.properties }),
        response: { 200: AlertPage, ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize, level, neighborhood, community, minScore } = request.query;
      const res = await listAlerts({ ctx: ctxOf(request), input: { levels: level, neighborhood, community, minScore, limit: pageSize, offset: (page - 1) * pageSize } });
      return { run: res.run ? runBody(res.run) : null, total: res.total, items: [...res.items] };
    });

    app.get('/houses/:houseId/alerts', {
      schema: {
        tags: ['detection'], summary: '单户历次检测的分值与等级（一户一档走势图，旧的在前）',
        params: Type.Object({ houseId: Id({ minLength: 1 }) }),
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 180, description: '最近多少次检测' }) }),
        response: { 200: Type.Object({ houseId: Type.String(), items: Type.Array(HouseAlertPoint) }), ...errorResponses },
      },
    }, async (request) => {
      const items = await houseAlertHistory({ ctx: ctxOf(request), input: { houseId: request.params.houseId, limit: request.query.limit } });
      return { houseId: request.params.houseId, items: items.map((i) => ({ ...i, startedAt: i.startedAt.toISOString() })) };
    });
  };
}

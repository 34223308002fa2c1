// 数字吹哨 over the database: start a run, the run history, today's alerts
// (latest succeeded run, inside the user's jurisdiction), and one house's
// scores across runs. Logic lives in @sentinel/services (whistle/).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database, DetectionRunView } from '@sentinel/db';
import { houseAlertHistory, listAlerts, listRuns, runDetection } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { PageQuery } from '../schemas.ts';
import { ALERT_LEVELS, errorResponses, lit, Nullable } from './loop-schemas.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD（上海时间）' });
const LevelT = lit(ALERT_LEVELS, '红 red / 黄 yellow / 绿 green');

const RunT = Type.Object({
  id: Type.String(),
  startedAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.String({ format: 'date-time' }),
  asOfDay: Type.String({ description: '检测日期：只使用截至当日 24:00（上海时间）已知的数据' }),
  modelVersion: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown(), { description: '模型参数（可复现）' }),
  calibration: Nullable(Type.Object({ a: Type.Number(), b: Type.Number(), n: Type.Integer({ description: '用于校准的核查结果数；0 = 未校准' }) })),
  status: lit(['succeeded', 'failed'] as const, 'succeeded 成功 / failed 失败'),
  houseCount: Type.Integer(), redCount: Type.Integer(), yellowCount: Type.Integer(), greenCount: Type.Integer(),
  labelCount: Type.Integer({ description: '可用的核查结果（导入的核查 + 案件核实）' }),
  triggeredBy: Type.String({ description: '用户编号，或 system（系统自动）' }),
  durationMs: Type.Integer(),
  error: Nullable(Type.String()),
});

const AlertT = Type.Object({
  houseId: Type.String(), rank: Type.Integer({ description: '1 = 最可疑' }), score: Type.Number({ description: '群租概率 0..1' }), level: LevelT,
  onsetDay: Nullable(Type.String({ description: '异常开始日期' })), estimatedOccupants: Nullable(Type.Number({ description: '估计居住人数' })),
  reasons: Type.Array(Type.String()), address: Type.String(), neighborhood: Type.String({ description: '居民区' }),
  community: Type.String({ description: '小区' }), openCaseId: Nullable(Type.String({ description: '在办案件编号' })),
});

const runBody = (r: DetectionRunView) => ({ ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt.toISOString() });

export function detectionRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.post('/detection/runs', {
      schema: {
        tags: ['detection'], summary: '启动一次数字吹哨检测（全街道每户打分，保存批次与预警）',
        description: '同步执行：完成后返回 201 与批次摘要、前 10 名。数据不足时返回 409（并记录一条失败批次）。',
        body: Type.Object({ asOf: Type.Optional(Day) }),
        response: {
          201: Type.Object({
            run: RunT,
            top: Type.Array(Type.Object({ houseId: Type.String(), rank: Type.Integer(), score: Type.Number(), level: LevelT, reasons: Type.Array(Type.String()) })),
          }),
          ...errorResponses,
        },
      },
    }, async (request, reply) => {
      const out = await runDetection({ ctx: ctxOf(request), input: { asOf: request.body.asOf } });
      return reply.code(201).send({ run: runBody(out.run), top: out.top.map((t) => ({ ...t, reasons: [...t.reasons] })) });
    });

    app.get('/detection/runs', {
      schema: {
        tags: ['detection'], summary: '检测批次历史（新的在前，含失败批次及原因）', querystring: Type.Object(PageQuery),
        response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(RunT) }), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      const res = await listRuns({ ctx: ctxOf(request), input: { limit: pageSize, offset: (page - 1) * pageSize } });
      return { total: res.total, items: res.items.map(runBody) };
    });

    app.get('/alerts', {
      schema: {
        tags: ['detection'], summary: '今日预警：最近一次成功检测的结果（辖区内，按排名）',
        querystring: Type.Object({
          ...PageQuery,
          level: Type.Optional(Type.Array(LevelT, { description: '预警等级，可多选' })),
          neighborhood: Type.Optional(Type.String({ description: '居民区' })),
          community: Type.Optional(Type.String({ description: '小区' })),
          minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: '最低分值' })),
        }),
        response: { 200: Type.Object({ run: Nullable(RunT), total: Type.Integer(), items: Type.Array(AlertT) }), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize, level, neighborhood, community, minScore } = request.query;
      const res = await listAlerts({ ctx: ctxOf(request), input: { levels: level, neighborhood, community, minScore, limit: pageSize, offset: (page - 1) * pageSize } });
      return { run: res.run ? runBody(res.run) : null, total: res.total, items: [...res.items] };
    });

    app.get('/houses/:houseId/alerts', {
      schema: {
        tags: ['detection'], summary: '单户历次检测的分值与等级（一户一档走势图，旧的在前）',
        params: Type.Object({ houseId: Type.String({ minLength: 1 }) }),
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 180, description: '最近多少次检测' }) }),
        response: {
          200: Type.Object({
            houseId: Type.String(),
            items: Type.Array(Type.Object({
              runId: Type.String(), startedAt: Type.String({ format: 'date-time' }), asOfDay: Type.String(), modelVersion: Type.String(),
              rank: Type.Integer(), houseCount: Type.Integer(), score: Type.Number(), level: LevelT, onsetDay: Nullable(Type.String()), reasons: Type.Array(Type.String()),
            })),
          }),
          ...errorResponses,
        },
      },
    }, async (request) => {
      const items = await houseAlertHistory({ ctx: ctxOf(request), input: { houseId: request.params.houseId, limit: request.query.limit } });
      return { houseId: request.params.houseId, items: items.map((i) => ({ ...i, startedAt: i.startedAt.toISOString() })) };
    });
  };
}

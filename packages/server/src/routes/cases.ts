// Intake (alerts, reports, the unmatched queue) and cases (lists, detail, the
// one generic transition route for every step of the life-cycle table).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import {
  getCase, listCases, listUnmatched, matchQueuedReport, openCaseFromAlert, receiveReport, takeInImportedComplaints, transitionCase, whistlePrecision,
} from '@sentinel/services';
import {
  AlertIntakeBody, Case, CaseDetail, CaseFilter, Id, IntakeOutcome, Items, PageQuery, Paged, PrecisionMonth, QueuedReport, ReportIntakeBody,
  ReportIntakeOutcome, TakeInOutcome, TransitionBody, TransitionOutcome,
} from '@sentinel/contract';
import { serviceContext } from '../plugins/auth.ts';
import { errorRef, errorResponses, mutable } from '../schemas.ts';

const CaseId = Type.Object({ caseId: Id({ minLength: 1 }) });

export function caseRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.post('/intake/alerts', {
      schema: {
        tags: ['intake'], summary: '一键将预警转为案件（房屋标注"疑似群租"；已有在办案件则并案）',
        body: AlertIntakeBody,
        response: { 200: IntakeOutcome, ...errorResponses },
      },
    }, async (request) => openCaseFromAlert({ ctx: ctxOf(request), input: request.body }));

    app.post('/intake/reports', {
      schema: {
        tags: ['intake'], summary: '登记线索（12345、巡查、居民、物业、派出所）：按房屋编号或地址匹配，匹配不上进入待匹配队列',
        body: ReportIntakeBody,
        response: { 200: ReportIntakeOutcome, ...errorResponses },
      },
    }, async (request) => {
      const { receivedAt, ...rest } = request.body;
      return receiveReport({ ctx: ctxOf(request), input: { ...rest, receivedAt: receivedAt ? Date.parse(receivedAt) : undefined } });
    });

    app.post('/intake/complaints/take-in', {
      schema: {
        tags: ['intake'], summary: '将已导入的群租类投诉（complaints.csv）转入线索：已匹配房屋的开案或并案，其余按地址匹配或进入待匹配队列（每张工单只转一次）',
        body: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }) }),
        response: { 200: TakeInOutcome, ...errorResponses },
      },
    }, async (request) => takeInImportedComplaints({ ctx: ctxOf(request), input: request.body }));

    app.get('/intake/queue', {
      schema: {
        tags: ['intake'], summary: '地址未匹配的工单队列', querystring: Type.Object(PageQuery),
        response: { 200: Paged(QueuedReport), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize } = request.query;
      return listUnmatched({ ctx: ctxOf(request), input: { limit: pageSize, offset: (page - 1) * pageSize } });
    });

    app.post('/intake/queue/:reportId/match', {
      schema: {
        tags: ['intake'], summary: '人工匹配工单到房屋（开案或并案）',
        params: Type.Object({ reportId: Id({ minLength: 1 }) }), body: Type.Object({ houseId: Id({ minLength: 1 }) }),
        response: { 200: IntakeOutcome, ...errorResponses },
      },
    }, async (request) => matchQueuedReport({ ctx: ctxOf(request), input: { reportId: request.params.reportId, houseId: request.body.houseId } }));

    app.get('/cases', {
      schema: {
        tags: ['cases'], summary: '案件列表（辖区内；可按状态、房屋、本单位承办、已超期筛选）',
        querystring: Type.Object({ ...PageQuery, ...CaseFilter.properties }),
        response: { 200: Paged(Case), ...errorResponses },
      },
    }, async (request) => {
      const { page, pageSize, state, houseId, mine, overdue } = request.query;
      return mutable(await listCases({ ctx: ctxOf(request), input: { states: state, houseId, mine, overdue, limit: pageSize, offset: (page - 1) * pageSize } }));
    });

    app.get('/cases/:caseId', {
      schema: { tags: ['cases'], summary: '案件详情与时间轴', params: CaseId, response: { 200: CaseDetail, ...errorResponses } },
    }, async (request) => mutable(await getCase({ ctx: ctxOf(request), input: { caseId: request.params.caseId } })));

    app.post('/cases/:caseId/transitions', {
      schema: {
        tags: ['cases'],
        summary: '办理案件的一步（派单、改派、签收、认定、排除、无法入户、告知、验收、约谈、整治、回头看、回潮、销案）',
        description: '可办理的操作、单位与必须材料见 docs/api.md 与案件生命周期表；拒绝时返回 403（角色/承办单位）、409（状态、期限）或 422（材料不全）。',
        params: CaseId,
        body: TransitionBody,
        response: { 200: TransitionOutcome, 422: errorRef, ...errorResponses },
      },
    }, async (request) => {
      const { action, evidence, at } = request.body;
      return mutable(await transitionCase({ ctx: ctxOf(request), input: { caseId: request.params.caseId, action, evidence, at: at ? Date.parse(at) : undefined } }));
    });

    app.get('/whistle/precision', {
      schema: {
        tags: ['cases'], summary: '数字吹哨核实准确率（按月：认定 / 排除 / 无法入户）',
        response: { 200: Items(PrecisionMonth), ...errorResponses },
      },
    }, async (request) => ({ items: await whistlePrecision({ ctx: ctxOf(request) }) }));
  };
}

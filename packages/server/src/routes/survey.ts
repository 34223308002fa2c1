// 宣传摸底: survey campaigns, their visit lists, visits, progress and the
// master list (出租房屋和群租房屋总表, XLSX). Permissions, jurisdiction,
// checks and audit rows are the services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import {
  Id, Items, NewSurveyCampaignBody, SurveyCampaign, SurveyProgress, SurveyRefreshResult, SurveyTarget, SurveyTargetQuery, SurveyVisit, SurveyVisitBody,
} from '@sentinel/contract';
import { createSurveyCampaign, exportSurveyMasterList, getSurveyProgress, listSurveyCampaigns, listSurveyTargets, recordSurveyVisit, refreshSurveyTargets } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { sendFile } from '../reply.ts';
import { errorResponses, fileResponses, mutable } from '../schemas.ts';

const CampaignId = Type.Object({ campaignId: Id({ minLength: 1 }) });

export function surveyRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/survey-campaigns', {
      schema: { tags: ['survey'], summary: '宣传摸底专项（覆盖本辖区的）', response: { 200: Items(SurveyCampaign), ...errorResponses } },
    }, async (request) => mutable(await listSurveyCampaigns({ ctx: ctxOf(request) })));

    app.post('/survey-campaigns', {
      schema: {
        tags: ['survey'], summary: '发起宣传摸底专项（生成走访名单：登记出租、租赁备案、数字吹哨预警、投诉举报）',
        body: NewSurveyCampaignBody, response: { 201: SurveyCampaign, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await createSurveyCampaign({ ctx: ctxOf(request), input: request.body }))));

    app.post('/survey-campaigns/:campaignId/refresh', {
      schema: { tags: ['survey'], summary: '按最新预警和投诉补充走访名单（已列入的不删除）', params: CampaignId, response: { 200: SurveyRefreshResult, ...errorResponses } },
    }, async (request) => refreshSurveyTargets({ ctx: ctxOf(request), input: request.params }));

    app.get('/survey-campaigns/:campaignId/targets', {
      schema: {
        tags: ['survey'], summary: '走访名单（辖区内：居委会看本居民区，物业看所管小区）', params: CampaignId, querystring: SurveyTargetQuery,
        response: { 200: Items(SurveyTarget), ...errorResponses },
      },
    }, async (request) => mutable(await listSurveyTargets({ ctx: ctxOf(request), input: { ...request.params, ...request.query } })));

    app.get('/survey-campaigns/:campaignId/progress', {
      schema: { tags: ['survey'], summary: '摸排进度（按居民区、按物业公司）', params: CampaignId, response: { 200: SurveyProgress, ...errorResponses } },
    }, async (request) => mutable(await getSurveyProgress({ ctx: ctxOf(request), input: request.params })));

    app.post('/survey-campaigns/:campaignId/visits', {
      schema: {
        tags: ['survey'], summary: '登记摸排走访（分隔使用情况、人员、送达《群租法律风险告知书》及照片）',
        params: CampaignId, body: SurveyVisitBody, response: { 201: SurveyVisit, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await recordSurveyVisit({ ctx: ctxOf(request), input: { ...request.body, campaignId: request.params.campaignId } }))));

    app.get('/survey-campaigns/:campaignId/master-list.xlsx', {
      schema: { tags: ['survey'], summary: '导出出租房屋和群租房屋总表（XLSX；人员信息脱敏；导出留痕）', params: CampaignId, response: fileResponses },
    }, async (request, reply) => sendFile(reply, await exportSurveyMasterList({ ctx: ctxOf(request), input: request.params })));
  };
}

// 疏堵结合: the referral-housing inventory, the referral records of a case
// and the period's offered / placed figures. Permissions, jurisdiction,
// checks and audit rows are the services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { CaseReferral, CaseReferralOutcomeBody, Day, Id, Items, NewCaseReferralBody, ReferralFiguresT, ReferralHousing, ReferralHousingBody } from '@sentinel/contract';
import {
  createReferralHousing, getReferralFigures, listCaseReferrals, listReferralHousing, recordCaseReferral, recordReferralOutcome, updateReferralHousingEntry,
} from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export function referralRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/referral-housing', {
      schema: { tags: ['referral'], summary: '疏导房源（本街道的公租房、宿舍型租赁住房等床位）', response: { 200: Items(ReferralHousing), ...errorResponses } },
    }, async (request) => mutable(await listReferralHousing({ ctx: ctxOf(request) })));

    app.post('/referral-housing', {
      schema: { tags: ['referral'], summary: '新增疏导房源', body: ReferralHousingBody, response: { 201: ReferralHousing, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(mutable(await createReferralHousing({ ctx: ctxOf(request), input: request.body }))));

    app.put('/referral-housing/:housingId', {
      schema: {
        tags: ['referral'], summary: '修改疏导房源（床位、租金、申请条件与途径、启用）', params: Type.Object({ housingId: Id({ minLength: 1 }) }),
        body: ReferralHousingBody, response: { 200: ReferralHousing, ...errorResponses },
      },
    }, async (request) => mutable(await updateReferralHousingEntry({ ctx: ctxOf(request), input: { ...request.body, housingId: request.params.housingId } })));

    app.get('/cases/:caseId/referrals', {
      schema: { tags: ['referral'], summary: '案件的疏导推荐记录（只记人数与用人单位）', params: Type.Object({ caseId: Id({ minLength: 1 }) }), response: { 200: Items(CaseReferral), ...errorResponses } },
    }, async (request) => mutable(await listCaseReferrals({ ctx: ctxOf(request), input: request.params })));

    app.post('/cases/:caseId/referrals', {
      schema: {
        tags: ['referral'], summary: '登记疏导推荐（用人单位、推荐人数、已入住、谢绝；入住占用房源空床位）', params: Type.Object({ caseId: Id({ minLength: 1 }) }),
        body: NewCaseReferralBody, response: { 201: CaseReferral, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await recordCaseReferral({ ctx: ctxOf(request), input: { ...request.body, caseId: request.params.caseId } }))));

    app.post('/case-referrals/:referralId/outcome', {
      schema: {
        tags: ['referral'], summary: '更新疏导结果（已入住、谢绝人数）', params: Type.Object({ referralId: Id({ minLength: 1 }) }),
        body: CaseReferralOutcomeBody, response: { 200: CaseReferral, ...errorResponses },
      },
    }, async (request) => mutable(await recordReferralOutcome({ ctx: ctxOf(request), input: { ...request.body, referralId: request.params.referralId } })));

    app.get('/referral-figures', {
      schema: {
        tags: ['referral'], summary: '疏堵结合数据：统计期内推荐、入住人数（辖区内）',
        querystring: Type.Object({ from: Day('统计期起'), to: Day('统计期止') }), response: { 200: ReferralFiguresT, ...errorResponses },
      },
    }, async (request) => getReferralFigures({ ctx: ctxOf(request), input: request.query }));
  };
}

// 人员分类与房东信用: landlords, sublessors, rental companies and brokers,
// their dwellings (a lead list), history and credit record (JSON and Excel),
// the parties of a dwelling for the house file, and the audited reveal.
// Permissions, jurisdiction, masking and audit rows are the services' business.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import {
  HouseRentalParty, Id, Items, NewRentalPartyBody, RentalPartyFile, RentalPartyLinkBody, RentalPartyQuery, RentalPartySummary, RevealBody, RevealedRentalParty,
} from '@sentinel/contract';
import { createRentalParty, exportCreditRecord, getRentalPartyFile, linkRentalParty, listRentalParties, rentalPartiesOfHouse, revealRentalParty } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { sendFile } from '../reply.ts';
import { errorResponses, fileResponses, mutable } from '../schemas.ts';

const PartyParams = Type.Object({ partyId: Id({ minLength: 1 }) });
const CreatedRentalParty = Type.Object({ ...RentalPartySummary.properties, existing: Type.Boolean({ description: 'true = 同一电话或统一社会信用代码的当事人已登记，本次只关联房屋' }) });

export function rentalPartyRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ctxOf = (request: Parameters<typeof serviceContext>[0]) => serviceContext(request, db, now);

    app.get('/rental-parties', {
      schema: { tags: ['rental-parties'], summary: '房东、二房东、租赁企业、经纪机构（辖区内房屋的，信用分低者在前；个人脱敏）', querystring: RentalPartyQuery, response: { 200: Items(RentalPartySummary), ...errorResponses } },
    }, async (request) => mutable(await listRentalParties({ ctx: ctxOf(request), input: request.query })));

    app.post('/rental-parties', {
      schema: {
        tags: ['rental-parties'], summary: '登记当事人及其关联的第一处房屋（同一电话或信用代码视为同一当事人，只增加关联）',
        body: NewRentalPartyBody, response: { 201: CreatedRentalParty, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await createRentalParty({ ctx: ctxOf(request), input: request.body }))));

    app.get('/rental-parties/:partyId', {
      schema: { tags: ['rental-parties'], summary: '当事人档案：辖区内房屋（线索清单）、历史、信用记录（查看留痕）', params: PartyParams, response: { 200: RentalPartyFile, ...errorResponses } },
    }, async (request) => mutable(await getRentalPartyFile({ ctx: ctxOf(request), input: request.params })));

    app.post('/rental-parties/:partyId/links', {
      schema: { tags: ['rental-parties'], summary: '关联一处房屋（辖区内）', params: PartyParams, body: RentalPartyLinkBody, response: { 200: RentalPartySummary, ...errorResponses } },
    }, async (request) => mutable(await linkRentalParty({ ctx: ctxOf(request), input: { ...request.body, partyId: request.params.partyId } })));

    app.post('/rental-parties/:partyId/reveal', {
      schema: { tags: ['rental-parties'], summary: '查看个人当事人的未脱敏信息（须填写目的，记入审计日志）', params: PartyParams, body: RevealBody, response: { 200: RevealedRentalParty, ...errorResponses } },
    }, async (request) => revealRentalParty({ ctx: ctxOf(request), input: { ...request.body, partyId: request.params.partyId } }));

    app.get('/rental-parties/:partyId/credit.xlsx', {
      schema: { tags: ['rental-parties'], summary: '信用记录（Excel：每条记录的证据与失效日期；个人脱敏，导出留痕）', params: PartyParams, response: fileResponses },
    }, async (request, reply) => sendFile(reply, await exportCreditRecord({ ctx: ctxOf(request), input: request.params })));

    app.get('/houses/:houseId/rental-parties', {
      schema: { tags: ['rental-parties'], summary: '本房屋的房东、二房东、租赁企业、经纪机构，及其在辖区内的其他房屋', params: Type.Object({ houseId: Id({ minLength: 1 }) }), response: { 200: Items(HouseRentalParty), ...errorResponses } },
    }, async (request) => mutable(await rentalPartiesOfHouse({ ctx: ctxOf(request), input: request.params })));
  };
}

// 组织机构 (the organisation directory) and 批量派单.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { BatchDispatchBody, BatchDispatchResult, DirectoryPlace, Id, Items, NewOrgUnitBody, OrgUnit, OrgUnitPatchBody, OrgUnitQuery, UnitMember } from '@sentinel/contract';
import { batchDispatch, createOrgUnit, listDirectoryPlaces, listOrgUnitMembers, listOrgUnitsFor, updateOrgUnitFor } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

const UnitId = Type.Object({ unitId: Id({ minLength: 1 }) });

export function directoryRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/directory/units', {
      schema: { tags: ['directory'], summary: '组织机构：本街道的单位（可按房屋、可派单筛选）', querystring: OrgUnitQuery, response: { 200: Items(OrgUnit), ...errorResponses } },
    }, async (request) => ({ items: mutable(await listOrgUnitsFor({ ctx: serviceContext(request, db, now), input: request.query })) }));

    app.get('/directory/places', {
      schema: { tags: ['directory'], summary: '本街道的居民区及其小区（来自房屋登记）', response: { 200: Items(DirectoryPlace), ...errorResponses } },
    }, async (request) => ({ items: mutable(await listDirectoryPlaces({ ctx: serviceContext(request, db, now) })) }));

    app.post('/directory/units', {
      schema: { tags: ['directory'], summary: '新增单位（系统管理员）', body: NewOrgUnitBody, response: { 201: OrgUnit, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(mutable(await createOrgUnit({ ctx: serviceContext(request, db, now), input: request.body }))));

    app.patch('/directory/units/:unitId', {
      schema: { tags: ['directory'], summary: '修改、停用或启用单位（系统管理员；改名时该单位账号随之改名）', params: UnitId, body: OrgUnitPatchBody, response: { 200: OrgUnit, ...errorResponses } },
    }, async (request) => mutable(await updateOrgUnitFor({ ctx: serviceContext(request, db, now), input: { unitId: request.params.unitId, patch: request.body } })));

    app.get('/directory/units/:unitId/members', {
      schema: { tags: ['directory'], summary: '单位的人员（在用账号），派单时可指定承办人', params: UnitId, response: { 200: Items(UnitMember), ...errorResponses } },
    }, async (request) => ({ items: mutable(await listOrgUnitMembers({ ctx: serviceContext(request, db, now), input: { unitId: request.params.unitId } })) }));

    app.post('/cases/dispatch-batch', {
      schema: {
        tags: ['cases'], summary: '批量派单：预警先立案再派单，案件直接派单；逐条办理，逐条返回结果',
        body: BatchDispatchBody, response: { 200: BatchDispatchResult, ...errorResponses },
      },
    }, async (request) => mutable(await batchDispatch({ ctx: serviceContext(request, db, now), input: request.body })));
  };
}

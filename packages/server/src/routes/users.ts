// User administration (系统管理员).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/services';
import { AuditEntry, AuditQuery, Items, NewUserBody, ResetPasswordBody, UserAdmin } from '@sentinel/contract';
import { createUser, deactivateUser, exportAuditEntries, listAuditEntries, listUsers, reactivateUser, resetUserPassword } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, fileResponses, mutable } from '../schemas.ts';
import { sendFile } from '../reply.ts';

export function userRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['users'], summary: '用户列表（系统管理员）', response: { 200: Items(UserAdmin), ...errorResponses } },
    }, async (request) => ({ items: mutable(await listUsers({ ctx: serviceContext(request, db, now) })) }));

    app.get('/audit', {
      schema: {
        tags: ['users'], summary: '审计日志（谁、何时、查看了什么、目的）',
        querystring: AuditQuery,
        response: { 200: Items(AuditEntry), ...errorResponses },
      },
    }, async (request) => ({ items: mutable(await listAuditEntries({ ctx: serviceContext(request, db, now), input: request.query })) }));

    app.get('/audit/export.xlsx', {
      schema: {
        tags: ['users'], summary: '审计日志导出 Excel（与列表相同的筛选；导出本身记入审计日志）',
        querystring: Type.Omit(AuditQuery, ['limit']),
        response: fileResponses,
      },
    }, async (request, reply) => sendFile(reply, await exportAuditEntries({ ctx: serviceContext(request, db, now), input: request.query })));

    app.post('/', {
      schema: { tags: ['users'], summary: '新建用户（系统管理员）', body: NewUserBody, response: { 201: UserAdmin, ...errorResponses } },
    }, async (request, reply) => reply.status(201).send(mutable(await createUser({ ctx: serviceContext(request, db, now), input: request.body }))));

    const UserId = Type.Object({ id: Type.String({ maxLength: 64, description: '用户 ID' }) });

    app.post('/:id/password', {
      schema: {
        tags: ['users'], summary: '重置用户密码（系统管理员；解除锁定，该用户全部会话退出）',
        params: UserId, body: ResetPasswordBody, response: { 200: UserAdmin, ...errorResponses },
      },
    }, async (request) => mutable(await resetUserPassword({ ctx: serviceContext(request, db, now), input: { userId: request.params.id, ...request.body } })));

    app.post('/:id/deactivate', {
      schema: {
        tags: ['users'], summary: '停用用户（系统管理员；不能停用自己或最后一个启用的管理员；该用户全部会话立即失效）',
        params: UserId, response: { 200: UserAdmin, ...errorResponses },
      },
    }, async (request) => mutable(await deactivateUser({ ctx: serviceContext(request, db, now), input: { userId: request.params.id } })));

    app.post('/:id/reactivate', {
      schema: { tags: ['users'], summary: '启用已停用的用户（系统管理员）', params: UserId, response: { 200: UserAdmin, ...errorResponses } },
    }, async (request) => mutable(await reactivateUser({ ctx: serviceContext(request, db, now), input: { userId: request.params.id } })));
  };
}

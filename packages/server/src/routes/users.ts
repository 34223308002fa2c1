// User administration (系统管理员).
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@sentinel/db';
import { createUser, listAuditEntries, listUsers } from '@sentinel/services';
import { serviceContext } from '../plugins/auth.ts';
import { errorResponses, JurisdictionT, mutable, RoleT, UserAdminT } from './loop-schemas.ts';

export function userRoutes(db: Database, now: () => number): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/', {
      schema: { tags: ['users'], summary: '用户列表（系统管理员）', response: { 200: Type.Object({ items: Type.Array(UserAdminT) }), ...errorResponses } },
    }, async (request) => ({ items: mutable(await listUsers({ ctx: serviceContext(request, db, now) })) }));

    app.get('/audit', {
      schema: {
        tags: ['users'], summary: '审计日志（谁、何时、查看了什么、目的）',
        querystring: Type.Object({
          targetKind: Type.Optional(Type.String()), targetId: Type.Optional(Type.String()), actorId: Type.Optional(Type.String()),
          limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({
              id: Type.Integer(), at: Type.String({ format: 'date-time' }), actorId: Type.String(), actorRole: RoleT, action: Type.String(),
              targetKind: Type.String(), targetId: Type.String(), purpose: Type.Union([Type.String(), Type.Null()]), detail: Type.Record(Type.String(), Type.Unknown()),
            })),
          }),
          ...errorResponses,
        },
      },
    }, async (request) => ({ items: mutable(await listAuditEntries({ ctx: serviceContext(request, db, now), input: request.query })) }));

    app.post('/', {
      schema: {
        tags: ['users'], summary: '新建用户（系统管理员）',
        body: Type.Object({
          username: Type.String(), displayName: Type.String(), role: RoleT, unitName: Type.String(), jurisdiction: JurisdictionT,
          password: Type.String({ minLength: 10 }),
        }),
        response: { 201: UserAdminT, ...errorResponses },
      },
    }, async (request, reply) => reply.status(201).send(mutable(await createUser({ ctx: serviceContext(request, db, now), input: request.body }))));
  };
}

// Sign in / out and "who am I". Login is rate-limited per address (a coarse
// flood guard) on top of the services' throttle per name, per address and per
// name from an address, with growing delays and never a lockout.
import { Type } from '@sinclair/typebox';
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { ChangePasswordBody, LoginBody, Session } from '@sentinel/contract';
import { ServiceError, changeOwnPassword, login, logout, permissionsOf, type Database } from '@sentinel/services';
import { CSRF_COOKIE, SESSION_COOKIE, cookieOptions, serviceContext } from '../plugins/auth.ts';
import { errorResponses, mutable } from '../schemas.ts';

export interface AuthRouteOptions { db: Database; now: () => number; secureCookies: boolean; loginPerMinute: number }

/** A throttled attempt says when to come back (Retry-After), then fails as it would. */
function withRetryAfter(reply: FastifyReply, err: unknown): never {
  const seconds = err instanceof ServiceError && err.code === 'auth.throttled' ? err.details?.retryAfterSeconds : undefined;
  if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
  throw err;
}

export function authRoutes(o: AuthRouteOptions): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(rateLimit, { global: false });
    app.post('/login', {
      config: { rateLimit: { max: o.loginPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'], summary: '登录（成功后设置 HTTP-only 会话 Cookie）',
        body: LoginBody,
        response: { 200: Session, 429: { $ref: 'ErrorBody#' }, ...errorResponses },
      },
    }, async (request, reply) => {
      const grant = await login({ ctx: { db: o.db, now: o.now }, input: { ...request.body, address: request.ip } }).catch((err: unknown) => withRetryAfter(reply, err));
      reply.setCookie(SESSION_COOKIE, grant.token, cookieOptions(o.secureCookies, grant.expiresAt, true));
      reply.setCookie(CSRF_COOKIE, grant.csrfToken, cookieOptions(o.secureCookies, grant.expiresAt, false));
      return { user: mutable(grant.user), permissions: permissionsOf(grant.user.role), csrfToken: grant.csrfToken, expiresAt: grant.expiresAt.toISOString(), mustChangePassword: grant.mustChangePassword };
    });

    app.post('/logout', {
      schema: { tags: ['auth'], summary: '退出登录', response: { 204: Type.Null(), ...errorResponses } },
    }, async (request, reply) => {
      if (request.sessionToken) await logout({ ctx: { db: o.db, now: o.now }, input: { token: request.sessionToken } });
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.get('/me', {
      schema: { tags: ['auth'], summary: '当前用户、权限与 CSRF 令牌', response: { 200: Session, ...errorResponses } },
    }, async (request) => {
      const ctx = serviceContext(request, o.db, o.now);
      const s = request.session as NonNullable<typeof request.session>;
      return { user: mutable(ctx.user), permissions: permissionsOf(ctx.user.role), csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString(), mustChangePassword: s.mustChangePassword };
    });

    app.post('/password', {
      schema: {
        tags: ['auth'], summary: '修改自己的密码（须输入当前密码；成功后本人其他会话全部退出，当前会话保留）',
        body: ChangePasswordBody,
        response: { 200: Type.Object({ revokedSessions: Type.Integer({ minimum: 0, description: '被退出的其他会话数' }) }), 429: { $ref: 'ErrorBody#' }, ...errorResponses },
      },
    }, async (request, reply) => {
      const ctx = serviceContext(request, o.db, o.now);
      return changeOwnPassword({ ctx, input: { ...request.body, keepSessionToken: request.sessionToken ?? undefined } }).catch((err: unknown) => withRetryAfter(reply, err));
    });
  };
}

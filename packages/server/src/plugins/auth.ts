// Sessions, CSRF and the login rate limit, for the whole app.
// - The session token lives in an HTTP-only, SameSite=Strict cookie.
// - State-changing requests (POST/PUT/PATCH/DELETE) of a signed-in user must
//   carry the session's CSRF token in the X-CSRF-Token header (the login
//   answer gives it, and a readable cookie holds it for the web app).
// - Routes get their ServiceContext from serviceContext(request); without a
//   session it throws auth.not_authenticated (401).
// - After an administrator reset a password ("must change at next sign-in"),
//   the session may only read who it is, change the password or sign out:
//   every other API call answers 403 auth.password_change_required, so the
//   rule holds for API clients too, not only in the web app's dialog.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '@sentinel/db';
import { csrfMatches, notAuthenticated, resolveSession, ServiceError, type ResolvedSession, type ServiceContext } from '@sentinel/services';

export const SESSION_COOKIE = 'sentinel_session';
export const CSRF_COOKIE = 'sentinel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
    sessionToken: string | null;
  }
}

export interface AuthOptions {
  readonly db: Database;
  readonly now: () => number;
  /** Secure cookies (HTTPS only); off for plain-HTTP local runs and tests. */
  readonly secureCookies: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a session that must change its password may still call. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);
/** The only state-changing calls made without a session. */
const ANONYMOUS_ROUTES = new Set(['/api/auth/login', '/api/auth/logout']);

export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession({ ctx: { db: options.db, now: options.now }, input: { token } }) : null;
    if (!session) {
      // A state-changing API call without a session is 401 before its body is parsed or validated:
      // the answer must not depend on (or describe) the body of someone not signed in (issue #13).
      if (UNSAFE.has(request.method) && request.url.startsWith('/api/') && !ANONYMOUS_ROUTES.has(request.url.split('?')[0])) throw notAuthenticated();
      return;
    }
    request.session = session;
    request.sessionToken = token ?? null;
    if (UNSAFE.has(request.method) && !csrfMatches(session.csrfToken, headerValue(request.headers[CSRF_HEADER]))) {
      throw new ServiceError('auth.csrf', '缺少或错误的 CSRF 令牌，请刷新页面后重试。');
    }
    const path = request.url.split('?')[0];
    if (session.mustChangePassword && path.startsWith('/api/') && !PASSWORD_CHANGE_ROUTES.has(path)) {
      throw new ServiceError('auth.password_change_required', '管理员已重置您的密码，请先修改密码。');
    }
  });
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export function cookieOptions(secure: boolean, expires: Date, httpOnly: boolean) {
  return { path: '/', httpOnly, sameSite: 'strict' as const, secure, expires };
}

/** The acting user's context for a service call; 401 without a session. */
export function serviceContext(request: FastifyRequest, db: Database, now: () => number): ServiceContext {
  if (!request.session) throw notAuthenticated();
  return { db, user: request.session.user, now };
}

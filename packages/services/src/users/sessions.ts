// Sign-in, sessions and sign-out. The session token goes to the browser in
// an HTTP-only cookie; the database keeps only its SHA-256. Each session has
// a CSRF token the browser must echo on state-changing requests.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  appendAudit, deleteSession, findLiveSession, findUserByUsername, insertSession, updateUserAccount, type Database,
} from '@sentinel/db';
import type { CurrentUser } from '../context.ts';
import { accountDeactivated, invalidCredentials, loginThrottled } from '../errors.ts';
import { loadCurrentUser } from './current-user.ts';
import { loginThrottleOf, type LoginThrottle } from './login-throttle.ts';
import { decoyHash, verifyPassword } from './password.ts';

export const SESSION_TTL_MS = 12 * 3600_000;

/** What operations without a signed-in user need. */
export interface AnonymousContext {
  readonly db: Database;
  readonly now: () => number;
}

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  /** The client's address (throttled per address and per name from it); default 'unknown'. */
  readonly address?: string;
}

export interface SessionGrant {
  /** Goes into the HTTP-only cookie; never stored. */
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly user: CurrentUser;
  /** The password was reset by an administrator: the web asks for a new one before anything else. */
  readonly mustChangePassword: boolean;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An anonymous attempt's audit row: the name typed (bounded) is the target; never the password. */
function attemptAudit(at: Date, action: string, username: string, detail: Record<string, unknown>) {
  return { at, actorId: null, actorRole: null, action, targetKind: 'login_name', targetId: username.slice(0, 64), detail };
}

/**
 * Signs in. Unknown names and wrong passwords get the same answer, take the
 * same time and count toward the same throttle (login-throttle.ts), so the
 * answer never tells whether a name exists; every failure and every
 * throttled attempt is audited.
 */
export async function login({ ctx, input, throttle = loginThrottleOf(ctx.db) }: { ctx: AnonymousContext; input: LoginInput; throttle?: LoginThrottle }): Promise<SessionGrant> {
  const now = new Date(ctx.now());
  const username = input.username.trim();
  const address = input.address ?? 'unknown';
  const refusal = throttle.check(username, address, now.getTime());
  if (refusal) {
    const retryAfterSeconds = Math.ceil(refusal.retryAfterMs / 1000);
    await appendAudit(ctx.db, attemptAudit(now, 'auth.login_throttled', username, { address, lane: refusal.kind, retryAfterSeconds }));
    throw loginThrottled(retryAfterSeconds);
  }
  const row = await findUserByUsername(ctx.db, username);
  // An unknown name is checked against a decoy hash: the same time as a real check.
  const passwordOk = await verifyPassword(row?.passwordHash ?? (await decoyHash()), input.password);
  if (!row || !passwordOk) {
    throttle.fail(username, address, now.getTime());
    await appendAudit(ctx.db, attemptAudit(now, 'auth.login_failed', username, { address, userId: row?.id ?? null }));
    throw invalidCredentials();
  }
  throttle.succeed(username, address);
  // Only someone who knows the password learns that the account exists and is deactivated.
  if (!row.active) throw accountDeactivated();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    if (row.failedLogins !== 0 || row.lockedUntil) await updateUserAccount(tx, row.id, { failedLogins: 0, lockedUntil: null });
    await insertSession(tx, { tokenHash: hashToken(token), userId: row.id, csrfToken, createdAt: now, expiresAt });
    await appendAudit(tx, { at: now, actorId: row.id, actorRole: row.role, action: 'auth.login', targetKind: 'user', targetId: row.id, detail: { address } });
  });
  return { token, csrfToken, expiresAt, user: await loadCurrentUser(ctx.db, row), mustChangePassword: row.mustChangePassword };
}

export interface ResolvedSession {
  readonly user: CurrentUser;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly mustChangePassword: boolean;
}

/** The user behind a session token, or null when unknown, expired or deactivated. */
export async function resolveSession({ ctx, input }: { ctx: AnonymousContext; input: { token: string } }): Promise<ResolvedSession | null> {
  if (input.token === '') return null;
  const found = await findLiveSession(ctx.db, hashToken(input.token), new Date(ctx.now()));
  if (!found) return null;
  return { user: await loadCurrentUser(ctx.db, found.user), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt, mustChangePassword: found.user.mustChangePassword };
}

export async function logout({ ctx, input }: { ctx: AnonymousContext; input: { token: string } }): Promise<void> {
  await deleteSession(ctx.db, hashToken(input.token));
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

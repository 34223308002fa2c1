// Sign-in, sessions and sign-out. The session token goes to the browser in
// an HTTP-only cookie; the database keeps only its SHA-256. Each session has
// a CSRF token the browser must echo on state-changing requests.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  appendAudit, deleteSession, findLiveSession, findUserByUsername, insertSession, recordFailedLogin, resetFailedLogins, type Database,
} from '@sentinel/db';
import type { CurrentUser } from '../context.ts';
import { accountDeactivated, accountLocked, invalidCredentials } from '../errors.ts';
import { toCurrentUser } from './current-user.ts';
import { decoyHash, verifyPassword } from './password.ts';

export const SESSION_TTL_MS = 12 * 3600_000;
/** Consecutive failures before the account is locked, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_DURATION_MS = 15 * 60_000;

/** What operations without a signed-in user need. */
export interface AnonymousContext {
  readonly db: Database;
  readonly now: () => number;
}

export interface LoginInput {
  readonly username: string;
  readonly password: string;
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

export async function login({ ctx, input }: { ctx: AnonymousContext; input: LoginInput }): Promise<SessionGrant> {
  const now = new Date(ctx.now());
  const row = await findUserByUsername(ctx.db, input.username.trim());
  if (!row) {
    await verifyPassword(await decoyHash(), input.password); // same time as a real check
    throw invalidCredentials();
  }
  if (row.lockedUntil && row.lockedUntil > now) throw accountLocked(row.lockedUntil);
  if (!(await verifyPassword(row.passwordHash, input.password))) {
    await countFailedPassword(ctx.db, row.id, now);
    throw invalidCredentials();
  }
  // Only someone who knows the password learns that the account exists and is deactivated.
  if (!row.active) throw accountDeactivated();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    await resetFailedLogins(tx, row.id);
    await insertSession(tx, { tokenHash: hashToken(token), userId: row.id, csrfToken, createdAt: now, expiresAt });
    await appendAudit(tx, { at: now, actorId: row.id, actorRole: row.role, action: 'auth.login', targetKind: 'user', targetId: row.id, detail: {} });
  });
  return { token, csrfToken, expiresAt, user: toCurrentUser(row), mustChangePassword: row.mustChangePassword };
}

/**
 * Counts a wrong password (at login or when changing one's own) toward the
 * lockout; throws auth.locked when this failure locks the account.
 */
export async function countFailedPassword(db: Database, userId: string, now: Date): Promise<void> {
  const after = await recordFailedLogin(db, userId, LOCK_AFTER_FAILURES, new Date(now.getTime() + LOCK_DURATION_MS));
  if (after.lockedUntil && after.lockedUntil > now) throw accountLocked(after.lockedUntil);
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
  return { user: toCurrentUser(found.user), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt, mustChangePassword: found.user.mustChangePassword };
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

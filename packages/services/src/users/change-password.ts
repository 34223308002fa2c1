// A signed-in user changes their own password. The current password is asked
// again (a session left open on a shared office computer must not be enough),
// and a wrong one is throttled like a failed sign-in (login-throttle.ts). On
// success every other session of the user ends: whoever might know the old
// password is signed out everywhere but here.
import { deleteSessionsOfUser, findUserById, updateUserAccount } from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, loginThrottled, notAuthenticated, wrongCurrentPassword } from '../errors.ts';
import { loginThrottleOf } from './login-throttle.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { hashToken } from './sessions.ts';

export interface ChangeOwnPasswordInput {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session making the request, which stays signed in; without it every session ends. */
  readonly keepSessionToken?: string;
}

export interface PasswordChangeResult {
  /** How many other sessions were signed out. */
  readonly revokedSessions: number;
}

export async function changeOwnPassword({ ctx, input }: { ctx: ServiceContext; input: ChangeOwnPasswordInput }): Promise<PasswordChangeResult> {
  const now = new Date(ctx.now());
  const weak = passwordProblem(input.newPassword);
  if (weak) throw invalidInput(`新${weak}。`);
  const row = await findUserById(ctx.db, ctx.user.id);
  if (!row || !row.active) throw notAuthenticated();
  // The user's own lane: a signed-in user's wrong guesses slow only that user.
  const lane = `user:${row.id}`;
  const throttle = loginThrottleOf(ctx.db);
  const refusal = throttle.check(row.username, lane, now.getTime());
  if (refusal) {
    const retryAfterSeconds = Math.ceil(refusal.retryAfterMs / 1000);
    await recordAudit(ctx.db, ctx, { action: 'user.password_change_throttled', targetKind: 'user', targetId: row.id, detail: { retryAfterSeconds } });
    throw loginThrottled(retryAfterSeconds);
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throttle.fail(row.username, lane, now.getTime());
    await recordAudit(ctx.db, ctx, { action: 'user.password_change_failed', targetKind: 'user', targetId: row.id, detail: {} });
    throw wrongCurrentPassword();
  }
  throttle.succeed(row.username, lane);
  if (input.newPassword === input.currentPassword) throw invalidInput('新密码不能与当前密码相同。');
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await updateUserAccount(tx, row.id, { passwordHash, passwordChangedAt: now, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
    const keep = input.keepSessionToken ? hashToken(input.keepSessionToken) : undefined;
    const revokedSessions = await deleteSessionsOfUser(tx, row.id, keep);
    // Never the password, old or new: only that it changed and what it ended.
    await recordAudit(tx, ctx, { action: 'user.password_change', targetKind: 'user', targetId: row.id, detail: { revokedSessions } });
    return { revokedSessions };
  });
}

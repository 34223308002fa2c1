// A signed-in user changes their own password. The current password is asked
// again (a session left open on a shared office computer must not be enough),
// and a wrong one counts toward the same lockout as a failed sign-in. On
// success every other session of the user ends: whoever might know the old
// password is signed out everywhere but here.
import { deleteSessionsOfUser, findUserById, updateUserAccount } from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { accountLocked, invalidInput, notAuthenticated, wrongCurrentPassword } from '../errors.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { countFailedPassword, hashToken } from './sessions.ts';

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
  if (row.lockedUntil && row.lockedUntil > now) throw accountLocked(row.lockedUntil);
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await countFailedPassword(ctx.db, row.id, now);
    throw wrongCurrentPassword();
  }
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

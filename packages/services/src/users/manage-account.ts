// What an administrator does to an existing account: reset its password,
// deactivate it (停用) and reactivate it (启用). Users are never deleted: case
// events and audit rows keep naming them. Each change signs the user out
// everywhere (their sessions are deleted, as logout does), so an old cookie
// answers 401 at the very next request.
import { deleteSessionsOfUser, findUserById, lockActiveAdmins, updateUserAccount, type SqlSession, type UserRow } from '@sentinel/db';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { conflict, invalidInput, notFound } from '../errors.ts';
import { toUserView, type UserView } from './current-user.ts';
import { loginThrottleOf } from './login-throttle.ts';
import { hashPassword, passwordProblem } from './password.ts';

export interface ResetPasswordInput {
  readonly userId: string;
  readonly newPassword: string;
  /** Force a change at the next sign-in (default): the administrator should not keep knowing it. */
  readonly mustChangePassword?: boolean;
}

async function targetOf(tx: SqlSession, userId: string): Promise<UserRow> {
  const row = await findUserById(tx, userId);
  if (!row) throw notFound(`用户 ${userId}`);
  return row;
}

/** Sets a new password, clears the sign-in throttle of the name and signs the user out everywhere. */
export async function resetUserPassword({ ctx, input }: { ctx: ServiceContext; input: ResetPasswordInput }): Promise<UserView> {
  requirePermission(ctx, 'user.manage');
  // Resetting one's own would also end the session doing it; the user menu's 修改密码 is the way.
  if (input.userId === ctx.user.id) throw conflict('user.self_reset', '不能重置自己的密码，请使用“修改密码”。');
  const weak = passwordProblem(input.newPassword);
  if (weak) throw invalidInput(`${weak}。`);
  const passwordHash = await hashPassword(input.newPassword);
  const mustChangePassword = input.mustChangePassword ?? true;
  const view = await ctx.db.transaction(async (tx) => {
    const target = await targetOf(tx, input.userId);
    const row = await updateUserAccount(tx, target.id, {
      passwordHash, passwordChangedAt: new Date(ctx.now()), mustChangePassword, failedLogins: 0, lockedUntil: null,
    });
    const revokedSessions = await deleteSessionsOfUser(tx, target.id);
    await recordAudit(tx, ctx, { action: 'user.password_reset', targetKind: 'user', targetId: target.id, detail: { username: target.username, mustChangePassword, revokedSessions } });
    return toUserView(row);
  });
  // Whoever guessed at the old password has nothing left to guess: the user starts with a clean slate.
  loginThrottleOf(ctx.db).forgetName(view.username);
  return view;
}

/**
 * Deactivates an account and ends its sessions. Refused for oneself and for
 * the last active administrator (nobody could manage users any more).
 * Deactivating an inactive account changes nothing.
 */
export async function deactivateUser({ ctx, input }: { ctx: ServiceContext; input: { userId: string } }): Promise<UserView> {
  requirePermission(ctx, 'user.manage');
  if (input.userId === ctx.user.id) throw conflict('user.self_deactivation', '不能停用自己的账号。');
  return ctx.db.transaction(async (tx) => {
    const target = await targetOf(tx, input.userId);
    if (!target.active) return toUserView(target);
    if (target.role === 'admin') {
      const admins = await lockActiveAdmins(tx);
      if (admins.filter((id) => id !== target.id).length === 0) {
        throw conflict('user.last_admin', '不能停用最后一个启用的系统管理员。');
      }
    }
    const row = await updateUserAccount(tx, target.id, { active: false, deactivatedAt: new Date(ctx.now()), deactivatedBy: ctx.user.id });
    const revokedSessions = await deleteSessionsOfUser(tx, target.id);
    await recordAudit(tx, ctx, { action: 'user.deactivate', targetKind: 'user', targetId: target.id, detail: { username: target.username, revokedSessions } });
    return toUserView(row);
  });
}

/** Lets a deactivated user sign in again (with the password they had; reset it if needed). */
export async function reactivateUser({ ctx, input }: { ctx: ServiceContext; input: { userId: string } }): Promise<UserView> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction(async (tx) => {
    const target = await targetOf(tx, input.userId);
    if (target.active) return toUserView(target);
    const row = await updateUserAccount(tx, target.id, { active: true, deactivatedAt: null, deactivatedBy: null, failedLogins: 0, lockedUntil: null });
    await recordAudit(tx, ctx, { action: 'user.reactivate', targetKind: 'user', targetId: target.id, detail: { username: target.username } });
    return toUserView(row);
  });
}

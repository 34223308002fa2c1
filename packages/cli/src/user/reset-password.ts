// `sentinel user reset-password`: recovery when an administrator forgot the
// password or every administrator is locked out. The same reset as an
// administrator's: the lockout is cleared, every session ends and a new
// password must be chosen at the next sign-in. A deactivated account stays
// deactivated: reactivating it remains an administrator's decision.
import { findUserByUsername } from '@sentinel/db';
import { openConfiguredDatabase } from '../configured.ts';
import { passwordProblem, resetPasswordFromConsole } from '@sentinel/services';
import { parseOptions, UsageError } from '../args.ts';
import { problemAsUsage } from './field-options.ts';
import { readNewPassword, type PasswordSource } from './read-password.ts';
import { databaseLine } from './describe.ts';

export const RESET_USAGE =
  '用法 usage: sentinel user reset-password --username <用户名>\n' +
  '  密码 password: 环境变量 SENTINEL_PASSWORD，或在终端中按提示输入两次（不回显）';

export async function resetPasswordCommand(args: string[], passwords?: PasswordSource): Promise<number> {
  const opts = parseOptions(args, { username: { type: 'string' } });
  if (opts.username === undefined) throw new UsageError(`缺少参数 missing: --username\n${RESET_USAGE}`);
  const username = opts.username.trim();
  const db = await openConfiguredDatabase();
  try {
    process.stdout.write(`${databaseLine(db)}\n`);
    // Before asking for a password: is there such an account at all?
    if (!(await findUserByUsername(db, username))) throw new UsageError(`--username: 用户 ${username} 不存在。 (No such user.)`);
    const { password, origin } = await readNewPassword(passwords);
    const weak = passwordProblem(password);
    if (weak) throw problemAsUsage({ field: 'password', message: weak }, origin);
    const user = await resetPasswordFromConsole(db, { username, newPassword: password });
    process.stdout.write(
      `已重置 ${user.username}（${user.displayName}）的密码 password reset：账号锁定已解除，全部登录已退出，下次登录须修改密码。\n` +
      '已记入审计日志 audited: user.password_reset，操作者 actor: system\n',
    );
    if (!user.active) {
      process.stdout.write(
        '注意 note: 该账号已停用，重置密码不会启用它；请系统管理员在「用户管理」中启用。' +
        ' (The account is deactivated; an administrator must reactivate it.)\n',
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}

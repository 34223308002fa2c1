// `sentinel user create`: an account made from the server's console — above
// all the first administrator of a real deployment, whom nobody can create
// through the web (POST /api/users needs an administrator's session).
import { findUserByUsername, type Database } from '@sentinel/db';
import { openConfiguredDatabase } from '../configured.ts';
import { isDistrictRole, ROLE_LABELS } from '@sentinel/domain';
import { createUserFromConsole, newProfileProblem, passwordProblem, ServiceError, type CreateUserInput, type UserView } from '@sentinel/services';
import { parseOptions, UsageError } from '../args.ts';
import { parseList, problemAsUsage } from './field-options.ts';
import { readNewPassword, type PasswordSource } from './read-password.ts';
import { parseRole } from './role-option.ts';
import { describeScope, databaseLine } from './describe.ts';

export const CREATE_USAGE =
  '用法 usage: sentinel user create --username <用户名> --name <姓名> --role <角色> --unit <所属单位>\n' +
  '              [--subdistrict <街道>] [--neighborhood <居民区>] [--communities <小区,小区>] [--must-change]\n' +
  '              区级角色 district roles (district_office, district_enforcement): --district <区> instead of --subdistrict\n' +
  '  密码 password: 环境变量 SENTINEL_PASSWORD，或在终端中按提示输入两次（不回显）';

const REQUIRED = ['username', 'name', 'role', 'unit'] as const;

export async function createCommand(args: string[], passwords?: PasswordSource): Promise<number> {
  const opts = parseOptions(args, {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    subdistrict: { type: 'string' },
    neighborhood: { type: 'string' },
    communities: { type: 'string' },
    district: { type: 'string' },
    'must-change': { type: 'boolean', default: false },
  });
  const missing = REQUIRED.filter((k) => opts[k] === undefined).map((k) => `--${k}`);
  if (missing.length > 0) throw new UsageError(`缺少参数 missing: ${missing.join(' ')}\n${CREATE_USAGE}`);
  const role = parseRole(opts.role ?? '');
  const db = await openConfiguredDatabase();
  try {
    process.stdout.write(`${databaseLine(db)}\n`);
    const profile = {
      username: (opts.username ?? '').trim(),
      displayName: opts.name ?? '',
      role,
      unitName: opts.unit ?? '',
      jurisdiction: {
        // A district unit's scope is its district; the lone subdistrict is only a subdistrict unit's default.
        subdistrict: opts.subdistrict?.trim() ?? (isDistrictRole(role) ? null : await onlySubdistrict(db)),
        district: opts.district?.trim() || null,
        neighborhood: opts.neighborhood?.trim() || null,
        communities: parseList(opts.communities),
      },
    };
    // Everything but the password is checked before anyone is asked to type one.
    const problem = newProfileProblem(profile);
    if (problem) throw problemAsUsage(problem);
    if (await findUserByUsername(db, profile.username)) throw new UsageError(`--username: 用户名 ${profile.username} 已存在。 (User name taken.)`);
    const { password, origin } = await readNewPassword(passwords);
    const weak = passwordProblem(password);
    if (weak) throw problemAsUsage({ field: 'password', message: weak }, origin);
    const input: CreateUserInput = { ...profile, password, mustChangePassword: opts['must-change'] };
    const user = await createWithConflictNamed(db, input);
    process.stdout.write(
      `已创建用户 created: ${user.username}（${user.displayName}，${ROLE_LABELS[user.role]}，${user.unitName}，辖区 ${describeScope(user.jurisdiction)}）\n` +
      (user.mustChangePassword ? '首次登录须修改密码 must change the password at first sign-in\n' : '') +
      '已记入审计日志 audited: user.create，操作者 actor: system\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}

async function createWithConflictNamed(db: Database, input: CreateUserInput): Promise<UserView> {
  try {
    return await createUserFromConsole(db, input);
  } catch (err) {
    // Taken between the check above and the insert (the server created it meanwhile).
    if (err instanceof ServiceError && err.code === 'user.exists') throw new UsageError(`--username: ${err.message}`);
    throw err;
  }
}

/**
 * A subdistrict deployment usually holds one subdistrict: take it from the
 * house register. Before any import, or with several, it must be given.
 */
async function onlySubdistrict(db: Database): Promise<string> {
  const res = await db.query<{ subdistrict: string }>('SELECT DISTINCT subdistrict FROM houses ORDER BY 1 LIMIT 2');
  if (res.rows.length === 1) return res.rows[0].subdistrict;
  const why = res.rows.length === 0 ? '房屋底册为空' : '房屋底册中有多个街道';
  throw new UsageError(`--subdistrict: ${why}，请用 --subdistrict <街道> 指定辖区街道。 (Give the subdistrict.)`);
}

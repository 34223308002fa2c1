// Create a staff account (admin only). The jurisdiction must fit the role:
// a committee or grid worker has a neighbourhood, a property company its compounds.
import { findUserByUsername, insertUser, type SqlSession } from '@sentinel/db';
import { isRole, ROLE_LABELS, type Role } from '@sentinel/domain';
import { recordAudit } from '../audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import type { Jurisdiction, ServiceContext } from '../context.ts';
import { conflict, invalidInput } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { toUserView, type UserView } from './current-user.ts';

export interface CreateUserInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitName: string;
  readonly jurisdiction: Jurisdiction;
  readonly password: string;
}

const USERNAME = /^[a-z0-9_.-]{3,40}$/;
const NEIGHBOURHOOD_ROLES: readonly Role[] = ['committee', 'grid_worker'];

export function validateNewUser(input: CreateUserInput): string | null {
  if (!USERNAME.test(input.username.toLowerCase())) return '用户名须为 3-40 位小写字母、数字或 _ . -';
  if (!isRole(input.role)) return `未知角色 "${String(input.role)}"`;
  if (input.displayName.trim() === '' || input.unitName.trim() === '') return '姓名和所属单位不能为空';
  const weak = passwordProblem(input.password);
  if (weak) return weak;
  const j = input.jurisdiction;
  if (j.subdistrict.trim() === '') return '辖区街道不能为空';
  if (NEIGHBOURHOOD_ROLES.includes(input.role) && !j.neighborhood) return `${ROLE_LABELS[input.role]}须指定居民区`;
  if (input.role === 'property' && (!j.communities || j.communities.length === 0)) return '物业须指定所服务的小区';
  return null;
}

/** Inserts the user without a permission check: for seeding only. */
export async function insertNewUser(tx: SqlSession, input: CreateUserInput, demo: boolean): Promise<UserView> {
  const problem = validateNewUser(input);
  if (problem) throw invalidInput(`${problem}。 (Invalid user.)`);
  if (await findUserByUsername(tx, input.username)) throw conflict('user.exists', `用户名 ${input.username} 已存在。 (User name taken.)`);
  const row = await insertUser(tx, {
    id: newId('usr'),
    username: input.username.toLowerCase(),
    displayName: input.displayName.trim(),
    role: input.role,
    unitName: input.unitName.trim(),
    scopeSubdistrict: input.jurisdiction.subdistrict,
    scopeNeighborhood: input.jurisdiction.neighborhood,
    scopeCommunities: input.jurisdiction.communities ? [...input.jurisdiction.communities] : null,
    passwordHash: await hashPassword(input.password),
    demo,
  });
  return toUserView(row);
}

export async function createUser({ ctx, input }: { ctx: ServiceContext; input: CreateUserInput }): Promise<UserView> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction(async (tx) => {
    const user = await insertNewUser(tx, input, false);
    await recordAudit(tx, ctx, { action: 'user.create', targetKind: 'user', targetId: user.id, detail: { username: user.username, role: user.role } });
    return user;
  });
}

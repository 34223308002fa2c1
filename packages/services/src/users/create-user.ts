// Create a staff account (admin only). The jurisdiction must fit the role:
// a committee or grid worker has a neighbourhood, a property company its compounds.
import { districtExists, findUserByUsername, insertUser, type SqlSession } from '@sentinel/db';
import { isDistrictRole, isRole, ROLE_LABELS, type Role } from '@sentinel/domain';
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
  /** A district role names `district` (and no subdistrict); every other role a subdistrict. */
  readonly jurisdiction: Omit<Jurisdiction, 'districtSubdistricts'>;
  readonly password: string;
  /**
   * The user must choose a new password at the first sign-in. The route
   * (POST /api/users) defaults it to true: an administrator should not keep
   * knowing someone else's password. Here it defaults to false, for accounts
   * whose password was chosen by the person who will use it (the CLI's first
   * administrator, tests).
   */
  readonly mustChangePassword?: boolean;
}

/** Which field of a new account is wrong, so the web and the CLI can point at their own input. */
export type NewUserField = 'username' | 'role' | 'displayName' | 'unitName' | 'password' | 'subdistrict' | 'neighborhood' | 'communities' | 'district';

export interface NewUserProblem {
  readonly field: NewUserField;
  readonly message: string;
}

const USERNAME = /^[a-z0-9_.-]{3,40}$/;
const NEIGHBOURHOOD_ROLES: readonly Role[] = ['committee', 'grid_worker'];

/**
 * Everything about a new account except its password, so the CLI can refuse a
 * bad role before asking for a password. null = acceptable.
 */
export function newProfileProblem(input: Omit<CreateUserInput, 'password' | 'mustChangePassword'>): NewUserProblem | null {
  const bad = (field: NewUserField, message: string): NewUserProblem => ({ field, message });
  if (!USERNAME.test(input.username.toLowerCase())) return bad('username', '用户名须为 3-40 位小写字母、数字或 _ . -');
  if (!isRole(input.role)) return bad('role', `未知角色 "${String(input.role)}"`);
  if (input.displayName.trim() === '') return bad('displayName', '姓名不能为空');
  if (input.unitName.trim() === '') return bad('unitName', '所属单位不能为空');
  const j = input.jurisdiction;
  if (isDistrictRole(input.role)) {
    // A district unit oversees whole subdistricts: no narrower scope.
    if (!j.district?.trim()) return bad('district', `${ROLE_LABELS[input.role]}须指定所属区`);
    if (j.subdistrict?.trim()) return bad('subdistrict', `${ROLE_LABELS[input.role]}是区级单位，辖区为全区，不能指定街道`);
    if (j.neighborhood?.trim() || j.communities?.some((c) => c.trim() !== '')) return bad('neighborhood', `${ROLE_LABELS[input.role]}是区级单位，不能指定居民区或小区`);
    return null;
  }
  if (j.district?.trim()) return bad('district', `${ROLE_LABELS[input.role]}是街道单位，不能指定区（区级角色：区群租整治办、区城管执法局）`);
  if (!j.subdistrict?.trim()) return bad('subdistrict', '辖区街道不能为空');
  if (NEIGHBOURHOOD_ROLES.includes(input.role) && !j.neighborhood?.trim()) return bad('neighborhood', `${ROLE_LABELS[input.role]}须指定居民区`);
  if (input.role === 'property' && !j.communities?.some((c) => c.trim() !== '')) return bad('communities', '物业须指定所服务的小区');
  return null;
}

/** The one rule for a new account (API, web, CLI, seeding): the profile, then the password strength. */
export function newUserProblem(input: CreateUserInput): NewUserProblem | null {
  const weak = passwordProblem(input.password);
  return newProfileProblem(input) ?? (weak ? { field: 'password', message: weak } : null);
}

export function validateNewUser(input: CreateUserInput): string | null {
  return newUserProblem(input)?.message ?? null;
}

/**
 * The jurisdiction as stored: names trimmed, a blank neighbourhood is null
 * (the whole subdistrict), and no blank compound names. An empty list stays
 * empty (no compound) rather than becoming null (every compound): a property
 * company must never be widened to the whole area by a blank (issue #13:
 * `null` sent through the API used to be stored as "" and [""]).
 */
export function storedScope(j: CreateUserInput['jurisdiction']): { scopeSubdistrict: string | null; scopeDistrict: string | null; scopeNeighborhood: string | null; scopeCommunities: string[] | null } {
  const district = j.district?.trim() || null;
  if (district !== null) return { scopeSubdistrict: null, scopeDistrict: district, scopeNeighborhood: null, scopeCommunities: null };
  const communities = j.communities ? j.communities.map((c) => c.trim()).filter((c) => c !== '') : null;
  return { scopeSubdistrict: j.subdistrict?.trim() ?? null, scopeDistrict: null, scopeNeighborhood: j.neighborhood?.trim() || null, scopeCommunities: communities };
}

/** Inserts the user without a permission check: for seeding only. */
export async function insertNewUser(tx: SqlSession, input: CreateUserInput, demo: boolean): Promise<UserView> {
  const problem = validateNewUser(input);
  if (problem) throw invalidInput(`${problem}。`);
  if (await findUserByUsername(tx, input.username)) throw conflict('user.exists', `用户名 ${input.username} 已存在。`);
  const district = input.jurisdiction.district?.trim();
  if (district && !(await districtExists(tx, district))) {
    throw invalidInput(`区「${district}」不在房屋登记中：先导入带 district 列的房屋表，或用 sentinel district assign 把街道归入该区。（字段 district）`);
  }
  const row = await insertUser(tx, {
    id: newId('usr'),
    username: input.username.toLowerCase(),
    displayName: input.displayName.trim(),
    role: input.role,
    unitName: input.unitName.trim(),
    ...storedScope(input.jurisdiction),
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword ?? false,
    demo,
  });
  return toUserView(row);
}

export async function createUser({ ctx, input }: { ctx: ServiceContext; input: CreateUserInput }): Promise<UserView> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction(async (tx) => {
    const user = await insertNewUser(tx, input, false);
    await recordAudit(tx, ctx, {
      action: 'user.create', targetKind: 'user', targetId: user.id,
      detail: { username: user.username, role: user.role, mustChangePassword: user.mustChangePassword },
    });
    return user;
  });
}

// Users, their jurisdiction (辖区) and the session the sign-in answers.
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '@sentinel/domain';
import { DateTime, Day, Id, lit, NameText, Nullable, Text } from './kit.ts';
import { MAX_ITEMS, MAX_LABEL, MAX_NAME, MAX_PASSWORD, MIN_PASSWORD_LENGTH } from './limits.ts';

export const RoleT = lit(ROLES, '角色');

export const Jurisdiction = Type.Object({
  subdistrict: Nullable(Text(MAX_NAME, { description: '街道；区级用户为 null' })),
  district: Type.Optional(Nullable(Text(MAX_NAME, { description: '区：区级角色（区群租整治办、区城管执法局）必填，其辖区为本区全部街道；街道用户不填' }))),
  districtSubdistricts: Type.Optional(Type.Array(Text(MAX_NAME), { maxItems: MAX_ITEMS, description: '区级用户当前辖区内的街道（只读，由房屋登记得出）' })),
  neighborhood: Nullable(Text(MAX_NAME, { description: '居民区；null 表示全街道' })),
  communities: Nullable(Type.Array(Text(MAX_NAME), { maxItems: MAX_ITEMS, description: '小区（物业）；null 表示范围内全部' })),
});
export type Jurisdiction = Static<typeof Jurisdiction>;

export const User = Type.Object({
  id: Type.String(), username: Type.String(), displayName: Type.String(), role: RoleT, unitName: Type.String(), jurisdiction: Jurisdiction,
});
export type User = Static<typeof User>;

/** A user as the administrator sees it: the signed-in shape plus the account's state. */
export const UserAdmin = Type.Object({
  ...User.properties,
  active: Type.Boolean({ description: 'false = 已停用：不能登录，历史记录保留' }),
  deactivatedAt: Nullable(DateTime('停用时间')),
  mustChangePassword: Type.Boolean({ description: '管理员重置密码后，下次登录须修改密码' }),
  demo: Type.Boolean(),
});
export type UserAdmin = Static<typeof UserAdmin>;

const Password = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD, description: `至少 ${MIN_PASSWORD_LENGTH} 位` });

export const NewUserBody = Type.Object({
  username: Text(MAX_NAME, { description: '登录名' }),
  displayName: NameText({ description: '姓名' }),
  role: RoleT,
  unitName: Text(MAX_LABEL, { description: '单位名称' }),
  jurisdiction: Jurisdiction,
  password: Password,
  // An administrator should not keep knowing someone else's password.
  mustChangePassword: Type.Boolean({ default: true, description: '首次登录须修改密码' }),
});
export type NewUserBody = Static<typeof NewUserBody>;

export const ResetPasswordBody = Type.Object({
  newPassword: Password,
  mustChangePassword: Type.Boolean({ default: true, description: '下次登录须修改密码' }),
});

export const LoginBody = Type.Object({ username: Text(MAX_NAME, { minLength: 1 }), password: Text(MAX_PASSWORD, { minLength: 1 }) });

export const ChangePasswordBody = Type.Object({
  currentPassword: Text(MAX_PASSWORD, { minLength: 1 }),
  newPassword: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD, description: `至少 ${MIN_PASSWORD_LENGTH} 位，且不同于当前密码` }),
});

/** Who is signed in, what the role may do, and the CSRF token for state-changing requests. */
export const Session = Type.Object({
  user: User,
  permissions: Type.Array(Type.String(), { description: '角色的权限名（services 的角色 × 权限表）' }),
  csrfToken: Type.String({ description: '状态变更请求须放入 X-CSRF-Token 头' }),
  expiresAt: DateTime(),
  mustChangePassword: Type.Boolean({ description: '管理员重置了密码：须先修改密码（POST /api/auth/password）' }),
});
export type Session = Static<typeof Session>;

export const AuditEntry = Type.Object({
  id: Type.Integer(), at: DateTime(),
  actorId: Nullable(Type.String({ description: 'null：无人登录时的尝试（登录失败、登录限流）' })), actorRole: Nullable(RoleT), action: Type.String(),
  targetKind: Type.String(), targetId: Type.String(), purpose: Nullable(Type.String()), detail: Type.Record(Type.String(), Type.Unknown()),
  actionLabel: Type.Optional(Type.String({ description: '操作的中文名' })),
  actorName: Type.Optional(Nullable(Type.String({ description: '操作人姓名（system = 系统）' }))),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object({
  targetKind: Type.Optional(Text(MAX_LABEL)), targetId: Type.Optional(Id()), actorId: Type.Optional(Id()),
  action: Type.Optional(Text(MAX_LABEL, { description: '操作，如 user.create；以点结尾表示一类，如 personal_data.' })),
  houseId: Type.Optional(Id({ description: '涉及的房屋（房屋本身，或详情中写明该房屋的记录）' })),
  from: Type.Optional(Day('起始日（含）')), to: Type.Optional(Day('截止日（含）')),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
});

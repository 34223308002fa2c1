// The organisation directory (组织机构): units and their people by
// jurisdiction, managed by the administrator, read by dispatch and user
// creation; and batch dispatch (批量派单) of alerts and cases in one action.
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '@sentinel/domain';
import { AlertIntakeBody, Evidence } from './cases.ts';
import { Id, lit, NameText, Nullable, Text } from './kit.ts';
import { MAX_ID, MAX_ITEMS, MAX_LABEL } from './limits.ts';

/** Every role but the administrator's is a kind of unit. */
export const UNIT_ROLES = ROLES.filter((r) => r !== 'admin');
const UnitRole = lit(UNIT_ROLES, '单位类型（其人员的角色）');

export const OrgUnit = Type.Object({
  id: Type.String(),
  name: Type.String({ description: '单位名称，如 汾西居民区居委会' }),
  role: UnitRole,
  roleLabel: Type.String({ description: '单位类型的中文名' }),
  subdistrict: Type.String(),
  neighborhood: Nullable(Type.String({ description: '所辖居民区；空 = 全街道' })),
  communities: Nullable(Type.Array(Type.String(), { description: '所辖小区（物业）；空 = 范围内全部' })),
  phone: Nullable(Type.String()),
  active: Type.Boolean(),
  memberCount: Type.Integer({ minimum: 0, description: '在用账号数' }),
});
export type OrgUnit = Static<typeof OrgUnit>;

export const OrgUnitQuery = Type.Object({
  houseId: Type.Optional(Id({ description: '只列出管辖该房屋的单位' })),
  assignable: Type.Optional(Type.Boolean({ description: '只列出可派单的单位类型' })),
  includeInactive: Type.Optional(Type.Boolean({ description: '含已停用的单位（管理员）' })),
});
export type OrgUnitQuery = Static<typeof OrgUnitQuery>;

const Phone = Text(30, { pattern: '^[0-9+\\- ]*$', description: '值班电话' });

export const NewOrgUnitBody = Type.Object({
  name: NameText({ minLength: 2, description: '单位名称' }),
  role: UnitRole,
  neighborhood: Type.Optional(Nullable(Text(MAX_LABEL))),
  communities: Type.Optional(Nullable(Type.Array(Text(MAX_LABEL), { maxItems: MAX_ITEMS }))),
  phone: Type.Optional(Nullable(Phone)),
});
export type NewOrgUnitBody = Static<typeof NewOrgUnitBody>;

export const OrgUnitPatchBody = Type.Partial(Type.Object({
  name: NameText({ minLength: 2 }),
  neighborhood: Nullable(Text(MAX_LABEL)),
  communities: Nullable(Type.Array(Text(MAX_LABEL), { maxItems: MAX_ITEMS })),
  phone: Nullable(Phone),
  active: Type.Boolean({ description: 'false = 停用（单位不删除：案件记录引用其名称）' }),
}));
export type OrgUnitPatchBody = Static<typeof OrgUnitPatchBody>;

export const DirectoryPlace = Type.Object({ neighborhood: Type.String(), communities: Type.Array(Type.String()) });
export type DirectoryPlace = Static<typeof DirectoryPlace>;

export const UnitMember = Type.Object({ id: Type.String(), displayName: Type.String(), role: lit(ROLES), roleLabel: Type.String() });
export type UnitMember = Static<typeof UnitMember>;

export const BatchDispatchBody = Type.Object({
  alerts: Type.Optional(Type.Array(AlertIntakeBody, { maxItems: MAX_ITEMS, description: '先立案再派单的预警' })),
  caseIds: Type.Optional(Type.Array(Text(MAX_ID), { maxItems: MAX_ITEMS, description: '待派单的案件' })),
  assignee: Evidence.properties.assignee,
  dueInWorkingDays: Evidence.properties.dueInWorkingDays,
});
export type BatchDispatchBody = Static<typeof BatchDispatchBody>;

export const BatchDispatchItem = Type.Object({
  ref: Type.String({ description: '预警的房屋编号或案件编号（请求中的）' }),
  ok: Type.Boolean(),
  caseId: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  assigneeUnit: Nullable(Type.String()),
  message: Nullable(Type.String({ description: '未派出的原因（中文）' })),
});
export type BatchDispatchItem = Static<typeof BatchDispatchItem>;

export const BatchDispatchResult = Type.Object({
  dispatched: Type.Integer({ minimum: 0 }),
  failed: Type.Integer({ minimum: 0 }),
  items: Type.Array(BatchDispatchItem),
});
export type BatchDispatchResult = Static<typeof BatchDispatchResult>;

// Refusals to cooperate (拒不配合) recorded against a neighbourhood committee
// or a property company: the evidence of the assessment rule `refused_cooperation`.
import { Type, type Static } from '@sinclair/typebox';
import { ASSESSED_ROLES } from '@sentinel/domain';
import { DateTime, Day, Id, lit, Nullable, Text } from './kit.ts';
import { MAX_LABEL, MAX_NOTE } from './limits.ts';

export const UnitRoleT = lit(ASSESSED_ROLES, 'committee 居委会 / property 物业');

export const CooperationUnit = Type.Object({ role: UnitRoleT, name: Type.String({ description: '单位名称，如 汾西居民区居委会' }) });
export type CooperationUnit = Static<typeof CooperationUnit>;

export const CooperationRefusal = Type.Object({
  id: Type.String({ description: '记录编号；考核扣分依据中的 refusalId' }),
  caseId: Type.String(), caseNumber: Type.String({ description: '案件编号' }), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  unit: CooperationUnit,
  day: Day('拒不配合的日期（上海时间）'),
  note: Type.String({ description: '拒不配合的内容' }),
  recordedBy: Type.String(), recordedByName: Nullable(Type.String()), recordedAt: DateTime(),
  withdrawn: Nullable(Type.Object({
    at: DateTime(), by: Type.String(), byName: Nullable(Type.String()), reason: Type.String(),
  }, { description: '已撤销（不再扣分）；null 表示有效' })),
});
export type CooperationRefusal = Static<typeof CooperationRefusal>;

/** The longest note or withdrawal reason (the services check it too). */
export const MAX_REFUSAL_TEXT = MAX_NOTE;

export const RecordRefusalBody = Type.Object({
  caseId: Id({ minLength: 1 }),
  unitRole: UnitRoleT,
  unitName: Text(MAX_LABEL, { minLength: 1 }),
  day: Day('拒不配合的日期（上海时间）'),
  note: Text(MAX_REFUSAL_TEXT, { minLength: 1, description: '拒不配合的内容，如：拒绝提供出租房屋钥匙，联合检查无法入户' }),
});
export type RecordRefusalBody = Static<typeof RecordRefusalBody>;

export const WithdrawRefusalBody = Type.Object({ reason: Text(MAX_REFUSAL_TEXT, { minLength: 1, description: '撤销理由' }) });

export const RefusalQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2999, description: '只看该年度' })),
  caseId: Type.Optional(Id({ minLength: 1, description: '只看该案件' })),
});

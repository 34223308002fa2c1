// Request and response schemas of the closed-loop routes (auth, users,
// intake, cases, household file). Enums come from @sentinel/domain.
import { Kind, Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import {
  ALERT_LEVELS, ASSIGNABLE_ROLES, CASE_ACTIONS, CASE_SOURCES, CASE_STATES, COMPLAINT_CHANNELS, DEADLINE_KINDS, INTERVIEW_PARTIES, NOTICE_KINDS, ROLES,
} from '@sentinel/domain';

const PRIMITIVE_TYPES = new Set(['boolean', 'integer', 'number', 'string']);
/**
 * `T or null`. A primitive becomes `type: [T, 'null']`, not `anyOf`: Fastify's
 * validator coerces types, and inside `anyOf` it turned a body's `null` into
 * `false` or `0` before the null branch was tried (an unchecked 未查 item was
 * stored as 否). With a type list, null matches as it is and nothing is coerced.
 */
export const Nullable = <T extends TSchema>(t: T): TUnsafe<Static<T> | null> => {
  if (typeof t.type === 'string' && PRIMITIVE_TYPES.has(t.type)) {
    const { [Kind]: _kind, ...rest } = t as TSchema & { enum?: unknown[] };
    return Type.Unsafe<Static<T> | null>({ ...rest, type: [t.type, 'null'], ...(rest.enum ? { enum: [...rest.enum, null] } : {}) });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([t, Type.Null()]));
};
/** A string enum with its static type (an OpenAPI `enum`). */
const lit = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const RoleT = lit(ROLES, '角色');
export const JurisdictionT = Type.Object({
  subdistrict: Type.String({ description: '街道' }),
  neighborhood: Nullable(Type.String({ description: '居民区；null 表示全街道' })),
  communities: Nullable(Type.Array(Type.String(), { description: '小区（物业）；null 表示范围内全部' })),
});
export const UserT = Type.Object({
  id: Type.String(), username: Type.String(), displayName: Type.String(), role: RoleT, unitName: Type.String(), jurisdiction: JurisdictionT,
});
export const UserAdminT = Type.Object({
  ...UserT.properties,
  active: Type.Boolean({ description: 'false = 已停用：不能登录，历史记录保留' }),
  deactivatedAt: Nullable(Type.String({ format: 'date-time', description: '停用时间' })),
  mustChangePassword: Type.Boolean({ description: '管理员重置密码后，下次登录须修改密码' }),
  demo: Type.Boolean(),
});

const NonLiving = Type.Object({ kitchen: Nullable(Type.Boolean()), bathroom: Nullable(Type.Boolean()), balcony: Nullable(Type.Boolean()), storage: Nullable(Type.Boolean()) });
const Room = Type.Object({ label: Type.String(), occupants: Type.Integer({ minimum: 0 }), areaM2: Nullable(Type.Number({ minimum: 0 })), legalDependants: Type.Boolean() });
export const ChecklistT = Type.Object({
  dormitory: Nullable(Type.Boolean({ description: '单位宿舍' })),
  partitioned: Nullable(Type.Boolean({ description: '隔断出租' })),
  letByBed: Nullable(Type.Boolean({ description: '按床位出租' })),
  nonLivingSpacesLet: NonLiving,
  originalRooms: Nullable(Type.Integer({ minimum: 0 })),
  occupants: Nullable(Type.Integer({ minimum: 0 })),
  legalDependants: Nullable(Type.Boolean()),
  livingAreaM2: Nullable(Type.Number({ minimum: 0 })),
  buildingAreaM2: Nullable(Type.Number({ minimum: 0 })),
  rooms: Type.Optional(Type.Array(Room)),
}, { description: '群租房屋检查表' });

export const EvidenceT = Type.Object({
  note: Type.Optional(Type.String({ description: '情况说明' })),
  photoIds: Type.Optional(Type.Array(Type.String(), { description: '已上传照片或视频的编号' })),
  checklist: Type.Optional(ChecklistT),
  assignee: Type.Optional(Type.Object({ role: lit(ASSIGNABLE_ROLES), unitName: Type.String() }, { description: '承办单位；派单时缺省为房屋所在居委会' })),
  dueInWorkingDays: Type.Optional(Type.Integer({ minimum: 1, description: '核查期限（工作日）' })),
  notices: Type.Optional(Type.Array(Type.Object({ kind: lit(NOTICE_KINDS), servedAt: Type.Integer({ description: '送达时间（UTC 毫秒）' }), photoIds: Type.Array(Type.String()) }))),
  units: Type.Optional(Type.Array(RoleT, { description: '参加的单位' })),
  acceptance: Type.Optional(Type.Object({ passed: Type.Boolean(), remainingViolations: Type.Optional(Type.String()) })),
  interviewed: Type.Optional(Type.Array(lit(INTERVIEW_PARTIES))),
}, { description: '办理材料' });

const DeadlineT = Type.Object({
  kind: lit(DEADLINE_KINDS), kindLabel: Type.String(), fromDate: Type.String({ format: 'date' }), dueDate: Type.String({ format: 'date' }),
  status: lit(['none', 'on_time', 'due_today', 'overdue'] as const), statusLabel: Type.String(),
});
const TimelineT = Type.Object({
  seq: Type.Integer(), kind: lit(['opened', 'report_attached', 'transition'] as const), action: Nullable(lit(CASE_ACTIONS)), actionLabel: Nullable(Type.String()),
  fromState: Nullable(lit(CASE_STATES)), toState: lit(CASE_STATES),
  actor: Type.Object({ id: Type.String(), role: RoleT, unitName: Nullable(Type.String()) }), at: Type.String({ format: 'date-time' }),
  evidence: EvidenceT, deadline: Nullable(Type.Object({ kind: lit(DEADLINE_KINDS), fromDate: Type.String(), dueDate: Type.String() })), reportId: Nullable(Type.String()),
});
export const CaseT = Type.Object({
  id: Type.String({ description: '内部编号（链接用）' }), number: Type.String({ description: '案件编号，如 临汾群租〔2026〕0001号' }), houseId: Type.String(), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  source: lit(CASE_SOURCES), sourceLabel: Type.String(), state: lit(CASE_STATES), stateLabel: Type.String(),
  openedAt: Type.String({ format: 'date-time' }), stateSince: Type.String({ format: 'date-time' }), relapseOf: Nullable(Type.String()),
  assignee: Nullable(Type.Object({ role: RoleT, unitName: Type.String() })), deadline: Nullable(DeadlineT), checklist: Nullable(ChecklistT),
  cleanRevisits: Type.Integer(),
  alert: Nullable(Type.Object({ score: Type.Number(), level: lit(ALERT_LEVELS), reasons: Type.Array(Type.String()), runId: Nullable(Type.String()) })),
  availableActions: Type.Array(lit(CASE_ACTIONS), { description: '当前用户现在可办理的操作' }),
  actionLabels: Type.Record(Type.String(), Type.String()),
  timeline: Type.Optional(Type.Array(TimelineT)),
});
export const ReportT = Type.Object({
  id: Type.String(), channel: Type.String(), ticketId: Nullable(Type.String()), receivedAt: Type.String({ format: 'date-time' }),
  category: Nullable(Type.String()), content: Nullable(Type.String()), matchKind: Nullable(Type.String()),
});
export const CaseDetailT = Type.Object({
  ...CaseT.properties,
  reports: Type.Array(ReportT),
  registry: Type.Object({
    areaM2: Type.Number({ description: '登记建筑面积（㎡）：检查表预填' }),
    bedrooms: Type.Integer({ description: '登记居室数：检查表预填' }),
  }, { description: '房屋登记信息（预填检查表，现场可改）' }),
});
export const IntakeOutcomeT = Type.Object({ caseId: Type.String(), created: Type.Boolean({ description: 'true 新开案件；false 并入已有案件' }), reportId: Type.String() });
export const ChannelT = lit(COMPLAINT_CHANNELS, '来源渠道');
export const PartyT = Type.Object({
  id: Type.String(), kind: lit(INTERVIEW_PARTIES), kindLabel: Type.String(), name: Type.String(), phone: Nullable(Type.String()), idLast4: Nullable(Type.String()),
  revealed: Type.Boolean({ description: 'false 表示已脱敏' }),
});
export { CASE_ACTIONS, CASE_STATES, ALERT_LEVELS, INTERVIEW_PARTIES, lit };

export const errorResponses = {
  400: { $ref: 'ErrorBody#' }, 401: { $ref: 'ErrorBody#' }, 403: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' }, 409: { $ref: 'ErrorBody#' },
} as const;

/** The services return readonly views; the response schemas' static types are mutable. Same value, no copy. */
export type Mutable<T> = T extends ReadonlyArray<infer U> ? Mutable<U>[] : T extends Date ? T : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export function mutable<T>(value: T): Mutable<T> {
  return value as Mutable<T>;
}

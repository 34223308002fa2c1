// Cases (案件) and intake: the checklist, the evidence of a step, the case with
// its deadline and timeline, reports, and what intake answers.
import { Type, type Static } from '@sinclair/typebox';
import {
  ALERT_LEVELS, ASSIGNABLE_ROLES, CASE_ACTIONS, CASE_SOURCES, CASE_STATES, COMPLAINT_CHANNELS, DEADLINE_KINDS, INTERVIEW_PARTIES, NOTICE_KINDS,
} from '@sentinel/domain';
import { DateTime, Id, lit, Nullable, Text } from './kit.ts';
import { MAX_ADDRESS, MAX_ID, MAX_ITEMS, MAX_LABEL, MAX_NOTE, MAX_TEXT } from './limits.ts';
import { RoleT } from './users.ts';

const NonLiving = Type.Object({ kitchen: Nullable(Type.Boolean()), bathroom: Nullable(Type.Boolean()), balcony: Nullable(Type.Boolean()), storage: Nullable(Type.Boolean()) });
const Room = Type.Object({
  label: Text(MAX_LABEL), occupants: Type.Integer({ minimum: 0 }), areaM2: Nullable(Type.Number({ minimum: 0 })), legalDependants: Type.Boolean(),
});
export const Checklist = Type.Object({
  dormitory: Nullable(Type.Boolean({ description: '单位宿舍' })),
  partitioned: Nullable(Type.Boolean({ description: '隔断出租' })),
  letByBed: Nullable(Type.Boolean({ description: '按床位出租' })),
  nonLivingSpacesLet: NonLiving,
  originalRooms: Nullable(Type.Integer({ minimum: 0 })),
  occupants: Nullable(Type.Integer({ minimum: 0 })),
  legalDependants: Nullable(Type.Boolean()),
  livingAreaM2: Nullable(Type.Number({ minimum: 0 })),
  buildingAreaM2: Nullable(Type.Number({ minimum: 0 })),
  rooms: Type.Optional(Type.Array(Room, { maxItems: MAX_ITEMS })),
}, { description: '群租房屋检查表' });
export type Checklist = Static<typeof Checklist>;

const PhotoIds = (description?: string) => Type.Array(Text(MAX_ID), { maxItems: MAX_ITEMS, ...(description ? { description } : {}) });

export const Evidence = Type.Object({
  note: Type.Optional(Text(MAX_TEXT, { description: '情况说明' })),
  photoIds: Type.Optional(PhotoIds('已上传照片或视频的编号')),
  checklist: Type.Optional(Checklist),
  assignee: Type.Optional(Type.Object({
    role: lit(ASSIGNABLE_ROLES), unitName: Text(MAX_LABEL),
    personId: Type.Optional(Text(MAX_ID, { description: '指定承办人（该单位的用户）' })),
    personName: Type.Optional(Text(MAX_LABEL, { description: '承办人姓名（服务端按 personId 填写）' })),
  }, { description: '承办单位（组织机构目录中的单位），可指定承办人；派单时缺省为房屋所在居委会' })),
  dueInWorkingDays: Type.Optional(Type.Integer({ minimum: 1, description: '核查期限（工作日）' })),
  notices: Type.Optional(Type.Array(
    Type.Object({ kind: lit(NOTICE_KINDS), servedAt: Type.Integer({ description: '送达时间（UTC 毫秒）' }), photoIds: PhotoIds() }),
    { maxItems: MAX_ITEMS },
  )),
  units: Type.Optional(Type.Array(RoleT, { maxItems: MAX_ITEMS, description: '参加的单位' })),
  acceptance: Type.Optional(Type.Object({ passed: Type.Boolean(), remainingViolations: Type.Optional(Text(MAX_TEXT)) })),
  interviewed: Type.Optional(Type.Array(lit(INTERVIEW_PARTIES), { maxItems: INTERVIEW_PARTIES.length })),
}, { description: '办理材料' });
export type Evidence = Static<typeof Evidence>;

export const DEADLINE_STATUSES = ['none', 'on_time', 'due_today', 'overdue'] as const;

export const Deadline = Type.Object({
  kind: lit(DEADLINE_KINDS), kindLabel: Type.String(), fromDate: Type.String({ format: 'date' }), dueDate: Type.String({ format: 'date' }),
  status: lit(DEADLINE_STATUSES), statusLabel: Type.String(),
});
export type Deadline = Static<typeof Deadline>;

export const TimelineEntry = Type.Object({
  seq: Type.Integer(), kind: lit(['opened', 'report_attached', 'transition'] as const), action: Nullable(lit(CASE_ACTIONS)), actionLabel: Nullable(Type.String()),
  fromState: Nullable(lit(CASE_STATES)), toState: lit(CASE_STATES),
  actor: Type.Object({ id: Type.String(), role: RoleT, unitName: Nullable(Type.String()) }), at: DateTime(),
  evidence: Evidence, deadline: Nullable(Type.Object({ kind: lit(DEADLINE_KINDS), fromDate: Type.String(), dueDate: Type.String() })), reportId: Nullable(Type.String()),
});
export type TimelineEntry = Static<typeof TimelineEntry>;

export const Case = Type.Object({
  id: Type.String({ description: '内部编号（链接用）' }), number: Type.String({ description: '案件编号，如 临汾群租〔2026〕0001号' }), houseId: Type.String(), address: Type.String(), neighborhood: Type.String(), community: Type.String(),
  source: lit(CASE_SOURCES), sourceLabel: Type.String(), state: lit(CASE_STATES), stateLabel: Type.String(),
  openedAt: DateTime(), stateSince: DateTime(), relapseOf: Nullable(Type.String()),
  assignee: Nullable(Type.Object({ role: RoleT, unitName: Type.String() })), deadline: Nullable(Deadline), checklist: Nullable(Checklist),
  cleanRevisits: Type.Integer(),
  alert: Nullable(Type.Object({ score: Type.Number(), level: lit(ALERT_LEVELS), reasons: Type.Array(Type.String()), runId: Nullable(Type.String()) })),
  availableActions: Type.Array(lit(CASE_ACTIONS), { description: '当前用户现在可办理的操作' }),
  actionLabels: Type.Record(Type.String(), Type.String()),
  timeline: Type.Optional(Type.Array(TimelineEntry)),
});
export type Case = Static<typeof Case>;

export const Report = Type.Object({
  id: Type.String(), channel: Type.String(), ticketId: Nullable(Type.String()), receivedAt: DateTime(),
  category: Nullable(Type.String()), content: Nullable(Type.String()), matchKind: Nullable(Type.String()),
});
export type Report = Static<typeof Report>;

export const CaseDetail = Type.Object({
  ...Case.properties,
  reports: Type.Array(Report),
  registry: Type.Object({
    areaM2: Type.Number({ description: '登记建筑面积（㎡）：检查表预填' }),
    bedrooms: Type.Integer({ description: '登记居室数：检查表预填' }),
  }, { description: '房屋登记信息（预填检查表，现场可改）' }),
});
export type CaseDetail = Static<typeof CaseDetail>;

/** The case list's filters (the list and its XLSX export). */
export const CaseFilter = Type.Object({
  state: Type.Optional(Type.Array(lit(CASE_STATES), { maxItems: CASE_STATES.length })),
  houseId: Type.Optional(Id()),
  mine: Type.Optional(Type.Boolean({ description: '只看本单位承办' })),
  overdue: Type.Optional(Type.Boolean({ description: '只看已超期' })),
});
export type CaseFilter = Static<typeof CaseFilter>;

export const TransitionBody = Type.Object({
  action: lit(CASE_ACTIONS), evidence: Evidence, at: Type.Optional(DateTime('实际办理时间，缺省为当前')),
});
export type TransitionBody = Static<typeof TransitionBody>;

export const TransitionOutcome = Type.Object({ case: Case, openedCaseId: Nullable(Type.String({ description: '回潮新开的案件' })) });
export type TransitionOutcome = Static<typeof TransitionOutcome>;

export const ChannelT = lit(COMPLAINT_CHANNELS, '来源渠道');

export const AlertIntakeBody = Type.Object({
  houseId: Id({ minLength: 1 }), score: Type.Number({ minimum: 0, maximum: 1 }), level: lit(ALERT_LEVELS),
  reasons: Type.Array(Text(MAX_NOTE), { maxItems: MAX_ITEMS }), runId: Type.Optional(Nullable(Text(MAX_ID))),
});
export type AlertIntakeBody = Static<typeof AlertIntakeBody>;

export const IntakeOutcome = Type.Object({ caseId: Type.String(), caseNumber: Type.String({ description: '案件编号' }), created: Type.Boolean({ description: 'true 新开案件；false 并入已有案件' }), reportId: Type.String() });
export type IntakeOutcome = Static<typeof IntakeOutcome>;

export const ReportIntakeBody = Type.Object({
  channel: ChannelT, houseId: Type.Optional(Nullable(Text(MAX_ID))), address: Type.Optional(Nullable(Text(MAX_ADDRESS))),
  ticketId: Type.Optional(Nullable(Text(MAX_ID))), receivedAt: Type.Optional(DateTime()),
  category: Type.Optional(Nullable(Text(MAX_LABEL))), content: Type.Optional(Nullable(Text(MAX_TEXT))),
});

export const ReportIntakeOutcome = Type.Object({
  status: lit(['opened', 'attached', 'queued', 'duplicate'] as const), reportId: Type.String(), caseId: Nullable(Type.String()),
  houseId: Nullable(Type.String()), match: Nullable(lit(['given', 'exact', 'fuzzy'] as const)),
});

export const TakeInOutcome = Type.Object({
  seen: Type.Integer(), skipped: Type.Integer({ description: '不在辖区内的工单' }),
  byStatus: Type.Object({ opened: Type.Integer(), attached: Type.Integer(), queued: Type.Integer(), duplicate: Type.Integer() }),
});

export const QueuedReport = Type.Object({
  id: Type.String(), channel: Type.String(), ticketId: Nullable(Type.String()), address: Nullable(Type.String()),
  receivedAt: DateTime(), category: Nullable(Type.String()), content: Nullable(Type.String()),
});

export const PrecisionMonth = Type.Object({
  month: Type.String(), confirmed: Type.Integer(), notConfirmed: Type.Integer(), noAccess: Type.Integer(), confirmedShare: Nullable(Type.Number()),
});
export type PrecisionMonth = Static<typeof PrecisionMonth>;

/** A stored photo or video (multipart upload answer). */
export const StoredAttachment = Type.Object({ id: Type.String(), sha256: Type.String(), mime: Type.String(), sizeBytes: Type.Integer() });
export type StoredAttachment = Static<typeof StoredAttachment>;

// What a step must bring with it. The life-cycle table names requirements by
// code; each code has a Chinese label (shown on the form) and one check.
import { evaluateChecklist } from '../criteria/evaluate.ts';
import type { ChecklistAnswers } from '../criteria/checklist.ts';
import type { Role } from '../roles/roles.ts';
import { ROLE_LABELS } from '../roles/roles.ts';
import { shanghaiDay } from '../time.ts';

/** The three notices served on a confirmed group rental (三个告知, attachments 2-4). */
export const NOTICE_KINDS = ['rectification', 'population_registration', 'rental_filing'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  rectification: '限期整改告知书',
  population_registration: '实有人口登记告知书',
  rental_filing: '租赁房屋备案登记告知书',
};

export interface ServedNotice {
  readonly kind: NoticeKind;
  /** UTC ms when it was handed over or posted on the door. */
  readonly servedAt: number;
  /** Photos of the notice served or posted (ids of stored attachments). */
  readonly photoIds: readonly string[];
}

/** Who was interviewed (约谈). */
export const INTERVIEW_PARTIES = ['owner', 'sublessor', 'tenant'] as const;
export type InterviewParty = (typeof INTERVIEW_PARTIES)[number];
export const INTERVIEW_PARTY_LABELS: Record<InterviewParty, string> = { owner: '业主', sublessor: '二房东', tenant: '租户' };

/** A unit a case is dispatched to: its role and its name, e.g. committee `汾西路居委会`. */
export interface Assignee {
  readonly role: Role;
  readonly unitName: string;
  /** A person of the unit the dispatcher named (a user id), and their name; the unit stays the assignee. */
  readonly personId?: string;
  readonly personName?: string;
}

/** Roles a case may be dispatched to for verification. */
export const ASSIGNABLE_ROLES: readonly Role[] = ['committee', 'property', 'grid_worker', 'safety_office'];

export interface AcceptanceResult {
  readonly passed: boolean;
  /** When not passed: the violations that remain (房屋依然存在的违规情况). */
  readonly remainingViolations?: string;
}

/** Everything a step may carry; the table says which parts a given step needs. */
export interface TransitionEvidence {
  readonly note?: string;
  /** Photos or videos (ids of stored attachments). */
  readonly photoIds?: readonly string[];
  readonly checklist?: ChecklistAnswers;
  readonly assignee?: Assignee;
  /** Dispatcher's own verification deadline, in working days (default from the policy). */
  readonly dueInWorkingDays?: number;
  readonly notices?: readonly ServedNotice[];
  /** Units present at a joint step (联合验收, 联合上门, 集中整治). */
  readonly units?: readonly Role[];
  readonly acceptance?: AcceptanceResult;
  readonly interviewed?: readonly InterviewParty[];
}

export const EVIDENCE_REQUIREMENTS = [
  'assignee',
  'note',
  'photos',
  'checklist_group_rental',
  'checklist_not_group_rental',
  'three_notices',
  'units_joint_visit',
  'units_acceptance',
  'units_enforcement',
  'acceptance_passed',
  'acceptance_failed',
  'interviewed_parties',
] as const;
export type EvidenceRequirement = (typeof EVIDENCE_REQUIREMENTS)[number];

export const EVIDENCE_REQUIREMENT_LABELS: Record<EvidenceRequirement, string> = {
  assignee: '承办单位',
  note: '情况说明',
  photos: '至少 1 张现场照片或视频',
  checklist_group_rental: '群租房屋检查表（结论为群租）',
  checklist_not_group_rental: '群租房屋检查表（五项标准均已核查且不属于群租）',
  three_notices: '三项告知书均已送达并拍照',
  units_joint_visit: '联合上门单位（平安办牵头，至少 2 个单位）',
  units_acceptance: '联合验收单位（综合执法中队、居委会）',
  units_enforcement: '联合整治单位（平安办牵头，含综合执法中队）',
  acceptance_passed: '验收结论：合格',
  acceptance_failed: '验收结论：不合格，并写明依然存在的违规情况',
  interviewed_parties: '约谈对象（业主、二房东或租户）',
};

export interface EvidenceContext {
  /** When the step is recorded, UTC ms. */
  readonly at: number;
  /** When the case entered its current state, UTC ms. */
  readonly stateSince: number;
  /** The current assignee, for reassignment. */
  readonly currentAssignee: Assignee | null;
}

export interface EvidenceProblem {
  readonly requirement: EvidenceRequirement;
  readonly message: string;
}

const nonEmpty = (s: string | undefined): boolean => typeof s === 'string' && s.trim().length > 0;
const hasPhoto = (ids: readonly string[] | undefined): boolean => (ids ?? []).some((id) => nonEmpty(id));
const includesAll = (units: readonly Role[] | undefined, needed: readonly Role[]): boolean => needed.every((r) => (units ?? []).includes(r));
const distinct = (units: readonly Role[] | undefined): number => new Set(units ?? []).size;
const unitNames = (roles: readonly Role[]): string => roles.map((r) => ROLE_LABELS[r]).join('、');

type Check = (e: TransitionEvidence, ctx: EvidenceContext) => string | null;

const CHECKS: Record<EvidenceRequirement, Check> = {
  assignee: (e, ctx) => {
    if (!e.assignee || !nonEmpty(e.assignee.unitName)) return '请选择承办单位';
    if (!ASSIGNABLE_ROLES.includes(e.assignee.role)) return `不能派单给${ROLE_LABELS[e.assignee.role] ?? e.assignee.role}，可派给：${unitNames(ASSIGNABLE_ROLES)}`;
    const cur = ctx.currentAssignee;
    if (cur && cur.role === e.assignee.role && cur.unitName === e.assignee.unitName) return '改派对象与当前承办单位相同';
    return null;
  },
  note: (e) => (nonEmpty(e.note) ? null : '请填写情况说明'),
  photos: (e) => (hasPhoto(e.photoIds) ? null : '请上传至少 1 张现场照片或视频'),
  checklist_group_rental: (e) => {
    if (!e.checklist) return '请填写群租房屋检查表';
    const { verdict } = evaluateChecklist(e.checklist);
    return verdict === 'group_rental' ? null : '检查表未显示任何群租情形，不能认定为群租';
  },
  checklist_not_group_rental: (e) => {
    if (!e.checklist) return '请填写群租房屋检查表';
    const { verdict } = evaluateChecklist(e.checklist);
    if (verdict === 'group_rental') return '检查表显示存在群租情形，不能排除';
    return verdict === 'not_group_rental' ? null : '检查表尚有未核查的标准，不能排除群租';
  },
  three_notices: (e, ctx) => {
    const notices = e.notices ?? [];
    const missing = NOTICE_KINDS.filter((k) => !notices.some((n) => n.kind === k && hasPhoto(n.photoIds)));
    if (missing.length > 0) return `以下告知书未送达或未拍照：${missing.map((k) => NOTICE_KIND_LABELS[k]).join('、')}`;
    // Same-day service counts even if the confirmation was keyed in later that day.
    const bad = notices.find((n) => !Number.isFinite(n.servedAt) || n.servedAt > ctx.at || shanghaiDay(n.servedAt) < shanghaiDay(ctx.stateSince));
    return bad ? `${NOTICE_KIND_LABELS[bad.kind]}的送达时间应不早于认定群租当天、不晚于登记时间` : null;
  },
  units_joint_visit: (e) =>
    includesAll(e.units, ['safety_office']) && distinct(e.units) >= 2 ? null : '联合上门须由平安办牵头，至少 2 个单位参加',
  units_acceptance: (e) => (includesAll(e.units, ['enforcement', 'committee']) ? null : '联合验收须有综合执法中队和居委会参加'),
  units_enforcement: (e) => (includesAll(e.units, ['safety_office', 'enforcement']) ? null : '集中联合整治须由平安办牵头，综合执法中队参加'),
  acceptance_passed: (e) => (e.acceptance?.passed === true ? null : '验收结论应为合格'),
  acceptance_failed: (e) =>
    e.acceptance?.passed === false && nonEmpty(e.acceptance.remainingViolations) ? null : '验收不合格时须写明依然存在的违规情况',
  interviewed_parties: (e) => ((e.interviewed ?? []).length > 0 ? null : '请选择约谈对象（业主、二房东或租户）'),
};

/** The problems of a piece of evidence against a list of requirements; empty when it satisfies them all. */
export function checkEvidence(requirements: readonly EvidenceRequirement[], evidence: TransitionEvidence, ctx: EvidenceContext): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const requirement of requirements) {
    const message = CHECKS[requirement](evidence, ctx);
    if (message !== null) problems.push({ requirement, message });
  }
  return problems;
}

/** Shanghai day the notices were served (the latest of the three): the rectification deadline counts from it. */
export function noticesServedDay(evidence: TransitionEvidence): number | null {
  const times = (evidence.notices ?? []).map((n) => n.servedAt);
  return times.length === 0 ? null : shanghaiDay(Math.max(...times));
}

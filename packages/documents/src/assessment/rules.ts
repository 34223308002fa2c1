// Assessment rules (考核扣分规则). The 双清 plan: neighbourhood committees and
// property companies that "发现不劝阻、整治不配合" are listed in the annual
// assessment and lose points. Which failings count and how many points each
// costs is the subdistrict's decision, so the rules are data (admin-edited,
// checked by validateAssessmentRules); the defaults below are this
// platform's starting point, not figures from the plan.
import { ASSESSED_ROLES, ROLE_LABELS, type AssessedRole } from '@sentinel/domain';
import type { TemplateIssue } from '../errors.ts';

/** The units assessed: neighbourhood committees and property companies. */
export { ASSESSED_ROLES, type AssessedRole };

export const ASSESSMENT_RULE_KINDS = ['overdue_task', 'unreported_group_rental', 'refused_cooperation'] as const;
export type AssessmentRuleKind = (typeof ASSESSMENT_RULE_KINDS)[number];

export const ASSESSMENT_RULE_KIND_LABELS: Record<AssessmentRuleKind, string> = {
  overdue_task: '任务逾期',
  unreported_group_rental: '辖区群租未主动发现（经 12345 投诉发现）',
  refused_cooperation: '整治不配合',
};

export interface AssessmentRule {
  /** Stable id, kept on each deduction. */
  readonly id: string;
  readonly kind: AssessmentRuleKind;
  /** Printed on the deduction list. */
  readonly label: string;
  readonly appliesTo: readonly AssessedRole[];
  /** Points per occurrence (> 0). */
  readonly pointsEach: number;
  /** Most points this rule may take from one unit in one period; null = no cap. */
  readonly maxPointsPerUnit: number | null;
}

export const DEFAULT_ASSESSMENT_RULES: readonly AssessmentRule[] = [
  { id: 'overdue_task', kind: 'overdue_task', label: '承办任务逾期', appliesTo: ['committee', 'property'], pointsEach: 1, maxPointsPerUnit: 10 },
  { id: 'unreported_group_rental', kind: 'unreported_group_rental', label: '辖区群租未主动发现，经 12345 投诉发现', appliesTo: ['committee', 'property'], pointsEach: 2, maxPointsPerUnit: 20 },
  { id: 'refused_cooperation', kind: 'refused_cooperation', label: '整治工作不配合', appliesTo: ['committee', 'property'], pointsEach: 3, maxPointsPerUnit: null },
];

export type AssessmentRulesValidation =
  | { readonly ok: true; readonly rules: readonly AssessmentRule[] }
  | { readonly ok: false; readonly issues: readonly TemplateIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an admin-submitted rule list (parsed JSON); every problem with its path, in Chinese. */
export function validateAssessmentRules(json: unknown): AssessmentRulesValidation {
  const issues: TemplateIssue[] = [];
  if (!Array.isArray(json)) return { ok: false, issues: [{ path: '$', message: '考核规则应为数组' }] };
  const ids = new Set<string>();
  json.forEach((rule, i) => {
    const at = `$[${i}]`;
    if (!isObject(rule)) return issues.push({ path: at, message: '应为对象' });
    if (typeof rule.id !== 'string' || rule.id.trim() === '') issues.push({ path: `${at}.id`, message: '编号不能为空' });
    else if (ids.has(rule.id)) issues.push({ path: `${at}.id`, message: `编号「${rule.id}」重复` });
    else ids.add(rule.id);
    if (!(ASSESSMENT_RULE_KINDS as readonly unknown[]).includes(rule.kind)) {
      issues.push({ path: `${at}.kind`, message: `类型应为：${ASSESSMENT_RULE_KINDS.map((k) => `${k}（${ASSESSMENT_RULE_KIND_LABELS[k]}）`).join('、')}` });
    }
    if (typeof rule.label !== 'string' || rule.label.trim() === '') issues.push({ path: `${at}.label`, message: '名称不能为空' });
    const roles = rule.appliesTo;
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ASSESSED_ROLES as readonly unknown[]).includes(r))) {
      issues.push({ path: `${at}.appliesTo`, message: `应为以下单位中的一个或多个：${ASSESSED_ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}` });
    }
    if (typeof rule.pointsEach !== 'number' || !(rule.pointsEach > 0) || !Number.isFinite(rule.pointsEach)) issues.push({ path: `${at}.pointsEach`, message: '每次扣分应为正数' });
    const cap = rule.maxPointsPerUnit;
    if (cap !== null && (typeof cap !== 'number' || !(cap > 0) || !Number.isFinite(cap))) issues.push({ path: `${at}.maxPointsPerUnit`, message: '扣分上限应为正数，或 null 表示不设上限' });
    return undefined;
  });
  return issues.length === 0 ? { ok: true, rules: json as AssessmentRule[] } : { ok: false, issues };
}

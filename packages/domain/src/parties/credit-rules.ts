// 房东信用管理: which offences on a party's dwellings count against its credit,
// by how much and for how long. The rules are data (a CreditRules value), so a
// subdistrict can set its own; DEFAULT_CREDIT_RULES is what Sentinel ships.
// Defaults follow the 双清 plan's escalation: a confirmed group rental is the
// first offence, refusing to rectify brings joint enforcement, and repeat
// relapse (反复回潮) is punished hardest — so it weighs most and lasts longest.

export const CREDIT_OFFENCES = ['confirmed', 'acceptance_failed', 'refused', 'relapse'] as const;
export type CreditOffence = (typeof CREDIT_OFFENCES)[number];

export const CREDIT_OFFENCE_LABELS: Record<CreditOffence, string> = {
  confirmed: '认定群租',
  acceptance_failed: '逾期整改验收未通过',
  refused: '拒不整改（集中联合整治）',
  relapse: '群租回潮',
};

export interface OffenceRule {
  /** Points deducted while the entry is in force. */
  readonly points: number;
  /** Calendar days the entry stays in force after the offence day. */
  readonly validityDays: number;
}

export interface CreditBand {
  /** Lowest score of the band (inclusive). */
  readonly minScore: number;
  readonly label: string;
}

export interface CreditRules {
  /** Score of a party with nothing in force. */
  readonly baseScore: number;
  readonly offences: Readonly<Record<CreditOffence, OffenceRule>>;
  /** Highest band first; the last band's minScore must be 0. */
  readonly bands: readonly CreditBand[];
}

export const DEFAULT_CREDIT_RULES: CreditRules = {
  baseScore: 100,
  offences: {
    confirmed: { points: 10, validityDays: 365 },
    acceptance_failed: { points: 10, validityDays: 365 },
    refused: { points: 20, validityDays: 730 },
    relapse: { points: 30, validityDays: 1095 },
  },
  bands: [
    { minScore: 90, label: '良好' },
    { minScore: 70, label: '一般' },
    { minScore: 50, label: '重点关注' },
    { minScore: 0, label: '失信' },
  ],
};

export interface CreditRuleProblem { readonly field: string; readonly message: string }

/** What is wrong with a set of rules (empty = usable), each problem naming its field. */
export function creditRuleProblems(rules: CreditRules): CreditRuleProblem[] {
  const problems: CreditRuleProblem[] = [];
  if (!Number.isInteger(rules.baseScore) || rules.baseScore <= 0) problems.push({ field: 'baseScore', message: `基础分应为正整数（现为 ${rules.baseScore}）。` });
  for (const o of CREDIT_OFFENCES) {
    const r = rules.offences[o] as OffenceRule | undefined;
    if (!r) { problems.push({ field: `offences.${o}`, message: `缺少「${CREDIT_OFFENCE_LABELS[o]}」的扣分规则。` }); continue; }
    if (!Number.isInteger(r.points) || r.points < 0) problems.push({ field: `offences.${o}.points`, message: `「${CREDIT_OFFENCE_LABELS[o]}」扣分应为非负整数（现为 ${r.points}）。` });
    if (!Number.isInteger(r.validityDays) || r.validityDays < 1) problems.push({ field: `offences.${o}.validityDays`, message: `「${CREDIT_OFFENCE_LABELS[o]}」有效天数应为正整数（现为 ${r.validityDays}）。` });
  }
  if (rules.bands.length === 0) problems.push({ field: 'bands', message: '至少需要一个信用等级。' });
  for (const [i, b] of rules.bands.entries()) {
    if (i > 0 && b.minScore >= rules.bands[i - 1].minScore) problems.push({ field: `bands.${i}.minScore`, message: '信用等级应按最低分从高到低排列。' });
    if (b.label.trim() === '') problems.push({ field: `bands.${i}.label`, message: '信用等级名称不能为空。' });
  }
  if (rules.bands.length > 0 && rules.bands[rules.bands.length - 1].minScore !== 0) problems.push({ field: `bands.${rules.bands.length - 1}.minScore`, message: '最低一个信用等级的最低分应为 0。' });
  return problems;
}

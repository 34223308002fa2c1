// Three-colour grading of dwellings (三级动态房屋管理, 红黄绿), the basis of the
// revisit schedule. The most serious reason wins; every reason found is kept,
// in Chinese, for the house file (一户一档).
import type { AlertLevel } from '../enums.ts';
import type { CaseState } from '../cases/states.ts';
import { UNRECTIFIED_CASE_STATES, UNVERIFIED_CASE_STATES } from '../cases/states.ts';

/**
 * A relapse keeps a dwelling red for a year: 反复回潮 points are the plan's
 * hardest cases, and a year covers the letting season that follows.
 */
export const RELAPSE_WATCH_DAYS = 365;

export interface GradingInput {
  /** State of the dwelling's latest case, or null when it never had one. */
  readonly caseState: CaseState | null;
  /** Shanghai day of the latest relapse (回潮) on this dwelling, or null. */
  readonly lastRelapseDay: number | null;
  /** The detector's level for the dwelling (alerts.csv `level`), or null when not scored. */
  readonly alertLevel: AlertLevel | null;
  /** houses.csv is_rental / rental_filed; null = unknown. */
  readonly isRental: boolean | null;
  readonly rentalFiled: boolean | null;
  /** Shanghai day the grade is computed for. */
  readonly asOfDay: number;
  /** The latest patrol visit (定期上门核查) and what it found; absent or null = none. */
  readonly lastPatrol?: { readonly finding: PatrolFinding; readonly day: number } | null;
}

/** What a patrol visit found at the door. */
export const PATROL_FINDINGS = ['normal', 'suspected', 'group_rental', 'no_access'] as const;
export type PatrolFinding = (typeof PATROL_FINDINGS)[number];

export const PATROL_FINDING_LABELS: Record<PatrolFinding, string> = {
  normal: '正常（未见群租迹象）',
  suspected: '疑似群租迹象',
  group_rental: '发现群租情形',
  no_access: '未能入户',
};

/**
 * How long a visit's finding weighs on the grade: one quarter, the green
 * rhythm, so a finding lasts until the next routine visit at the latest.
 */
export const PATROL_FINDING_DAYS = 90;

export interface Grading {
  readonly grade: AlertLevel;
  /** Why, most serious first; empty for a plain green dwelling. */
  readonly reasons: readonly string[];
}

/** Grade of one dwelling. Pure; recompute whenever a case moves or new alerts arrive. */
export function gradeDwelling(input: GradingInput): Grading {
  const red: string[] = [];
  const yellow: string[] = [];
  const state = input.caseState;

  if (state !== null && UNRECTIFIED_CASE_STATES.includes(state)) red.push('已认定群租，尚未整改到位');
  if (input.lastRelapseDay !== null && input.asOfDay - input.lastRelapseDay <= RELAPSE_WATCH_DAYS) red.push('回潮点位（一年内发生回潮）');
  if (input.alertLevel === 'red') red.push('数字吹哨高风险预警');
  const patrol = input.lastPatrol && input.asOfDay - input.lastPatrol.day <= PATROL_FINDING_DAYS ? input.lastPatrol.finding : null;
  if (patrol === 'group_rental') red.push('上门核查发现群租情形');

  if (state === 'rectified' || state === 'monitoring') yellow.push('已整改，回头看跟踪中');
  if (state !== null && UNVERIFIED_CASE_STATES.includes(state)) yellow.push('疑似群租，待核查');
  if (input.alertLevel === 'yellow') yellow.push('数字吹哨中风险预警');
  if (input.isRental === true && input.rentalFiled === false) yellow.push('出租房屋未办理租赁备案');
  if (patrol === 'suspected') yellow.push('上门核查发现疑似群租迹象');
  if (patrol === 'no_access') yellow.push('上次上门未能入户');

  if (red.length > 0) return { grade: 'red', reasons: [...red, ...yellow] };
  if (yellow.length > 0) return { grade: 'yellow', reasons: yellow };
  return { grade: 'green', reasons: [] };
}

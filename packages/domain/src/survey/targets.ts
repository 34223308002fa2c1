// Which dwellings a 宣传摸底 survey must visit (双清 plan, phase 1): every
// rented dwelling, so every flat the register marks as let or whose lease was
// filed, plus anything the digital whistle or a complaint points to (a
// group rental is often let without anyone telling the register).
import type { AlertLevel } from '../enums.ts';

export const SURVEY_TARGET_REASONS = ['registry_rental', 'filed_rental', 'whistle', 'complaint'] as const;
export type SurveyTargetReason = (typeof SURVEY_TARGET_REASONS)[number];

export const SURVEY_TARGET_REASON_LABELS: Record<SurveyTargetReason, string> = {
  registry_rental: '登记出租',
  filed_rental: '租赁备案',
  whistle: '数字吹哨预警',
  complaint: '投诉举报',
};

/** What the register, the latest whistle run and the hotline say about one dwelling. */
export interface SurveyTargetFacts {
  readonly isRental: boolean | null;
  readonly rentalFiled: boolean | null;
  /** Level in the latest succeeded detection run; null = not scored. */
  readonly alertLevel: AlertLevel | null;
  /** Complaints about the dwelling received in the look-back window. */
  readonly recentComplaints: number;
}

/** Why the dwelling is on the visit list; empty = it is not. A green (normal) alert is no reason. */
export function surveyTargetReasons(f: SurveyTargetFacts): SurveyTargetReason[] {
  const reasons: SurveyTargetReason[] = [];
  if (f.isRental === true) reasons.push('registry_rental');
  if (f.rentalFiled === true) reasons.push('filed_rental');
  if (f.alertLevel === 'red' || f.alertLevel === 'yellow') reasons.push('whistle');
  if (f.recentComplaints > 0) reasons.push('complaint');
  return reasons;
}

/** How far back a complaint still puts a dwelling on the list (days before the campaign starts). */
export const SURVEY_COMPLAINT_LOOKBACK_DAYS = 365;

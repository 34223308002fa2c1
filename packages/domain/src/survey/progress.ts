// Progress of a survey campaign (摸排进度), per 居民区 or per responsible unit:
// how many listed dwellings were visited to a conclusion and on how many the
// notice was served. A dwelling counts once however many times it was visited.
import type { SurveyOutcome } from './visit.ts';

export const SURVEY_TARGET_STATES = ['pending', 'no_access', 'surveyed', 'not_rented'] as const;
export type SurveyTargetState = (typeof SURVEY_TARGET_STATES)[number];
export const SURVEY_TARGET_STATE_LABELS: Record<SurveyTargetState, string> = {
  pending: '待走访',
  no_access: '未能入户（须再访）',
  surveyed: '已摸排',
  not_rented: '未出租',
};

export interface VisitSummary {
  readonly outcome: SurveyOutcome;
  readonly noticeServed: boolean;
  /** UTC ms. */
  readonly visitedAt: number;
}

/**
 * Where a listed dwelling stands: the latest conclusive visit decides (a
 * later 未能入户 does not undo a survey done); only 未能入户 visits = no access.
 */
export function surveyTargetState(visits: readonly VisitSummary[]): SurveyTargetState {
  const conclusive = visits.filter((v) => v.outcome !== 'no_access');
  if (conclusive.length > 0) {
    const latest = conclusive.reduce((a, b) => (b.visitedAt >= a.visitedAt ? b : a));
    return latest.outcome === 'not_rented' ? 'not_rented' : 'surveyed';
  }
  return visits.length > 0 ? 'no_access' : 'pending';
}

export interface SurveyTargetStatus {
  /** 居民区, unit name …: what the progress is grouped by. */
  readonly group: string;
  readonly state: SurveyTargetState;
  readonly noticeServed: boolean;
}

export interface SurveyProgressRow {
  readonly group: string;
  readonly targets: number;
  /** Visited to a conclusion (surveyed or not rented). */
  readonly done: number;
  readonly noAccess: number;
  readonly pending: number;
  readonly noticeServed: number;
  /** done / targets in whole percent, floored (never 100 before the last one); 0 for an empty group. */
  readonly percentDone: number;
  readonly percentServed: number;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.floor((part * 100) / whole));

function row(group: string, items: readonly SurveyTargetStatus[]): SurveyProgressRow {
  const done = items.filter((t) => t.state === 'surveyed' || t.state === 'not_rented').length;
  const noAccess = items.filter((t) => t.state === 'no_access').length;
  const served = items.filter((t) => t.noticeServed).length;
  return {
    group, targets: items.length, done, noAccess, pending: items.length - done - noAccess, noticeServed: served,
    percentDone: percent(done, items.length), percentServed: percent(served, items.length),
  };
}

/** One row per group (in name order) and the total. */
export function surveyProgress(items: readonly SurveyTargetStatus[]): { rows: SurveyProgressRow[]; total: SurveyProgressRow } {
  const byGroup = new Map<string, SurveyTargetStatus[]>();
  for (const t of items) byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t]);
  const rows = [...byGroup.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((g) => row(g, byGroup.get(g) ?? []));
  return { rows, total: row('合计', items) };
}

// 三级动态管理: the weekly patrol plan of a grid worker — the dwellings of
// its jurisdiction due for a visit this week, by grade, with the overdue ones
// and the relapse points first — and the explanation of a grade change. Pure.
import { ALERT_LEVEL_LABELS, type AlertLevel } from '../enums.ts';
import { isoToDay } from '../time.ts';
import { REVISIT_INTERVAL_DAYS } from './revisits.ts';
import type { Grading } from './grade.ts';

export interface PatrolDwelling {
  readonly houseId: string;
  readonly grade: AlertLevel;
  readonly reasons: readonly string[];
  /** Shanghai day of the latest patrol visit, or null when never visited. */
  readonly lastVisitDay: number | null;
  /** A relapse point (回潮) under watch. */
  readonly relapseWatch: boolean;
}

export type PatrolItemKind = 'overdue' | 'due' | 'relapse_watch';

export interface PatrolItem extends PatrolDwelling {
  readonly dueDay: number;
  /** Days past due at the week's start (0 when not overdue). */
  readonly overdueDays: number;
  readonly kind: PatrolItemKind;
}

export interface PatrolPlan {
  readonly weekStart: number;
  /** Last day of the week (weekStart + 6). */
  readonly weekEnd: number;
  /** Overdue first, then relapse watch, then by grade (red first) and due day. */
  readonly items: readonly PatrolItem[];
}

/** A stable number 0..n-1 from a house id: never-visited dwellings are spread over their rhythm instead of all falling due in week one. */
export function spreadOffset(houseId: string, n: number): number {
  let h = 0;
  for (const ch of houseId) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % n;
}

/** Rhythm slots are counted from this Monday (2024-01-01), so a dwelling keeps its weekday and week from cycle to cycle. */
export const RHYTHM_ANCHOR_DAY = isoToDay('2024-01-01');

/**
 * When the dwelling is next due, seen from the week starting `weekStart`.
 * After a visit: that day plus its grade's interval (overdue when past).
 * Never visited: a red dwelling at once; a yellow or green one on its own
 * slot of its grade's cycle (picked from the house id), the next slot not yet
 * past — the unvisited stock is spread evenly over the weeks instead of all
 * falling due in week one.
 */
export function patrolDueDay(d: PatrolDwelling, weekStart: number): number {
  const interval = REVISIT_INTERVAL_DAYS[d.grade];
  if (d.lastVisitDay !== null) return d.lastVisitDay + interval;
  if (d.grade === 'red') return weekStart;
  const cycleStart = weekStart - (((weekStart - RHYTHM_ANCHOR_DAY) % interval) + interval) % interval;
  const slot = cycleStart + spreadOffset(d.houseId, interval);
  return slot < weekStart ? slot + interval : slot;
}

const GRADE_ORDER: Record<AlertLevel, number> = { red: 0, yellow: 1, green: 2 };
const KIND_ORDER: Record<PatrolItemKind, number> = { overdue: 0, relapse_watch: 1, due: 2 };

/** The dwellings due in the week starting `weekStart` (a Monday, Shanghai day number); each at most once. */
export function weeklyPatrolPlan(dwellings: readonly PatrolDwelling[], weekStart: number): PatrolPlan {
  const weekEnd = weekStart + 6;
  const seen = new Set<string>();
  const items: PatrolItem[] = [];
  for (const d of dwellings) {
    if (seen.has(d.houseId)) continue;
    seen.add(d.houseId);
    const dueDay = patrolDueDay(d, weekStart);
    if (dueDay > weekEnd) continue;
    const overdueDays = Math.max(0, weekStart - dueDay);
    items.push({ ...d, dueDay, overdueDays, kind: overdueDays > 0 ? 'overdue' : d.relapseWatch ? 'relapse_watch' : 'due' });
  }
  items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || GRADE_ORDER[a.grade] - GRADE_ORDER[b.grade] || a.dueDay - b.dueDay || a.houseId.localeCompare(b.houseId));
  return { weekStart, weekEnd, items };
}

/** Why a grade changed, in Chinese, for the grade log: the direction, what is new and what no longer holds; a first grade says what it rests on. */
export function explainGradeChange(before: Grading | null, after: Grading): string {
  const name = ALERT_LEVEL_LABELS;
  if (before === null) return `首次定级：${name[after.grade]}。${after.reasons.length > 0 ? `情形：${after.reasons.join('；')}。` : ''}`;
  const added = after.reasons.filter((r) => !before.reasons.includes(r));
  const gone = before.reasons.filter((r) => !after.reasons.includes(r));
  const direction = before.grade === after.grade ? `维持${name[after.grade]}`
    : GRADE_ORDER[after.grade] < GRADE_ORDER[before.grade] ? `由${name[before.grade]}升为${name[after.grade]}` : `由${name[before.grade]}降为${name[after.grade]}`;
  const parts = [direction];
  if (added.length > 0) parts.push(`新增：${added.join('；')}`);
  if (gone.length > 0) parts.push(`不再：${gone.join('；')}`);
  if (added.length === 0 && gone.length === 0) parts.push('情形未变');
  return `${parts.join('。')}。`;
}

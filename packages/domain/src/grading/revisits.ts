// How often a dwelling of each grade is visited again (定期上门核查, 回头看).
// Chosen from the 双清 plan's rhythm: weekly joint operations (每周集中整治)
// set the pace for red points; a monthly round suits dwellings under watch;
// the quarterly inter-department meeting (季度协商会) is the natural cadence
// for the rest of the rented stock. Calendar days, not working days: a visit
// schedule is a rhythm, and the team picks the weekday.
import type { AlertLevel } from '../enums.ts';

export const REVISIT_INTERVAL_DAYS: Record<AlertLevel, number> = {
  red: 7,
  yellow: 30,
  green: 90,
};

export const REVISIT_INTERVAL_LABELS: Record<AlertLevel, string> = {
  red: '每周一次',
  yellow: '每月一次',
  green: '每季度一次',
};

/** Day number of the next visit after the last one (or from today when never visited). */
export function nextRevisitDay(grade: AlertLevel, lastVisitDay: number | null, todayDay: number): number {
  return lastVisitDay === null ? todayDay : lastVisitDay + REVISIT_INTERVAL_DAYS[grade];
}

/** Whether a visit is due on `todayDay` (never-visited dwellings are due at once). */
export function isRevisitDue(grade: AlertLevel, lastVisitDay: number | null, todayDay: number): boolean {
  return nextRevisitDay(grade, lastVisitDay, todayDay) <= todayDay;
}

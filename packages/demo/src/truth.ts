// truth.csv: the contract with the evaluator (docs/demo-data.md).
import type { DemoCalendar } from './calendar.ts';
import { isoOf } from './complaints.ts';
import type { HouseholdPlan } from './household-types.ts';

export const TRUTH_HEADER = ['house_id', 'profile', 'confounder', 'episodes', 'relapse', 'hard', 'peak_occupants'];

export function truthRow(plan: HouseholdPlan, cal: DemoCalendar): string[] {
  const episodes = plan.episodes.map((e) => `${isoOf(cal, e.start)}..${e.end === null ? '' : isoOf(cal, e.end)}`).join('|');
  const peak = plan.episodes.reduce((m, e) => Math.max(m, e.people), 0);
  return [
    plan.site.houseId, plan.profile, String(plan.confounder), episodes,
    String(plan.episodes.length > 1), String(plan.episodes.some((e) => e.hard)), peak > 0 ? String(peak) : '',
  ];
}

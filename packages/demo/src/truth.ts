// truth.csv: the contract with the evaluator (docs/demo-data.md).
import type { DemoCalendar } from './calendar.ts';
import { isoOf } from './complaints.ts';
import type { HouseholdPlan } from './household-types.ts';

export const TRUTH_HEADER = ['house_id', 'profile', 'confounder', 'episodes', 'relapse', 'hard', 'peak_occupants', 'trap'];

/**
 * The trap (干扰项) a dwelling sets for a detector, for eval's "traps in the
 * top K": a legal move-in into a vacant flat, a leak, a shop or home business,
 * a big (multi-generation) family, legal sharers. A group rental whose
 * episode has ended is a trap only on the days after it ended; eval reads
 * that from `episodes`, so its houses are marked `ended_group_rental` when
 * any episode ended inside or before the window.
 */
export function trapOf(plan: HouseholdPlan): string {
  switch (plan.profile) {
    case 'new_tenant': return 'move_in';
    case 'leak': return 'leak';
    case 'shop': return 'shop';
    case 'home_business': return 'home_business';
    case 'multigen_family': return 'big_family';
    case 'shared_rental': return 'shared_rental';
    case 'group_rental': return plan.episodes.some((e) => e.end !== null) ? 'ended_group_rental' : '';
    default: return '';
  }
}

export function truthRow(plan: HouseholdPlan, cal: DemoCalendar): string[] {
  const episodes = plan.episodes.map((e) => `${isoOf(cal, e.start)}..${e.end === null ? '' : isoOf(cal, e.end)}`).join('|');
  const peak = plan.episodes.reduce((m, e) => Math.max(m, e.people), 0);
  return [
    plan.site.houseId, plan.profile, String(plan.confounder), episodes,
    String(plan.episodes.length > 1), String(plan.episodes.some((e) => e.hard)), peak > 0 ? String(peak) : '', trapOf(plan),
  ];
}

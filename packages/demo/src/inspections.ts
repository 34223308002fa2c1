// On-site verification outcomes, consistent with the truth on the visit day:
// "confirmed" only while a group rental is running, "not_confirmed" only
// when it is not, "no_access" either way. Besides the complaint-driven visits
// of group-rental life, reports about big families and sharers bring visits
// that find nothing, and the rental survey (法律风险告知) visits some rentals.
import type { InspectionResult } from '@sentinel/domain';
import type { DemoCalendar } from './calendar.ts';
import type { ComplaintEvent, InspectionEvent } from './enforcement-types.ts';
import type { HouseholdPlan } from './household-types.ts';
import type { OccupancySeries } from './occupancy.ts';
import { streamFor, type Rng } from './rng.ts';
import { csvRow } from './csv.ts';
import { isoOf } from './complaints.ts';

export const INSPECTION_HEADER = ['house_id', 'inspected_at', 'result', 'occupants', 'partitioned', 'notes'];

/** Whether a day index falls inside one of the plan's group-rental episodes. */
export function inEpisode(plan: HouseholdPlan, day: number): boolean {
  return plan.episodes.some((e) => day >= e.start && (e.end === null || day <= e.end));
}

/** Visits that are not part of a group rental's life: answers to reports elsewhere, and the rental survey. */
export function otherInspections(plan: HouseholdPlan, complaints: ComplaintEvent[], count: number, seed: number): InspectionEvent[] {
  if (plan.profile === 'group_rental') return [];
  const rng = streamFor(seed, 'inspections', plan.site.index);
  const out: InspectionEvent[] = [];
  for (const c of complaints) {
    if (c.topic !== 'group_rental' || c.precision !== 'exact' || !rng.chance(0.5)) continue;
    const day = c.day + rng.int(2, 12);
    if (day < count) out.push({ houseIndex: plan.site.index, day, minute: rng.int(540, 1020), result: rng.chance(0.15) ? 'no_access' : 'not_confirmed', reason: 'complaint' });
  }
  if (plan.rented && rng.chance(0.02)) {
    out.push({ houseIndex: plan.site.index, day: rng.int(0, count - 1), minute: rng.int(540, 1020), result: rng.chance(0.1) ? 'no_access' : 'not_confirmed', reason: 'survey' });
  }
  return out;
}

const NOTES: Record<InspectionEvent['reason'], Partial<Record<InspectionResult, string>>> = {
  complaint: { confirmed: '接单核查：房间隔断出租，已送达限期整改告知书', not_confirmed: '接单核查：未发现群租情形', no_access: '无人应门，已报平安办' },
  revisit: { confirmed: '清晨突击复查：发现高低铺，属群租', no_access: '清晨复查仍无人应门' },
  acceptance: { not_confirmed: '联合验收合格，隔断已拆除，人员已清退' },
  survey: { not_confirmed: '租赁情况正常，已送达群租法律风险告知书', no_access: '无人应门，已留告知书' },
  recheck: { confirmed: '回头看：群租回潮', not_confirmed: '回头看：未发现回潮' },
  random: { confirmed: '随机抽查：发现隔断群租', not_confirmed: '随机抽查：未发现群租情形', no_access: '随机抽查：无人应门' },
  targeted: { confirmed: '预警核查：发现隔断群租', not_confirmed: '预警核查：未发现群租情形', no_access: '预警核查：无人应门' },
};

/** Renders one house's visits, reading occupants from the simulated occupancy of that day. */
export function renderInspections(plan: HouseholdPlan, visits: InspectionEvent[], occ: OccupancySeries, cal: DemoCalendar, rng: Rng): string {
  let out = '';
  for (const v of visits) {
    const iso = isoOf(cal, v.day);
    const time = `${String(Math.floor(v.minute / 60)).padStart(2, '0')}:${String(v.minute % 60).padStart(2, '0')}:00`;
    const inside = v.day >= 0 && v.day < cal.count;
    const episode = plan.episodes.find((e) => v.day >= e.start && (e.end === null || v.day <= e.end));
    let occupants = '';
    let partitioned = '';
    if (v.result === 'confirmed') {
      // An early-morning count finds nearly everyone who sleeps there.
      const n = inside ? Math.round(occ.residents[v.day]) : episode?.people ?? 0;
      occupants = String(Math.max(3, n - rng.int(0, 1)));
      partitioned = String(episode?.hard ? rng.chance(0.35) : rng.chance(0.85));
    } else if (v.result === 'not_confirmed') {
      occupants = inside ? String(Math.round(occ.people[v.day])) : '';
      partitioned = 'false';
    }
    const note = NOTES[v.reason][v.result] ?? '';
    out += csvRow([plan.site.houseId, `${iso}T${time}`, v.result, occupants, partitioned, note]);
  }
  return out;
}

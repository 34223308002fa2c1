// The life of a group rental: it opens (often after a legal tenant leaves and
// partitions go up), neighbours start to complain after a while, a complaint
// sends the committee to the door, a confirmed case is rectified within weeks,
// and about a third come back (回潮) after a pause. Ending is caused by
// enforcement or by the operator leaving, never by a fixed schedule, so the
// detector sees the same causal chain it would see in a real subdistrict.
import type { ComplaintChannel } from '@sentinel/domain';
import type { ComplaintEvent, InspectionEvent } from './enforcement-types.ts';
import type { HouseSite } from './geography.ts';
import type { Episode } from './household-types.ts';
import type { Rng } from './rng.ts';
import { DEFAULT_WORLD, type World } from './world.ts';

export interface GroupRentalLife {
  episodes: Episode[];
  complaints: ComplaintEvent[];
  inspections: InspectionEvent[];
}

/** Complaints and visits older than this (days before the window) are not kept: registries rarely export further back. */
export const HISTORY_DAYS = 180;

const CHANNELS: Record<ComplaintChannel, number> = { '12345': 0.55, resident: 0.15, patrol: 0.12, property: 0.12, police: 0.04, other: 0.02 };

function groupComplaint(rng: Rng, houseIndex: number, day: number): ComplaintEvent {
  const topic = rng.weighted({ group_rental: 0.5, noise: 0.2, fire: 0.12, rubbish: 0.1, other: 0.08 });
  const category = { group_rental: '群租', noise: '噪音', fire: '消防安全', rubbish: '环境卫生', other: '其他' }[topic];
  const channel = rng.weighted(CHANNELS);
  // Night noise is reported in the evening; patrols report in working hours.
  const minute = channel === 'patrol' ? rng.int(540, 1020) : rng.chance(0.4) ? rng.int(1200, 1430) : rng.int(480, 1200);
  const precision = rng.weighted({ exact: 0.55, building: 0.3, neighbour: 0.15 });
  return { houseIndex, day, minute, channel, category, topic, precision };
}

function occupantsFor(site: HouseSite, hard: boolean, relapse: boolean, rng: Rng, peopleScale: number): { people: number; partitions: number } {
  const scaled = (n: number): number => (peopleScale === 1 ? n : Math.max(4, Math.round(n * peopleScale)));
  if (hard) return { people: scaled(rng.int(5, 6)), partitions: site.bedrooms + 1 };
  // Linfen Road cases: 8 people in a 44 m² one-bedroom, 9 in a 60 m² two-bedroom.
  const range: Record<number, [number, number]> = { 1: [6, 9], 2: [8, 13], 3: [10, 16] };
  const [lo, hi] = range[Math.min(3, Math.max(1, site.bedrooms))];
  let people = rng.int(lo, hi);
  // After rectification the operator comes back more carefully: fewer beds.
  if (relapse) people = Math.max(5, Math.round(people * rng.uniform(0.7, 0.95)));
  const partitions = site.bedrooms * 2 + (site.livingRooms > 0 ? 1 : 0) + rng.int(0, 1);
  return { people: scaled(people), partitions };
}

/** Simulates one group-rental dwelling over the window (day indexes 0..count-1). */
export function simulateGroupRental(site: HouseSite, count: number, rng: Rng, world: World = DEFAULT_WORLD): GroupRentalLife {
  const episodes: Episode[] = [];
  const complaints: ComplaintEvent[] = [];
  const inspections: InspectionEvent[] = [];
  const keep = (day: number): boolean => day >= -HISTORY_DAYS && day < count;
  // Half are already running when the data starts (the stock); the others open during the year.
  let onset = rng.chance(0.5) ? -rng.int(15, 240) : rng.int(3, Math.max(4, count - 15));
  let relapse = false;
  const isHard = rng.chance(0.25) && site.bedrooms >= 1 && site.bedrooms <= 2;

  while (onset < count) {
    const hard = isHard && !relapse ? true : isHard && rng.chance(0.7);
    const { people, partitions } = occupantsFor(site, hard, relapse, rng, world.groupPeopleScale);
    // Operators leave on their own (lease ends, rents rise): mean ~18 months.
    let endExclusive = onset + 30 + Math.round(rng.exponential(540));
    let endedBy: Episode['endedBy'] = 'left';
    // Neighbours notice after weeks (more people on the stairs, rubbish, noise); small ones stay quiet for long.
    const rate = (hard ? 1 / 250 : people >= 10 ? 1 / 45 : 1 / 75) * world.complaintScale;
    let t = onset + 10 + rng.exponential((hard ? 150 : 50) / world.complaintScale);
    let lastVisit = Number.NEGATIVE_INFINITY;
    while (t < endExclusive) {
      const day = Math.floor(t);
      if (keep(day)) complaints.push(groupComplaint(rng, site.index, day));
      // Vague addresses and busy committees: fewer than half of the reports bring a visit to the right door.
      if (day - lastVisit > 20 && rng.chance(world.visitChance)) {
        let visit = day + rng.int(2, 12);
        lastVisit = visit;
        if (visit >= endExclusive) break;
        let confirmed = rng.chance(world.confirmChance);
        if (keep(visit)) inspections.push({ houseIndex: site.index, day: visit, minute: rng.int(540, 1020), result: confirmed ? 'confirmed' : 'no_access', reason: 'complaint' });
        if (!confirmed) {
          // Locked doors: an early-morning surprise visit a few days later (6 点多突击上门).
          visit += rng.int(2, 8);
          if (visit >= endExclusive) break;
          confirmed = rng.chance(0.8);
          lastVisit = visit;
          if (keep(visit)) inspections.push({ houseIndex: site.index, day: visit, minute: rng.int(360, 420), result: confirmed ? 'confirmed' : 'no_access', reason: 'revisit' });
        }
        if (confirmed) {
          // Notice with a 5-day deadline, joint acceptance, sometimes a second deadline after an interview.
          const rectified = visit + rng.int(5, 30);
          if (rectified < endExclusive) {
            endExclusive = rectified;
            endedBy = 'rectified';
            const acceptance = rectified + rng.int(0, 4);
            if (keep(acceptance)) inspections.push({ houseIndex: site.index, day: acceptance, minute: rng.int(540, 1020), result: 'not_confirmed', reason: 'acceptance' });
          }
          break;
        }
      }
      t += rng.exponential(1 / rate);
    }
    const end = endExclusive - 1;
    episodes.push({ start: onset, end: end >= count - 1 ? null : end, people, partitions, hard, endedBy: end >= count - 1 ? null : endedBy });
    if (end >= count - 1) break;
    // Relapse (回潮): a third of rectified flats are let by the bed again after a pause.
    const back = endedBy === 'rectified' ? rng.chance(world.relapseChance) : rng.chance(0.12);
    const gap = endedBy === 'rectified' ? rng.int(30, 150) : rng.int(20, 90);
    if (endedBy === 'rectified') {
      // 回头看: a re-check a month or two after rectification.
      const recheck = endExclusive + rng.int(25, 60);
      const relapsed = back && recheck >= endExclusive + gap;
      if (keep(recheck) && rng.chance(0.6)) {
        inspections.push({ houseIndex: site.index, day: recheck, minute: rng.int(540, 1020), result: relapsed ? 'confirmed' : 'not_confirmed', reason: 'recheck' });
        if (relapsed) {
          // The re-check caught the relapse: treat as rectified again shortly after.
          episodes.push({ start: endExclusive + gap, end: Math.min(count - 1, recheck + rng.int(5, 20)), people: Math.max(5, people - 2), partitions, hard, endedBy: 'rectified' });
          const last = episodes[episodes.length - 1];
          if (last.end !== null && last.end >= count - 1) { last.end = null; last.endedBy = null; }
          break;
        }
      }
    }
    if (!back) break;
    onset = endExclusive + gap;
    relapse = true;
  }
  return { episodes, complaints, inspections };
}

// Visits a world adds beside the complaint-driven ones of group-rental life:
// random checks (a rental survey round picks doors by lot) and targeted ones
// (a whistle already in use, or a grid worker's hunch, sends inspectors to
// flats that look crowded or odd). Who gets visited decides what the
// inspection labels say about the district, so worlds vary it (issue #10).
// Results agree with the truth on the visit day, as in inspections.ts. These
// visits record what was found; they do not end the group rental (the
// episode's end comes from group-rental-life.ts) — a simplification noted in
// docs/demo-data.md.
import type { InspectionEvent } from './enforcement-types.ts';
import { phaseAt } from './household-plan.ts';
import type { HouseholdPlan } from './household-types.ts';
import { inEpisode } from './inspections.ts';
import { streamFor, type Rng } from './rng.ts';
import type { World } from './world.ts';

/** How odd a dwelling looks on a day to someone choosing doors: crowding, a running leak, a business, a fresh move-in. */
export function oddness(plan: HouseholdPlan, day: number): number {
  const ph = phaseAt(plan, day);
  if (ph.kind === 'group') return 3;
  let w = 0.02;
  if (ph.kind === 'household' && ph.people / Math.max(1, plan.site.bedrooms) >= 2) w += 1.5;
  if (plan.leak && day >= plan.leak.start && day < plan.leak.end) w += 1;
  if (plan.business && day >= plan.business.start) w += 1;
  if (ph.kind === 'household' && day - ph.start >= 0 && day - ph.start < 60) w += 1;
  return w;
}

function outcome(plan: HouseholdPlan, day: number, world: World, rng: Rng): InspectionEvent['result'] {
  if (inEpisode(plan, day)) return rng.chance(world.confirmChance) ? 'confirmed' : 'no_access';
  return rng.chance(0.85) ? 'not_confirmed' : 'no_access';
}

/** The world's extra visits, per house (day order within a house), over day indexes 0..count-1. */
export function worldVisits(plans: HouseholdPlan[], count: number, seed: number, world: World): InspectionEvent[][] {
  const out: InspectionEvent[][] = plans.map(() => []);
  if (plans.length === 0 || (world.randomVisitsPerWeek <= 0 && world.targetedVisitsPerWeek <= 0)) return out;
  const rng = streamFor(seed, 'world-visits');
  const weights = new Float64Array(plans.length);
  for (let week = 0; week * 7 < count; week++) {
    const day = (): number => Math.min(count - 1, week * 7 + rng.int(0, 6));
    for (let k = rng.poisson(world.randomVisitsPerWeek); k > 0; k--) {
      const h = rng.int(0, plans.length - 1);
      const d = day();
      out[h].push({ houseIndex: h, day: d, minute: rng.int(540, 1020), result: outcome(plans[h], d, world, rng), reason: 'random' });
    }
    const targeted = rng.poisson(world.targetedVisitsPerWeek);
    if (targeted === 0) continue;
    const mid = Math.min(count - 1, week * 7 + 3);
    let total = 0;
    for (let h = 0; h < plans.length; h++) total += weights[h] = oddness(plans[h], mid);
    for (let k = 0; k < targeted; k++) {
      let x = rng.next() * total;
      let h = 0;
      while (h < plans.length - 1 && x >= weights[h]) x -= weights[h++];
      const d = day();
      out[h].push({ houseIndex: h, day: d, minute: rng.int(540, 1020), result: outcome(plans[h], d, world, rng), reason: 'targeted' });
    }
  }
  for (const v of out) v.sort((a, b) => a.day - b.day || a.minute - b.minute);
  return out;
}

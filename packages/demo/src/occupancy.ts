// Who sleeps in the flat each day of the window, from the plan. Group
// rentals fill their beds over weeks after opening and their headcount moves
// from day to day (beds change hands, night-shift workers); trips and the
// Spring Festival empty flats for a while.
import type { DemoCalendar } from './calendar.ts';
import type { HouseholdPlan } from './household-types.ts';
import { streamFor } from './rng.ts';
import type { OnsetShape } from './world.ts';

export const KIND_CODE = { vacant: 0, renovation: 1, household: 2, group: 3 } as const;

export interface OccupancySeries {
  /** People present (person-days; fractional when part of a family is away part of the time). */
  people: Float32Array;
  /** Phase kind code (KIND_CODE). */
  kind: Uint8Array;
  /** Usual number of residents of the phase (before absences). */
  residents: Float32Array;
  /** Rooms cooled or heated that day. */
  acUnits: Float32Array;
  waterElasticity: Float32Array;
  ebikes: Float32Array;
}

/** Share of the beds let `since` days after opening, by onset shape (world.ts). */
function filled(shape: OnsetShape, since: number, rampDays: number): number {
  const x = (since + 1) / rampDays;
  if (shape === 'staircase') return Math.ceil(x * 4) / 4; // room by room: a quarter, half, three quarters, all
  if (shape === 'slow') return 0.2 + 0.8 * x;
  return 0.35 + 0.65 * x; // ramp and sudden (a sudden one has 1-3 ramp days)
}

export function simulateOccupancy(plan: HouseholdPlan, cal: DemoCalendar, seed: number): OccupancySeries {
  const n = cal.count;
  const out: OccupancySeries = {
    people: new Float32Array(n), kind: new Uint8Array(n), residents: new Float32Array(n),
    acUnits: new Float32Array(n), waterElasticity: new Float32Array(n), ebikes: new Float32Array(n),
  };
  const rng = streamFor(seed, 'occupancy', plan.site.index);
  let pi = 0;
  let walk = 0;
  for (let d = 0; d < n; d++) {
    while (pi < plan.phases.length - 1 && plan.phases[pi].end <= d) pi++;
    const ph = plan.phases[pi];
    out.kind[d] = KIND_CODE[ph.kind];
    out.waterElasticity[d] = ph.waterElasticity;
    let residents = ph.people;
    if (ph.kind === 'group') {
      const since = d - ph.start;
      if (since < ph.rampDays) residents *= filled(ph.shape ?? 'ramp', since, ph.rampDays);
      // Beds change hands: an AR(1) walk of about ±1-2 people.
      walk = Math.max(-2.5, Math.min(2.5, 0.9 * walk + 0.5 * rng.normal()));
      residents = Math.max(1, Math.round(residents + walk));
    } else if (ph.kind === 'household' && rng.chance(cal.weekday[d] === 0 || cal.weekday[d] === 6 ? 0.05 : 0.015)) {
      residents += 1; // an overnight guest
    }
    let away = 0;
    for (const a of plan.absences) {
      if (a.start > d) break;
      if (d < a.end) away += a.share;
    }
    away = Math.min(1, away);
    const present = residents * (1 - away);
    out.residents[d] = residents;
    out.people[d] = present;
    out.acUnits[d] = present > 0 ? Math.min(ph.acUnits, Math.max(1, ph.acUnits * Math.min(1, (present / Math.max(1, ph.people)) * 1.3))) : 0;
    out.ebikes[d] = ph.ebikes * (1 - away);
  }
  return out;
}

// Daily water, electricity and gas of one dwelling from who is there, the
// weather and the household's habits. Every magnitude is documented with its
// basis in docs/demo-data.md.
import { coolingDegrees, heatingDegrees, type DemoCalendar } from './calendar.ts';
import type { HouseholdPlan } from './household-types.ts';
import { KIND_CODE, type OccupancySeries } from './occupancy.ts';
import { streamFor } from './rng.ts';
import { DEFAULT_WORLD, type World } from './world.ts';

/** Seasonal water swing per °C away from the annual mean (showers, laundry in summer). */
const WATER_PER_DEGREE = 0.012;
const ANNUAL_MEAN_C = 16.5;

export interface DailyUse {
  water: Float64Array;        // m³
  electricity: Float64Array;  // kWh
  gas: Float64Array;          // m³
}

/** Daily use of one dwelling; litres a day of one person and per-person power come from the world. */
export function simulateUse(plan: HouseholdPlan, occ: OccupancySeries, cal: DemoCalendar, seed: number, world: World = DEFAULT_WORLD): DailyUse {
  const n = cal.count;
  const rng = streamFor(seed, 'use', plan.site.index);
  const h = plan.habits;
  const water = new Float64Array(n);
  const electricity = new Float64Array(n);
  const gas = new Float64Array(n);
  // A vacant flat's fridge is usually unplugged; some keep it running.
  const vacantKwh = rng.chance(0.3) ? rng.uniform(0.6, 1.2) : rng.uniform(0.03, 0.3);
  for (let d = 0; d < n; d++) {
    const t = cal.tempC[d];
    const weekend = cal.weekday[d] === 0 || cal.weekday[d] === 6;
    const p = occ.people[d];
    const kind = occ.kind[d];
    const group = kind === KIND_CODE.group;
    let w = 0;
    let e = 0;
    let g = 0;
    if (p > 0.01) {
      const season = 1 + WATER_PER_DEGREE * (t - ANNUAL_MEAN_C);
      const weekendW = weekend && h.weekendAtHome ? 1.06 : 1;
      w = world.waterPerPersonL * Math.pow(p, occ.waterElasticity[d]) * h.waterMult * season * weekendW * rng.lognormal(0.18);
      // Lighting, cooking, screens: grows less than linearly with people, more for unrelated adults (each has own devices).
      const perPeople = (group ? 0.9 : 1.1) * Math.pow(p, group ? 0.85 : 0.7) * h.elecMult * world.elecScale;
      const heaterShowers = Math.pow(p, 0.85) * (1 + 0.025 * (ANNUAL_MEAN_C - t));
      const waterHeater = h.electricWaterHeater ? 0.9 * heaterShowers : 0;
      // Group rentals: every partition has its own AC and young tenants run it (acUse ~1).
      const acUse = group ? 1 : h.acUse;
      const ac = occ.acUnits[d] * acUse * (0.55 * coolingDegrees(t) + 0.3 * heatingDegrees(t));
      const ebikes = occ.ebikes[d] * 0.8;
      e = h.baseKwh + perPeople + waterHeater + ac + ebikes;
      if (weekend && h.weekendAtHome) e *= 1.06;
      e *= rng.lognormal(0.1);
      if (h.hasGas) {
        // Migrant workers in group rentals mostly eat out: little cooking, but daily showers on a gas heater.
        const cooking = (group ? 0.12 : 0.25) * Math.pow(p, 0.6);
        const showers = h.electricWaterHeater ? 0 : 0.12 * heaterShowers;
        g = (cooking + showers) * h.gasMult * rng.lognormal(0.25);
      }
    } else if (kind === KIND_CODE.renovation) {
      // Workers by day: some water, power tools, no cooking.
      w = rng.uniform(40, 150);
      e = h.baseKwh * 0.5 + rng.uniform(2, 7);
    } else if (kind === KIND_CODE.vacant) {
      w = rng.chance(1 / 30) ? rng.uniform(20, 80) : rng.uniform(0, 4); // the owner drops by now and then
      e = vacantKwh * rng.lognormal(0.2);
    } else {
      // Household away on a trip: fridge and standby keep running.
      w = rng.uniform(0, 6);
      e = h.baseKwh * rng.lognormal(0.15);
    }
    const leak = plan.leak;
    if (leak && d >= leak.start && d < leak.end) w += leak.litresPerDay * rng.lognormal(0.08);
    const biz = plan.business;
    if (biz && d >= biz.start) {
      const closed = biz.sundayClosed && cal.weekday[d] === 0;
      const festivalClosed = biz.kind === 'shop' && plan.absences.some((a) => d >= a.start && d < a.end);
      if (!closed && !festivalClosed) {
        // Shops cool the sales floor too.
        const cooling = biz.kind === 'shop' ? 1.2 * coolingDegrees(t) : 0;
        e += (biz.kwhPerDay + cooling) * rng.lognormal(0.15);
        w += biz.litresPerDay * rng.lognormal(0.25);
        g += biz.gasPerDay * rng.lognormal(0.25);
      } else {
        e += biz.kind === 'shop' ? biz.kwhPerDay * 0.25 : 0; // shop fridges stay on
      }
    }
    water[d] = w / 1000;
    electricity[d] = e;
    gas[d] = h.hasGas ? g : 0;
  }
  return { water, electricity, gas };
}

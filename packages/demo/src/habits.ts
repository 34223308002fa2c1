// Per-household spread and equipment. Two families of three differ by a
// factor of two in water and power; that spread, not the mean, is what makes
// a detector's job hard, so it is modelled explicitly.
import type { HouseSite } from './geography.ts';
import type { Habits, Profile } from './household-types.ts';
import type { Rng } from './rng.ts';
import type { World } from './world.ts';

/** Share of flats with piped gas, by era (old 新村 were all piped; many towers are all-electric). */
const GAS_SHARE = { old_xincun: 0.9, walkup: 0.8, high_rise: 0.5 } as const;

export function drawHabits(rng: Rng, site: HouseSite, profile: Profile, world: World): Habits {
  const hasGas = rng.chance(Math.min(1, GAS_SHARE[site.compound.type] * world.gasScale));
  const working = profile === 'couple' || profile === 'family' || profile === 'shared_rental' || profile === 'new_tenant';
  return {
    waterMult: rng.lognormal(0.3),
    elecMult: rng.lognormal(0.28),
    gasMult: rng.lognormal(0.3),
    acUse: profile === 'multigen_family' ? rng.uniform(0.3, 0.9) : rng.uniform(0.35, 1.3),
    baseKwh: rng.uniform(1.0, 2.6),
    hasGas,
    // Without gas the shower heater is electric; a third of gas flats also use an electric one.
    electricWaterHeater: !hasGas || rng.chance(0.35),
    weekendAtHome: working && rng.chance(0.75),
  };
}

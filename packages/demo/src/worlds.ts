// The named worlds of `sentinel eval --worlds` (issue #10): eight
// subdistricts that differ in housing stock, churn, meter rhythm, door cards,
// complaints, how inspectors choose doors, how group rentals open, and the
// effect sizes the detector leans on. Four are for TUNING; the other four are
// HELD OUT: report them, never tune on them. Every range and its basis is in
// docs/demo-data.md ("Worlds"). Seeds are fixed so a world is the same
// district on every machine.
import { defineWorld, type World } from './world.ts';

export type WorldRole = 'tune' | 'held-out';

export interface NamedWorld {
  world: World;
  role: WorldRole;
  seed: number;
  /** One line on what makes it different (printed by eval). */
  about: string;
}

export const WORLDS: readonly NamedWorld[] = [
  {
    role: 'tune', seed: 101, about: 'old 新村 core: few vacancies, daily meters, small door-card pilot',
    world: defineWorld('xincun-core', {
      shares: { vacant: 0.04, new_tenant: 0.018 }, rentedScale: 1.2, pilotCoverage: 0.1,
    }),
  },
  {
    role: 'tune', seed: 102, about: 'all-electric towers: little gas, many vacancies and move-ins, a third of water hand-read monthly',
    world: defineWorld('towers-electric', {
      shares: { vacant: 0.12, new_tenant: 0.04, group_rental: 0.03 }, gasScale: 0.45, pilotCoverage: 0,
      monthlyShare: { water: 0.3, electricity: 0, gas: 0.3 }, waterPerPersonL: 165, elecScale: 1.2,
      onsetShapes: { ramp: 0.4, sudden: 0.3, staircase: 0.2, slow: 0.1 },
    }),
  },
  {
    role: 'tune', seed: 103, about: 'high churn near a metro hub: move-ins every month, e-bikes, staircase fills, whistle-driven visits',
    world: defineWorld('churn-hub', {
      shares: { new_tenant: 0.06, shared_rental: 0.05, vacant: 0.08 }, rentedScale: 1.6, ebikeScale: 1.8,
      onsetShapes: { ramp: 0.3, sudden: 0.2, staircase: 0.4, slow: 0.1 }, targetedVisitsPerWeek: 15, pilotCoverage: 0.2,
      groupPeopleScale: 0.85, rampScale: 1.3,
    }),
  },
  {
    role: 'tune', seed: 104, about: 'families and trades: big families, home businesses, shops, leaks; neighbours complain a lot',
    world: defineWorld('family-trades', {
      shares: { multigen_family: 0.09, home_business: 0.035, shop: 0.012, leak: 0.025 }, complaintScale: 1.8,
      groupWaterElasticity: 0.75, randomVisitsPerWeek: 5, pilotCoverage: 0.3,
    }),
  },
  {
    role: 'held-out', seed: 201, about: 'monthly files per meter kind, half the water and a fifth of electricity hand-read, missing meters, random checks',
    world: defineWorld('monthly-feed', {
      monthlyFiles: true, monthlyShare: { water: 0.5, electricity: 0.2, gas: 0.5 }, missingMeterShare: 0.04,
      randomVisitsPerWeek: 10, shares: { vacant: 0.07, new_tenant: 0.03 }, pilotCoverage: 0.08,
    }),
  },
  {
    role: 'held-out', seed: 202, about: 'quiet neighbours: few complaints, small group rentals filling slowly, frequent leaks',
    world: defineWorld('quiet-slow', {
      complaintScale: 0.35, groupPeopleScale: 0.7, rampScale: 1.5, groupAcShare: 0.6,
      shares: { leak: 0.03, vacant: 0.1, new_tenant: 0.035 }, onsetShapes: { ramp: 0.2, sudden: 0.05, staircase: 0.25, slow: 0.5 },
      waterPerPersonL: 150, pilotCoverage: 0,
    }),
  },
  {
    role: 'held-out', seed: 203, about: 'boom: many large group rentals opening suddenly, frequent relapse, inspectors led by the whistle',
    world: defineWorld('crowded-boom', {
      shares: { group_rental: 0.07, vacant: 0.15, new_tenant: 0.05 }, groupPeopleScale: 1.3, relapseChance: 0.5,
      onsetShapes: { ramp: 0.3, sudden: 0.6, staircase: 0.1, slow: 0 }, targetedVisitsPerWeek: 25, confirmChance: 0.6,
      waterPerPersonL: 210, groupWaterElasticity: 0.92, pilotCoverage: 0.15,
    }),
  },
  {
    role: 'held-out', seed: 204, about: 'mixed use: trades, shops, big families, no gas in many flats, heavy per-person power, wide door cards',
    world: defineWorld('mixed-use', {
      shares: { home_business: 0.045, shop: 0.015, multigen_family: 0.1, vacant: 0.03, new_tenant: 0.025 }, gasScale: 0.6,
      elecScale: 1.35, waterPerPersonL: 225, groupWaterElasticity: 0.8, ebikeScale: 0.5, pilotCoverage: 0.35,
      complaintScale: 0.7, visitChance: 0.3,
    }),
  },
];

export function worldNamed(name: string): NamedWorld | undefined {
  return WORLDS.find((w) => w.world.name === name);
}

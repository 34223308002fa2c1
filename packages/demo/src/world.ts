// A world (世界): the knobs that make one subdistrict differ from another —
// housing stock and tenant churn, meter rhythm, door-card coverage, how often
// people complain, how inspectors choose doors, how group rentals open, and
// the effect sizes the detector leans on. DEFAULT_WORLD is the generator as it
// always was (its output is byte-identical to before worlds existed); the
// named worlds of `sentinel eval --worlds` are in worlds.ts, every range and
// its basis in docs/demo-data.md. Knobs that add randomness draw from their
// own streams, so a world changes only what its knobs touch.

/** How the beds of a new group rental fill (group-rental-life.ts, occupancy.ts). */
export const ONSET_SHAPES = ['ramp', 'sudden', 'staircase', 'slow'] as const;
export type OnsetShape = (typeof ONSET_SHAPES)[number];

export interface World {
  name: string;
  /** Shares of dwellings by archetype (profile-assignment.ts); the rest are ordinary households. */
  shares: {
    group_rental: number; shop: number; home_business: number; leak: number;
    multigen_family: number; shared_rental: number;
    /** Legal tenants or families moving into a vacant flat during the year (÷ 12 = monthly move-ins). */
    new_tenant: number;
    vacant: number;
  };
  /** × the share of flats let out (tenant churn: more rentals, more turnover). */
  rentedScale: number;
  /** × the share of flats with piped gas. */
  gasScale: number;
  /** Share of compounds with door-card readers (门禁); null = the default pilot of two compounds. */
  pilotCoverage: number | null;
  /** × every complaint rate (neighbours' reports about group rentals and the background). */
  complaintScale: number;
  /** Chance a group-rental complaint brings a visit to the right door (default 0.42). */
  visitChance: number;
  /** Chance a visit to a running group rental confirms it (default 0.72; the rest find the door locked). */
  confirmChance: number;
  /** Chance a rectified group rental comes back (回潮, default 0.33). */
  relapseChance: number;
  /** Share of meters read by hand once a month, by kind; null = the feed's default (3% water, 1.5% gas). */
  monthlyShare: { water: number; electricity: number; gas: number } | null;
  /** Share of dwellings whose meter of a kind is missing from meters.csv (never registered or not exported). */
  missingMeterShare: number;
  /** Visits a week to dwellings drawn at random (rental survey, 法律风险告知 rounds). */
  randomVisitsPerWeek: number;
  /** Visits a week to dwellings that look crowded or odd (a whistle already in use, or a grid worker's hunch). */
  targetedVisitsPerWeek: number;
  /** Weights of the onset shapes; null = the default ramp over 5-25 days. */
  onsetShapes: Record<OnsetShape, number> | null;
  /** × people per group rental. */
  groupPeopleScale: number;
  /** Litres a day of a one-person household at the median (default 190). */
  waterPerPersonL: number;
  /** Water economies of scale in a group rental: litres ∝ people^elasticity (default 0.85). */
  groupWaterElasticity: number;
  /** × per-person electricity (lighting, devices, water heating). */
  elecScale: number;
  /** Share of a group rental's partitions with their own air conditioner (default 1). */
  groupAcShare: number;
  /** × electric bikes charged indoors in group rentals. */
  ebikeScale: number;
  /** × the days over which beds fill after a group rental opens. */
  rampScale: number;
  /** Readings as monthly files per meter kind (readings/<kind>-YYYY-MM.csv) instead of one file per kind. */
  monthlyFiles: boolean;
}

export const DEFAULT_WORLD: World = {
  name: 'default',
  shares: {
    group_rental: 0.044, shop: 0.004, home_business: 0.012, leak: 0.012,
    multigen_family: 0.04, shared_rental: 0.035, new_tenant: 0.015, vacant: 0.06,
  },
  rentedScale: 1,
  gasScale: 1,
  pilotCoverage: null,
  complaintScale: 1,
  visitChance: 0.42,
  confirmChance: 0.72,
  relapseChance: 0.33,
  monthlyShare: null,
  missingMeterShare: 0,
  randomVisitsPerWeek: 0,
  targetedVisitsPerWeek: 0,
  onsetShapes: null,
  groupPeopleScale: 1,
  waterPerPersonL: 190,
  groupWaterElasticity: 0.85,
  elecScale: 1,
  groupAcShare: 1,
  ebikeScale: 1,
  rampScale: 1,
  monthlyFiles: false,
};

/** A world from the default with some knobs changed (shares merged). */
export function defineWorld(name: string, over: Omit<Partial<World>, 'shares'> & { shares?: Partial<World['shares']> }): World {
  return { ...DEFAULT_WORLD, ...over, name, shares: { ...DEFAULT_WORLD.shares, ...over.shares } };
}

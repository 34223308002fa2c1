// The plan of one dwelling over the window: who lives there when, and what
// else draws water or power. Day indexes count from the first day of the
// window (0) and may lie outside it (an episode that began before the data).
import type { HouseSite } from './geography.ts';
import type { OnsetShape } from './world.ts';

export const PROFILES = [
  'vacant', 'single', 'couple', 'family', 'multigen_family', 'shared_rental',
  'group_rental', 'leak', 'home_business', 'shop', 'new_tenant',
] as const;
export type Profile = (typeof PROFILES)[number];

/** Archetypes that look anomalous to a meter but are legal (truth.csv `confounder`). */
export const CONFOUNDER_PROFILES: ReadonlySet<Profile> = new Set<Profile>([
  'multigen_family', 'shared_rental', 'leak', 'home_business', 'shop', 'new_tenant',
]);

export type PhaseKind =
  | 'vacant'      // nobody lives there
  | 'renovation'  // empty flat being (re)fitted: workers by day, power tools, partitions going up
  | 'household'   // a family, couple, single person or legal sharers
  | 'group';      // a group rental (群租)

export interface Phase {
  kind: PhaseKind;
  start: number;            // first day index, inclusive
  end: number;              // last day index, exclusive
  people: number;           // usual number sleeping there
  /** Rooms cooled/heated separately: bedrooms in use, or every partition of a group rental. */
  acUnits: number;
  /** Water economies of scale: ~0.55 for a family sharing laundry and cooking, ~0.85 for unrelated adults. */
  waterElasticity: number;
  /** Electric bikes charged indoors (delivery riders in group rentals). */
  ebikes: number;
  /** Share of occupants who go home for the Spring Festival (migrant workers). */
  festivalLeavers: number;
  /** Ramp-in days: beds are filled over days or weeks after a group rental opens. */
  rampDays: number;
  /** How the beds fill over rampDays (group phases; absent = 'ramp'). */
  shape?: OnsetShape;
}

/** A period when all or part of the household is away (trips, Spring Festival, a student at university). */
export interface Absence {
  start: number;
  end: number;              // exclusive
  share: number;            // 1 = everyone away
}

export interface Leak {
  start: number;
  end: number;              // exclusive; may be beyond the window (still leaking)
  litresPerDay: number;
}

export interface Business {
  kind: 'home_business' | 'shop';
  trade: string;            // e.g. 理发店, 网店打包
  start: number;
  kwhPerDay: number;
  litresPerDay: number;
  gasPerDay: number;
  /** Closed on Sundays (a home workshop) or open every day (a street shop). */
  sundayClosed: boolean;
}

/** A group-rental period, as truth.csv reports it. */
export interface Episode {
  start: number;            // first day as a group rental
  end: number | null;       // last day as a group rental (inclusive); null = still one at the end of the window
  people: number;
  partitions: number;
  hard: boolean;            // small and hard to see: 5-6 people in a 2-bedroom flat
  endedBy: 'rectified' | 'left' | null;
}

/** Per-household habits: the spread that makes two families of three look different. */
export interface Habits {
  waterMult: number;
  elecMult: number;
  gasMult: number;
  acUse: number;            // how hard the AC is used (elderly: little)
  baseKwh: number;          // fridge, router, standby
  hasGas: boolean;
  electricWaterHeater: boolean;
  weekendAtHome: boolean;   // working adults: more use at weekends
}

/** Registry fields of houses.csv that depend on who lives there. */
export interface Registry {
  registeredResidents: number | null;
  isRental: boolean | null;
  rentalFiled: boolean | null;
}

export interface HouseholdPlan {
  site: HouseSite;
  profile: Profile;
  confounder: boolean;
  phases: Phase[];
  episodes: Episode[];
  absences: Absence[];
  leak: Leak | null;
  business: Business | null;
  habits: Habits;
  registry: Registry;
  /** True rental status (is_rental may not know it). */
  rented: boolean;
}

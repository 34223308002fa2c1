// Turns an archetype into a day-by-day plan of who lives in the flat, plus
// leaks, businesses and the registry's (often stale) view of it.
import { festivalAbsences, householdAbsences } from './absences.ts';
import type { DemoCalendar } from './calendar.ts';
import type { ComplaintEvent, InspectionEvent } from './enforcement-types.ts';
import type { HouseSite } from './geography.ts';
import { simulateGroupRental } from './group-rental-life.ts';
import { drawHabits } from './habits.ts';
import type { Absence, Business, HouseholdPlan, Leak, Phase, Profile, Registry } from './household-types.ts';
import { CONFOUNDER_PROFILES } from './household-types.ts';
import type { Assignment } from './profile-assignment.ts';
import { streamFor, type Rng } from './rng.ts';
import { DEFAULT_WORLD, type OnsetShape, type World } from './world.ts';

export interface PlannedHouse {
  plan: HouseholdPlan;
  complaints: ComplaintEvent[];
  inspections: InspectionEvent[];
}

const FAR_PAST = -100_000;
const FAR_FUTURE = 100_000;

function householdPhase(start: number, end: number, people: number, bedrooms: number, unrelated: boolean): Phase {
  return {
    kind: 'household', start, end, people,
    acUnits: Math.max(1, Math.min(bedrooms + 1, unrelated ? people : Math.ceil(people / 2) + 1)),
    waterElasticity: unrelated ? 0.8 : 0.55,
    ebikes: 0, festivalLeavers: 0, rampDays: 0,
  };
}

function emptyPhase(kind: 'vacant' | 'renovation', start: number, end: number): Phase {
  return { kind, start, end, people: 0, acUnits: 0, waterElasticity: 0.55, ebikes: 0, festivalLeavers: 0, rampDays: 0 };
}

function ordinarySize(rng: Rng, profile: Profile): number {
  if (profile === 'single') return 1;
  if (profile === 'couple') return 2;
  if (profile === 'multigen_family') return rng.int(5, 7);
  return rng.weighted({ three: 0.6, four: 0.35, five: 0.05 }) === 'three' ? 3 : rng.chance(0.875) ? 4 : 5;
}

const HOME_TRADES: Array<[string, number, number, number, number]> = [
  // trade, kWh/day lo..hi, litres/day, gas m³/day
  ['网店打包', 2, 5, 0, 0], ['缝纫加工', 3, 7, 0, 0], ['家庭烘焙', 4, 10, 100, 0.6],
  ['家庭美甲理发', 2, 5, 220, 0], ['课后托管', 1.5, 3.5, 80, 0.2], ['小作坊', 8, 20, 40, 0],
];
const SHOP_TRADES: Array<[string, number, number, number, number]> = [
  ['便利店', 15, 30, 30, 0], ['理发店', 8, 15, 650, 0], ['小吃店', 10, 20, 480, 4],
  ['快递驿站', 4, 8, 20, 0], ['洗衣店', 15, 30, 1100, 0], ['水果店', 6, 12, 40, 0],
];

function drawBusiness(rng: Rng, kind: Business['kind'], count: number): Business {
  const [trade, lo, hi, litres, gas] = rng.pick(kind === 'shop' ? SHOP_TRADES : HOME_TRADES);
  const start = rng.chance(kind === 'shop' ? 0.7 : 0.45) ? FAR_PAST : rng.int(10, Math.max(11, count - 20));
  return {
    kind, trade, start,
    kwhPerDay: rng.uniform(lo, hi),
    litresPerDay: litres * rng.lognormal(0.3),
    gasPerDay: gas * rng.lognormal(0.3),
    sundayClosed: kind === 'home_business' ? rng.chance(0.7) : false,
  };
}

function drawLeak(rng: Rng, count: number): Leak {
  // A running toilet cistern wastes ~100-800 L a day; a pipe more. Fixed when the bill or the neighbour below complains.
  const start = rng.chance(0.25) ? -rng.int(1, 60) : rng.int(0, Math.max(1, count - 10));
  const duration = rng.chance(0.1) ? rng.int(150, 400) : 5 + Math.round(rng.exponential(45));
  return { start, end: start + duration, litresPerDay: 250 * rng.lognormal(0.7) };
}

/** The registry's view: registered residents lag real moves; many rentals are neither known nor filed. */
function drawRegistry(rng: Rng, profile: Profile, rented: boolean, firstPeople: number, laterPeople: number): Registry {
  const unknown = rng.chance(0.08);
  let registered: number | null;
  if (unknown) registered = null;
  else if (profile === 'group_rental') registered = rng.chance(0.5) ? firstPeople : rng.int(0, 2);
  else if (profile === 'new_tenant') registered = rng.chance(0.5) ? laterPeople : rng.int(0, 2);
  else if (rented) registered = rng.chance(0.45) ? firstPeople : rng.chance(0.5) ? 0 : rng.int(1, 3);
  else if (profile === 'vacant') registered = rng.chance(0.5) ? rng.int(1, 3) : 0;
  else registered = rng.chance(0.75) ? firstPeople : Math.max(0, firstPeople + rng.pick([-2, -1, 1, 1, 2]));
  let isRental: boolean | null;
  if (rented) isRental = rng.chance(profile === 'group_rental' ? 0.55 : 0.65) ? true : rng.chance(0.7) ? null : false;
  else isRental = rng.chance(0.85) ? false : null;
  const filedShare = profile === 'group_rental' ? 0.15 : profile === 'shared_rental' ? 0.5 : 0.45;
  const rentalFiled = isRental === true ? rng.chance(filedShare) : isRental === false ? false : null;
  return { registeredResidents: registered, isRental, rentalFiled };
}

/**
 * The onset shape of a world that varies it, and its fill days (from its own
 * stream, so the default world's draws are untouched): sudden (beds let within
 * days), staircase (room by room over weeks), slow fill (over months).
 */
function drawShape(shapeRng: Rng, world: World, rampDays: number): { shape: OnsetShape; rampDays: number } {
  if (world.onsetShapes === null) return { shape: 'ramp', rampDays };
  const shape = shapeRng.weighted(world.onsetShapes);
  const days = shape === 'sudden' ? shapeRng.int(1, 3) : shape === 'staircase' ? shapeRng.int(20, 60) : shape === 'slow' ? shapeRng.int(45, 120) : rampDays;
  return { shape, rampDays: days };
}

function groupPhases(rng: Rng, site: HouseSite, life: ReturnType<typeof simulateGroupRental>, world: World, shapeRng: Rng): { phases: Phase[]; firstPeople: number } {
  const phases: Phase[] = [];
  const first = life.episodes[0];
  // Before: a legal tenant who left, or an empty flat; partitions go up in the last days.
  const preTenant = rng.chance(0.6);
  const firstPeople = preTenant ? rng.int(1, 3) : 0;
  const renovation = rng.int(3, 10);
  const vacantGap = rng.int(5, 40);
  let cursor = first.start - renovation;
  phases.push(emptyPhase('renovation', cursor, first.start));
  if (preTenant) {
    phases.push(emptyPhase('vacant', cursor - vacantGap, cursor));
    phases.push(householdPhase(FAR_PAST, cursor - vacantGap, firstPeople, site.bedrooms, false));
  } else {
    phases.push(emptyPhase('vacant', FAR_PAST, cursor));
  }
  life.episodes.forEach((ep, k) => {
    const endExclusive = ep.end === null ? FAR_FUTURE : ep.end + 1;
    const acUnits = world.groupAcShare === 1 ? ep.partitions : Math.max(1, Math.round(ep.partitions * world.groupAcShare));
    const ebikes = Math.round(ep.people * rng.uniform(0.1, 0.5) * world.ebikeScale);
    const festivalLeavers = rng.uniform(0.6, 0.95);
    const drawnRamp = ep.hard ? rng.int(3, 10) : rng.int(5, 25);
    const fill = drawShape(shapeRng, world, drawnRamp);
    phases.push({
      kind: 'group', start: ep.start, end: endExclusive, people: ep.people,
      acUnits, waterElasticity: world.groupWaterElasticity, ebikes, festivalLeavers,
      rampDays: Math.max(1, Math.round(fill.rampDays * world.rampScale)), shape: fill.shape,
    });
    if (ep.end === null) return;
    const next = life.episodes[k + 1];
    const stop = next ? next.start - rng.int(2, 6) : FAR_FUTURE;
    cursor = endExclusive;
    if (next) {
      phases.push(emptyPhase('vacant', cursor, stop));
      phases.push(emptyPhase('renovation', stop, next.start));
    } else {
      const gap = rng.int(10, 60);
      phases.push(emptyPhase('vacant', cursor, cursor + gap));
      // Re-let legally to one to three people, or left empty.
      if (rng.chance(0.6)) phases.push(householdPhase(cursor + gap, FAR_FUTURE, rng.int(1, 3), site.bedrooms, false));
      else phases.push(emptyPhase('vacant', cursor + gap, FAR_FUTURE));
    }
  });
  phases.sort((a, b) => a.start - b.start);
  return { phases, firstPeople };
}

export function planHouse(site: HouseSite, assignment: Assignment, cal: DemoCalendar, seed: number, world: World = DEFAULT_WORLD): PlannedHouse {
  const rng = streamFor(seed, 'plan', site.index);
  const { profile, rented } = assignment;
  const count = cal.count;
  const habits = drawHabits(rng, site, profile, world);
  let phases: Phase[] = [];
  let absences: Absence[] = [];
  let leak: Leak | null = null;
  let business: Business | null = null;
  let complaints: ComplaintEvent[] = [];
  let inspections: InspectionEvent[] = [];
  let episodes: HouseholdPlan['episodes'] = [];
  let firstPeople = 0;
  let laterPeople = 0;

  switch (profile) {
    case 'group_rental': {
      const life = simulateGroupRental(site, count, streamFor(seed, 'group-life', site.index), world);
      episodes = life.episodes;
      complaints = life.complaints;
      inspections = life.inspections;
      const built = groupPhases(rng, site, life, world, streamFor(seed, 'onset-shape', site.index));
      phases = built.phases;
      firstPeople = built.firstPeople;
      for (const ph of phases) {
        if (ph.kind === 'group') absences.push(...festivalAbsences(rng, cal, ph.festivalLeavers));
        else if (ph.kind === 'household') absences.push(...householdAbsences(rng, cal, ph.people, true));
      }
      break;
    }
    case 'vacant':
      phases = [emptyPhase('vacant', FAR_PAST, FAR_FUTURE)];
      break;
    case 'new_tenant': {
      // Vacant, then a legal household moves in mid-year (after a short clean-up).
      const arrival = rng.int(20, Math.max(21, count - 30));
      const kind = rng.weighted({ single: 0.25, couple: 0.35, family: 0.25, shared_rental: site.bedrooms >= 2 ? 0.15 : 0 });
      laterPeople = kind === 'shared_rental' ? site.bedrooms : ordinarySize(rng, kind);
      const clean = rng.int(2, 8);
      phases = [
        emptyPhase('vacant', FAR_PAST, arrival - clean),
        emptyPhase('renovation', arrival - clean, arrival),
        householdPhase(arrival, FAR_FUTURE, laterPeople, site.bedrooms, kind === 'shared_rental'),
      ];
      absences = householdAbsences(rng, cal, laterPeople, true).filter((a) => a.end > arrival);
      break;
    }
    case 'shared_rental': {
      // One tenant per room, sometimes a couple in one of them: legal (≤ 2 per room).
      firstPeople = site.bedrooms + (rng.chance(0.3) ? 1 : 0);
      phases = [householdPhase(FAR_PAST, FAR_FUTURE, firstPeople, site.bedrooms, true)];
      absences = householdAbsences(rng, cal, firstPeople, true);
      break;
    }
    case 'shop': {
      business = drawBusiness(rng, 'shop', count);
      // A shop has nobody living in it; the shopkeeper's family goes home at the Spring Festival.
      phases = [emptyPhase('vacant', FAR_PAST, FAR_FUTURE)];
      absences = festivalAbsences(rng, cal, 1);
      break;
    }
    default: {
      const base: Profile = profile === 'leak' || profile === 'home_business' ? rng.weighted({ single: 0.3, couple: 0.35, family: 0.35 }) : profile;
      const vacantLeak = profile === 'leak' && rng.chance(0.2);
      firstPeople = vacantLeak ? 0 : ordinarySize(rng, base);
      phases = vacantLeak ? [emptyPhase('vacant', FAR_PAST, FAR_FUTURE)] : [householdPhase(FAR_PAST, FAR_FUTURE, firstPeople, site.bedrooms, false)];
      if (!vacantLeak) absences = householdAbsences(rng, cal, firstPeople, rented);
      if (profile === 'leak') leak = drawLeak(rng, count);
      if (profile === 'home_business') business = drawBusiness(rng, 'home_business', count);
    }
  }
  const registry = drawRegistry(rng, profile, rented, firstPeople, laterPeople);
  absences.sort((a, b) => a.start - b.start);
  const plan: HouseholdPlan = {
    site, profile, confounder: CONFOUNDER_PROFILES.has(profile),
    phases, episodes, absences, leak, business, habits, registry, rented,
  };
  return { plan, complaints, inspections };
}

/** The phase a day falls in (phases are sorted and cover every day). */
export function phaseAt(plan: HouseholdPlan, day: number): Phase {
  let found = plan.phases[0];
  for (const ph of plan.phases) {
    if (ph.start <= day && day < ph.end) return ph;
    if (ph.start <= day) found = ph;
  }
  return found;
}

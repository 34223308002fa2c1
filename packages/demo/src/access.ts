// Door-access events for the pilot compounds (门禁试点). Residents carry
// credentials registered to their flat; in a group rental the landlord
// registered one or two, and the other tenants use unregistered faces or
// borrowed cards — many distinct credentials, late and night entries.
// Visitors and couriers open doors with passwords and apps.
import type { AccessMethod } from '@sentinel/domain';
import type { DemoCalendar } from './calendar.ts';
import type { Compound } from './geography.ts';
import type { HouseholdPlan } from './household-types.ts';
import { KIND_CODE, type OccupancySeries } from './occupancy.ts';
import { hashSeed, streamFor, type Rng } from './rng.ts';

export const ACCESS_HEADER = ['event_at', 'door_id', 'credential_id', 'house_id', 'method'];

type Role = 'commuter' | 'home' | 'day_shift' | 'night_shift' | 'rider';

interface Person {
  role: Role;
  credential: string;
  registered: boolean;
  method: AccessMethod;
}

interface PilotHouse {
  plan: HouseholdPlan;
  occ: OccupancySeries;
  household: Person[];
  group: Person[];
  doorCode: string;
}

/**
 * Picks the pilot: the largest old 新村 and one other compound (or all of a
 * tiny demo); with a world's coverage, that share of the compounds drawn at
 * random (at least one when the coverage is above 0).
 */
export function pilotCompounds(compounds: Compound[], plans: HouseholdPlan[], seed: number, coverage: number | null): Set<number> {
  if (coverage !== null) {
    const rng = streamFor(seed, 'pilot-coverage');
    const keyed = compounds.map((c) => [rng.next(), c.index] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const n = coverage <= 0 ? 0 : Math.max(1, Math.round(coverage * compounds.length));
    return new Set(keyed.slice(0, n).map((k) => k[1]));
  }
  const size = new Map<number, number>();
  for (const p of plans) size.set(p.site.compound.index, (size.get(p.site.compound.index) ?? 0) + 1);
  const byType = (t: Compound['type']): Compound[] => compounds.filter((c) => c.type === t).sort((a, b) => (size.get(b.index) ?? 0) - (size.get(a.index) ?? 0) || a.index - b.index);
  const chosen = new Set<number>();
  const old = byType('old_xincun');
  if (old.length > 0) chosen.add(old[Math.min(1, old.length - 1)].index);
  const other = byType('walkup')[0] ?? byType('high_rise')[0] ?? old[0];
  if (other) chosen.add(other.index);
  return chosen;
}

function credentialId(seed: number, ...parts: Array<string | number>): string {
  return `K${hashSeed(seed, 'credential', ...parts).toString(16).padStart(8, '0')}`;
}

function people(plan: HouseholdPlan, seed: number, rng: Rng): { household: Person[]; group: Person[] } {
  const i = plan.site.index;
  const household: Person[] = [];
  const maxHousehold = Math.max(0, ...plan.phases.filter((p) => p.kind === 'household').map((p) => p.people + 1));
  const elderlyHome = plan.profile === 'multigen_family' ? 2 : plan.profile === 'single' && rng.chance(0.5) ? 1 : 0;
  for (let k = 0; k < maxHousehold; k++) {
    household.push({
      role: k < elderlyHome ? 'home' : 'commuter',
      credential: credentialId(seed, i, 'h', k),
      registered: rng.chance(0.9),
      method: rng.chance(0.55) ? 'card' : 'face',
    });
  }
  const group: Person[] = [];
  const maxGroup = Math.max(0, ...plan.episodes.map((e) => e.people + 3));
  // Landlord registered a couple of cards; tenants share them or enrol unregistered faces.
  const sharedCards = [credentialId(seed, i, 'g-card', 0), credentialId(seed, i, 'g-card', 1)];
  for (let k = 0; k < maxGroup; k++) {
    const own = rng.chance(0.6);
    group.push({
      role: rng.weighted({ day_shift: 0.55, night_shift: 0.25, rider: 0.2 }) as Role,
      credential: own ? credentialId(seed, i, 'g', k) : sharedCards[k % 2],
      registered: !own,
      method: own ? (rng.chance(0.6) ? 'face' : 'card') : 'card',
    });
  }
  return { household, group };
}

/** Entry minutes of one person on one day. */
function entries(role: Role, weekend: boolean, rng: Rng): number[] {
  switch (role) {
    case 'commuter':
      if (weekend) return rng.chance(0.7) ? [rng.int(600, 1260)] : [];
      return rng.chance(0.25) ? [rng.int(1050, 1230), rng.int(1260, 1380)] : [rng.int(1050, 1230)];
    case 'home':
      return rng.chance(0.8) ? [rng.int(480, 660), ...(rng.chance(0.5) ? [rng.int(840, 1020)] : [])] : [];
    case 'day_shift':
      return [rng.int(1140, 1420)];
    case 'night_shift':
      return [rng.int(360, 540)];
    case 'rider':
      return [rng.int(600, 900), rng.int(1260, 1439), ...(rng.chance(0.4) ? [rng.int(0, 150)] : [])];
  }
}

export interface AccessDayWriter {
  (monthKey: string, text: string): Promise<void>;
}

/** Writes the pilot's events day by day (sorted by time within a day) through `emit`. Returns the event count. */
export async function writeAccessEvents(
  compounds: Compound[], plans: HouseholdPlan[], occupancy: (plan: HouseholdPlan) => OccupancySeries,
  cal: DemoCalendar, seed: number, emit: AccessDayWriter, coverage: number | null = null,
): Promise<{ events: number; houses: number; compounds: string[] }> {
  const pilot = pilotCompounds(compounds, plans, seed, coverage);
  const rng = streamFor(seed, 'access');
  const houses: PilotHouse[] = [];
  for (const plan of plans) {
    if (!pilot.has(plan.site.compound.index)) continue;
    const { household, group } = people(plan, seed, streamFor(seed, 'access-people', plan.site.index));
    houses.push({ plan, occ: occupancy(plan), household, group, doorCode: `MJ${String(plan.site.compound.index + 1).padStart(3, '0')}` });
  }
  const couriers = Array.from({ length: 25 }, (_, k) => credentialId(seed, 'courier', k));
  let total = 0;
  for (let d = 0; d < cal.count; d++) {
    const weekend = cal.weekday[d] === 0 || cal.weekday[d] === 6;
    const events: Array<[number, string]> = [];
    const add = (minute: number, door: string, credential: string, houseId: string, method: AccessMethod): void => {
      events.push([minute * 60 + rng.int(0, 59), `${door},${credential},${houseId},${method}`]);
    };
    for (const h of houses) {
      const present = Math.round(h.occ.people[d]);
      if (present <= 0) continue;
      const group = h.occ.kind[d] === KIND_CODE.group;
      const crowd = group ? h.group : h.household;
      const houseId = h.plan.site.houseId;
      const buildingDoor = `${h.doorCode}-${h.plan.site.building}`;
      for (let k = 0; k < Math.min(present, crowd.length); k++) {
        const p = crowd[k];
        // A fifth of group tenants slip in behind someone else (no event of their own).
        if (group && rng.chance(0.2)) continue;
        for (const minute of entries(p.role, weekend, rng)) {
          // Compound gates often have an open pedestrian side: only some entries are logged there.
          if (rng.chance(0.35)) add(Math.max(0, minute - rng.int(1, 4)), `${h.doorCode}-G${1 + (h.plan.site.index % 2)}`, p.credential, p.registered ? houseId : '', p.method);
          add(minute, buildingDoor, p.credential, p.registered ? houseId : '', p.method);
        }
      }
      if (rng.chance(weekend ? 0.12 : 0.05)) add(rng.int(600, 1260), buildingDoor, credentialId(seed, 'visitor', h.plan.site.index, d), '', 'password');
      if (rng.chance(group ? 0.5 : 0.12)) add(rng.int(600, 1290), buildingDoor, rng.pick(couriers), '', 'app');
    }
    events.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    let text = '';
    for (const [sec, rest] of events) {
      const hh = Math.floor(sec / 3600);
      const mm = Math.floor((sec % 3600) / 60);
      const ss = sec % 60;
      text += `${cal.iso[d]}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:${ss < 10 ? '0' : ''}${ss},${rest}\n`;
    }
    total += events.length;
    await emit(cal.iso[d].slice(0, 7), text);
  }
  return { events: total, houses: houses.length, compounds: compounds.filter((c) => pilot.has(c.index)).map((c) => c.name) };
}

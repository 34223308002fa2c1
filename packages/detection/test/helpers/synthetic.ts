// A small synthetic district built straight as DailyMatrix inputs, for tests
// of the engine's mechanisms (not a stand-in for the demo generator): normal
// households, group rentals with an onset, and the confounders the model
// must not flag — a leak, a big registered family, a home business, a vacant
// flat that gets a legal tenant.
import { isoToDay } from '@sentinel/domain';
import type { DailyMatrix, DetectionInput, HouseFacts } from '../../src/types.ts';

export type Profile = 'normal' | 'group' | 'leak' | 'family' | 'shop' | 'vacantThenTenant';

export interface SynthHouse {
  profile: Profile;
  onsetDay: number | null;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gauss(r: () => number): number {
  const u = Math.max(1e-12, r());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export interface SynthOptions {
  houses: number;
  days: number;
  seed: number;
  start?: string;
  /** profile of house i (default: mostly normal, a few of each other) */
  profileOf?: (i: number) => Profile;
}

export function defaultProfile(i: number): Profile {
  if (i % 40 === 3) return 'group';
  if (i % 97 === 5) return 'leak';
  if (i % 89 === 7) return 'family';
  if (i % 83 === 9) return 'shop';
  if (i % 79 === 11) return 'vacantThenTenant';
  return 'normal';
}

export function synthesize(o: SynthOptions): { input: DetectionInput; truth: SynthHouse[] } {
  const r = rng(o.seed);
  const startDay = isoToDay(o.start ?? '2025-06-01');
  const H = o.houses;
  const D = o.days;
  const water = new Float32Array(H * D);
  const elec = new Float32Array(H * D);
  const houses: HouseFacts[] = [];
  const truth: SynthHouse[] = [];
  for (let h = 0; h < H; h++) {
    const bedrooms = 1 + (h % 3);
    const profile = (o.profileOf ?? defaultProfile)(h);
    const family = profile === 'family' ? 7 : 1 + Math.floor(r() * bedrooms * 1.5) + (bedrooms > 1 ? 1 : 0);
    const onset = profile === 'group' || profile === 'leak' || profile === 'vacantThenTenant'
      ? startDay + Math.floor(D * 0.55 + r() * D * 0.4) : null;
    houses.push({
      houseId: `H${String(h).padStart(5, '0')}`,
      neighborhood: `N${h % 2}`,
      community: `C${h % 4}`,
      building: `${h % 10}`,
      unit: null,
      room: `${h}`,
      address: `某路${h % 4}弄${h % 10}号${h}室`,
      areaM2: 30 + bedrooms * 22,
      bedrooms,
      livingRooms: 1,
      registeredResidents: profile === 'family' ? 7 : profile === 'group' ? 1 : family,
      isRental: null,
      rentalFiled: null,
    });
    truth.push({ profile, onsetDay: onset });
    const habitW = Math.exp(0.25 * gauss(r));
    const habitE = Math.exp(0.25 * gauss(r));
    for (let d = 0; d < D; d++) {
      const day = startDay + d;
      const season = 1 + 0.25 * Math.cos((2 * Math.PI * (d + 30)) / 365);
      const weekend = ((day + 4) % 7 === 0 || (day + 4) % 7 === 6) ? 1.15 : 1;
      let n = family;
      let leak = 0;
      let shop = 0;
      if (profile === 'group' && onset !== null && day >= onset) n = family + 6 + Math.floor(r() * 0.5);
      if (profile === 'leak' && onset !== null && day >= onset) leak = 0.5;
      if (profile === 'shop') shop = weekend > 1 ? 0 : 12;
      if (profile === 'vacantThenTenant' && onset !== null && day < onset) n = 0;
      const present = n > 0 ? 1 : 0;
      water[h * D + d] = present * 0.16 * Math.pow(n, 0.5) * habitW * weekend * Math.exp(0.2 * gauss(r)) + leak;
      elec[h * D + d] = (1.5 + present * 2.5 * Math.pow(n, 0.6) * habitE * season * Math.exp(0.15 * gauss(r))) + shop;
    }
  }
  const mk = (kind: 'water' | 'electricity', values: Float32Array): DailyMatrix => ({ kind, startDay, days: D, values, flags: new Uint8Array(H * D) });
  return {
    input: {
      asOfDay: startDay + D - 1,
      houses,
      water: mk('water', water),
      electricity: mk('electricity', elec),
      gas: null,
      access: null,
      complaints: [],
      inspections: [],
    },
    truth,
  };
}

// Which archetype lives in which flat. Rare archetypes are drawn as exact
// shares (so a 300-house test still has some) from the flats where they
// occur in practice: group rentals in rented small flats of old compounds,
// shops on ground floors, big families in two- and three-bedroom flats.
import type { HouseSite } from './geography.ts';
import type { Profile } from './household-types.ts';
import { streamFor } from './rng.ts';
import { DEFAULT_WORLD, type World } from './world.ts';

/**
 * Shares of dwellings. Group rentals: ~4.4% of dwellings have an episode in
 * the year or the eight months before it; with episodes cut short by
 * rectification that gives ~1.5% on any given day (Tianjin: 6.4% of rented
 * units; with ~25% of flats rented that is ~1.6% of all dwellings). The
 * default shares are DEFAULT_WORLD's; other worlds change them.
 */
export function rareShares(world: World): Array<[Profile, number]> {
  const s = world.shares;
  // Drawn in this order (rarest-placed first); the order is part of the seed's meaning.
  return [
    ['group_rental', s.group_rental], ['shop', s.shop], ['home_business', s.home_business], ['leak', s.leak],
    ['multigen_family', s.multigen_family], ['shared_rental', s.shared_rental], ['new_tenant', s.new_tenant], ['vacant', s.vacant],
  ];
}

/** Share of flats let out, by era: old public-housing 新村 are let far more often. */
export const RENTED_SHARE = { old_xincun: 0.28, walkup: 0.18, high_rise: 0.14 } as const;

function eligible(profile: Profile, site: HouseSite, rented: boolean): number {
  switch (profile) {
    case 'group_rental':
      if (!rented || site.compound.type === 'high_rise') return 0;
      return site.compound.type === 'old_xincun' ? 3 : 1;
    case 'shop':
      return site.floor === 1 && site.compound.type !== 'high_rise' ? 1 : 0;
    case 'multigen_family':
      return site.bedrooms >= 2 && !rented ? 1 : 0;
    case 'shared_rental':
      return site.bedrooms >= 2 && rented ? 1 : 0;
    case 'new_tenant':
      return rented ? 1 : 0;
    default:
      return 1;
  }
}

export interface Assignment {
  profile: Profile;
  rented: boolean;
}

export function assignProfiles(sites: HouseSite[], seed: number, world: World = DEFAULT_WORLD): Assignment[] {
  const rng = streamFor(seed, 'profiles');
  const out: Assignment[] = sites.map((s) => ({ profile: 'single', rented: rng.chance(Math.min(0.95, RENTED_SHARE[s.compound.type] * world.rentedScale)) }));
  const taken = new Uint8Array(sites.length);
  for (const [profile, share] of rareShares(world)) {
    const want = Math.round(sites.length * share);
    // Weighted sampling without replacement (Efraimidis-Spirakis keys).
    const keyed: Array<[number, number]> = [];
    for (let i = 0; i < sites.length; i++) {
      if (taken[i]) continue;
      const w = eligible(profile, sites[i], out[i].rented);
      if (w > 0) keyed.push([Math.pow(rng.next(), 1 / w), i]);
    }
    keyed.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; k < Math.min(want, keyed.length); k++) {
      const i = keyed[k][1];
      taken[i] = 1;
      out[i].profile = profile;
    }
  }
  // Everyone else: size by bedrooms (Shanghai mean household ~2.4 people).
  for (let i = 0; i < sites.length; i++) {
    if (taken[i]) continue;
    const b = sites[i].bedrooms;
    const w = b <= 1 ? { single: 0.45, couple: 0.4, family: 0.15 } : b === 2 ? { single: 0.18, couple: 0.35, family: 0.47 } : { single: 0.08, couple: 0.27, family: 0.65 };
    out[i].profile = rng.weighted(w);
  }
  return out;
}

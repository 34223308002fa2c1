// Matching a free-text address (a 12345 ticket) to a house of the registry.
// Exact: the canonical key (area|building|unit|room) of the ticket equals one
// house's, where a house has keys for its road-and-lane address and for its
// compound name (callers say 临汾小区12号301 as often as 汾西路261弄12号301).
// Fuzzy: same building and room, and an area that is close by edit distance
// (a typo, a homophone, the lane left out). Two equally good candidates are
// never guessed between: that is 'none'.
import { similarity } from './edit-distance.ts';
import {
  canonicalKey, compoundCore, normaliseAddress, normaliseBuilding, normaliseRoom, normaliseUnit, parseAddress,
} from './normalize.ts';

export interface AddressHouse {
  address: string;
  community: string;
  building: string;
  unit?: string | null;
  room: string;
}

export interface AddressMatch {
  /** Index into the houses given to buildAddressIndex; -1 when none. */
  houseIdx: number;
  match: 'exact' | 'fuzzy' | 'none';
  /** 1 for exact, below 1 for fuzzy, 0 for none. */
  confidence: number;
}

export interface AddressIndex {
  /** Canonical key -> houses having it (more than one = ambiguous). */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** `building|room` -> houses, for the fuzzy pass. */
  readonly byBuildingRoom: ReadonlyMap<string, readonly number[]>;
  /** Per house: the areas it can be named by (road-lane, compound, compound core). */
  readonly areas: ReadonlyArray<readonly string[]>;
  readonly units: ReadonlyArray<string | null>;
}

/** Minimum area similarity for a fuzzy match, and the lead the best must have over the runner-up. */
const FUZZY_MIN = 0.6;
const FUZZY_MARGIN = 0.1;
/** A fuzzy match is never as sure as an exact one. */
const FUZZY_SCALE = 0.9;

const NONE: AddressMatch = { houseIdx: -1, match: 'none', confidence: 0 };

function addTo(map: Map<string, number[]>, key: string, idx: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [idx]);
  else if (list[list.length - 1] !== idx) list.push(idx);
}

export function buildAddressIndex(houses: ReadonlyArray<AddressHouse>): AddressIndex {
  const exact = new Map<string, number[]>();
  const byBuildingRoom = new Map<string, number[]>();
  const areas: string[][] = [];
  const units: (string | null)[] = [];
  houses.forEach((h, idx) => {
    const building = normaliseBuilding(h.building);
    const room = normaliseRoom(h.room);
    const unitText = h.unit ? normaliseUnit(h.unit) : '';
    const unit = unitText === '' ? null : unitText;
    const parsed = parseAddress(normaliseAddress(h.address));
    const community = normaliseAddress(h.community);
    const names = new Set<string>();
    if (parsed) names.add(parsed.area);
    if (community !== '') {
      names.add(community);
      names.add(compoundCore(community));
    }
    const houseAreas = [...names].filter((a) => a !== '');
    // The registry's own address may spell building/room differently from its columns: index both.
    const pairs = new Set([`${building}|${room}`]);
    if (parsed) pairs.add(`${parsed.building}|${parsed.room}`);
    for (const pair of pairs) {
      const [b, r] = pair.split('|');
      addTo(byBuildingRoom, pair, idx);
      for (const area of houseAreas) {
        addTo(exact, canonicalKey(area, b, null, r), idx);
        if (unit !== null) addTo(exact, canonicalKey(area, b, unit, r), idx);
      }
    }
    areas.push(houseAreas);
    units.push(unit);
  });
  return { exact, byBuildingRoom, areas, units };
}

export function matchAddress(index: AddressIndex, text: string): AddressMatch {
  const parsed = parseAddress(normaliseAddress(text));
  if (!parsed || parsed.area === '') return NONE;

  // Exact: with the unit when the caller gave one, else without.
  const keys = parsed.unit !== null
    ? [canonicalKey(parsed.area, parsed.building, parsed.unit, parsed.room), canonicalKey(parsed.area, parsed.building, null, parsed.room)]
    : [canonicalKey(parsed.area, parsed.building, null, parsed.room)];
  for (const key of keys) {
    const hits = index.exact.get(key);
    if (!hits) continue;
    // With the unit given, a unit-less key may still hold houses of another unit: keep those without a unit or the same one.
    const fitting = parsed.unit === null ? hits : hits.filter((i) => index.units[i] === null || index.units[i] === parsed.unit);
    if (fitting.length === 1) return { houseIdx: fitting[0], match: 'exact', confidence: 1 };
    if (fitting.length > 1) return NONE; // ambiguous
  }

  // Fuzzy: same building and room, the closest area.
  const candidates = index.byBuildingRoom.get(`${parsed.building}|${parsed.room}`);
  if (!candidates) return NONE;
  let best = -1;
  let bestSim = 0;
  let secondSim = 0;
  for (const i of candidates) {
    if (parsed.unit !== null && index.units[i] !== null && index.units[i] !== parsed.unit) continue;
    let sim = 0;
    for (const area of index.areas[i]) sim = Math.max(sim, similarity(parsed.area, area));
    if (sim > bestSim) {
      secondSim = bestSim;
      bestSim = sim;
      best = i;
    } else if (sim > secondSim) {
      secondSim = sim;
    }
  }
  if (best < 0 || bestSim < FUZZY_MIN || bestSim - secondSim < FUZZY_MARGIN) return NONE;
  return { houseIdx: best, match: 'fuzzy', confidence: Math.round(bestSim * FUZZY_SCALE * 1000) / 1000 };
}

// The built district: neighbourhoods (居民区), compounds (小区) on road-and-lane
// addresses, buildings (号) and flats (室) with Shanghai unit mixes. Old
// 1970s-90s 新村 dominate, as in north Jing'an; a few newer walk-ups and towers.
import { CENTRE, COMPOUND_SUFFIX, ORDINALS, PLACE_STEMS, ROADS, SUBDISTRICT } from './names.ts';
import { streamFor, type Rng } from './rng.ts';

export const COMPOUND_TYPES = ['old_xincun', 'walkup', 'high_rise'] as const;
export type CompoundType = (typeof COMPOUND_TYPES)[number];

export interface Compound {
  index: number;
  name: string;
  type: CompoundType;
  road: string;
  lane: string;          // 弄 number
  neighborhood: string;
  lat: number;
  lon: number;
}

export interface HouseSite {
  index: number;
  houseId: string;
  subdistrict: string;
  compound: Compound;
  building: string;      // 号
  floor: number;
  floors: number;
  room: string;          // 室, e.g. 301
  address: string;       // canonical, e.g. 汾西路261弄12号301室
  area: number;          // m², one decimal
  bedrooms: number;
  livingRooms: number;
  lat: number;
  lon: number;
}

interface Layout { bedrooms: number; livingRooms: number; area: number }

/** Unit mixes (share, bedrooms, living rooms, area range m²) by era; old 新村 flats are small. */
const LAYOUTS: Record<CompoundType, Array<[number, number, number, number, number]>> = {
  old_xincun: [[0.38, 1, 1, 35, 50], [0.5, 2, 1, 50, 72], [0.08, 2, 0, 46, 58], [0.04, 3, 1, 72, 88]],
  walkup: [[0.15, 1, 1, 50, 66], [0.55, 2, 1, 72, 96], [0.3, 3, 2, 92, 125]],
  high_rise: [[0.12, 1, 1, 55, 72], [0.5, 2, 2, 82, 105], [0.38, 3, 2, 108, 140]],
};

function pickLayout(rng: Rng, type: CompoundType): Layout {
  const table = LAYOUTS[type];
  let x = rng.next();
  for (const [share, bedrooms, livingRooms, lo, hi] of table) {
    x -= share;
    if (x < 0) return { bedrooms, livingRooms, area: rng.uniform(lo, hi) };
  }
  const [, bedrooms, livingRooms, lo, hi] = table[table.length - 1];
  return { bedrooms, livingRooms, area: rng.uniform(lo, hi) };
}

const METRES_PER_DEG_LAT = 111_000;
const METRES_PER_DEG_LON = 111_000 * Math.cos((CENTRE.lat * Math.PI) / 180);

function houseIdWidth(total: number): number {
  return Math.max(6, String(total).length);
}

/** Builds exactly `total` dwellings, deterministic for the seed. */
export function buildDistrict(total: number, seed: number): { compounds: Compound[]; sites: HouseSite[] } {
  const rng = streamFor(seed, 'geography');
  const compounds: Compound[] = [];
  const sites: HouseSite[] = [];
  const width = houseIdWidth(total);
  const usedLanes = new Set<string>();
  const stems = rng.shuffle([...PLACE_STEMS]);
  const roads = rng.shuffle([...ROADS]);
  // ~8-12 neighbourhood committees of roughly equal size (a committee serves ~1,000-3,000 households).
  const neighborhoodCount = Math.max(1, Math.min(rng.int(8, 12), Math.ceil(total / 60)));
  const perNeighborhood = Math.ceil(total / neighborhoodCount);
  const neighborhoodNames = stems.slice(0, neighborhoodCount).map((s, i) => `${s}${i % 3 === 2 ? '第二' : ''}居民区`);
  const gridCols = Math.max(1, Math.ceil(Math.sqrt(total / 450)));
  const stemUse = new Map<string, number>();

  while (sites.length < total) {
    const ci = compounds.length;
    const type: CompoundType = rng.weighted({ old_xincun: 0.62, walkup: 0.22, high_rise: 0.16 });
    const road = roads[ci % roads.length];
    let lane = '';
    do lane = String(rng.int(2, 120) * (type === 'old_xincun' ? 5 : 7) + rng.int(0, 1));
    while (usedLanes.has(road + lane));
    usedLanes.add(road + lane);
    const stem = stems[(ci + neighborhoodCount) % stems.length];
    const n = (stemUse.get(stem) ?? 0) + 1;
    stemUse.set(stem, n);
    const suffix = rng.pick(COMPOUND_SUFFIX[type]);
    const name = type === 'old_xincun' ? `${stem}${ORDINALS[(n - 1) % ORDINALS.length]}${suffix}` : `${stem}${suffix}${n > 1 ? ORDINALS[n - 1] + '期' : ''}`;
    const neighborhood = neighborhoodNames[Math.min(neighborhoodCount - 1, Math.floor(sites.length / perNeighborhood))];
    // Compounds on a jittered grid ~450 m apart around the centre.
    const gx = ci % gridCols - (gridCols - 1) / 2;
    const gy = Math.floor(ci / gridCols) - (gridCols - 1) / 2;
    const cx = gx * 420 + rng.uniform(-90, 90);
    const cy = gy * 380 + rng.uniform(-90, 90);
    const compound: Compound = {
      index: ci, name, type, road, lane, neighborhood,
      lat: CENTRE.lat + cy / METRES_PER_DEG_LAT,
      lon: CENTRE.lon + cx / METRES_PER_DEG_LON,
    };
    compounds.push(compound);
    addBuildings(rng, compound, sites, total, width);
  }
  return { compounds, sites };
}

function addBuildings(rng: Rng, compound: Compound, sites: HouseSite[], total: number, width: number): void {
  const type = compound.type;
  const buildingCount = type === 'old_xincun' ? rng.int(12, 40) : type === 'walkup' ? rng.int(8, 18) : rng.int(3, 8);
  let number = 0;
  for (let b = 0; b < buildingCount && sites.length < total; b++) {
    number += rng.chance(0.08) ? 2 : 1; // numbering has gaps where a building was merged or renumbered
    const floors = type === 'high_rise' ? rng.int(18, 28) : type === 'walkup' ? 6 : rng.chance(0.8) ? 6 : 7;
    const perFloor = type === 'high_rise' ? 4 : type === 'walkup' ? 2 : rng.int(2, 3);
    // Flats above one another share a layout (301, 401, 501 …).
    const column: Layout[] = [];
    for (let k = 0; k < perFloor; k++) column.push(pickLayout(rng, type));
    // Slab buildings in rows, ~35 m apart.
    const bx = (b % 6) * 35 - 90 + rng.uniform(-5, 5);
    const by = Math.floor(b / 6) * 30 - 60 + rng.uniform(-5, 5);
    const lat = compound.lat + by / METRES_PER_DEG_LAT;
    const lon = compound.lon + bx / METRES_PER_DEG_LON;
    const building = String(number);
    for (let f = 1; f <= floors && sites.length < total; f++) {
      for (let k = 0; k < perFloor && sites.length < total; k++) {
        const layout = column[k];
        const room = `${f}${String(k + 1).padStart(2, '0')}`;
        const index = sites.length;
        sites.push({
          index,
          houseId: `H${String(index + 1).padStart(width, '0')}`,
          subdistrict: SUBDISTRICT,
          compound,
          building,
          floor: f,
          floors,
          room,
          address: `${compound.road}${compound.lane}弄${building}号${room}室`,
          area: Math.round((layout.area + rng.uniform(-0.8, 0.8)) * 100) / 100,
          bedrooms: layout.bedrooms,
          livingRooms: layout.livingRooms,
          lat: Math.round((lat + rng.uniform(-2, 2) / METRES_PER_DEG_LAT) * 1e6) / 1e6,
          lon: Math.round((lon + rng.uniform(-4, 4) / METRES_PER_DEG_LON) * 1e6) / 1e6,
        });
      }
    }
  }
}

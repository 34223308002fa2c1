// Addresses as callers and other systems write them: 号楼 for 号, no 室,
// full-width digits, spaces, the compound's name instead of road and lane, a
// city/district prefix, 12-301 shorthand. Matching these back to houses.csv
// is the importer's job; the demo must give it the real variety.
import type { HouseSite } from './geography.ts';
import { CITY, DISTRICT } from './names.ts';
import type { Rng } from './rng.ts';

function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Building-level address (no room), as in "12号楼里有群租". */
export function buildingAddress(site: HouseSite, rng: Rng): string {
  const c = site.compound;
  const head = rng.chance(0.35) ? c.name : `${c.road}${c.lane}弄`;
  return `${head}${site.building}${rng.chance(0.5) ? '号楼' : '号'}`;
}

/** A room-level address written in one of the usual ways. */
export function variantAddress(site: HouseSite, rng: Rng, room = site.room): string {
  const c = site.compound;
  const style = rng.weighted({ canonical: 0.25, haolou: 0.15, noShi: 0.15, compound: 0.15, dash: 0.1, spaced: 0.1, prefixed: 0.1 });
  let a: string;
  switch (style) {
    case 'haolou': a = `${c.road}${c.lane}弄${site.building}号楼${room}室`; break;
    case 'noShi': a = `${c.road}${c.lane}弄${site.building}号${room}`; break;
    case 'compound': a = `${c.name}${site.building}号${rng.chance(0.5) ? room + '室' : room}`; break;
    case 'dash': a = `${c.road}${c.lane}弄${site.building}-${room}`; break;
    case 'spaced': a = `${c.road} ${c.lane}弄 ${site.building}号 ${room}室`; break;
    case 'prefixed': a = `${CITY}${DISTRICT}${rng.chance(0.5) ? site.subdistrict : ''}${c.road}${c.lane}弄${site.building}号${room}室`; break;
    default: a = `${c.road}${c.lane}弄${site.building}号${room}室`;
  }
  if (rng.chance(0.12)) a = fullWidthDigits(a);
  if (rng.chance(0.05)) a = ` ${a} `;
  return a;
}

/** The flat next door or one floor up/down: callers often name their own flat or guess. */
export function neighbourRoom(site: HouseSite, rng: Rng): string {
  const floor = site.floor + (site.floor <= 1 ? 1 : site.floor >= site.floors ? -1 : rng.pick([-1, 1]));
  return `${floor}${site.room.slice(String(site.floor).length)}`;
}

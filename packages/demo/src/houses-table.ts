// houses.csv rows from the plans (the registry's view, not the truth).
import type { HouseholdPlan } from './household-types.ts';
import { GHOST_HOUSE, countPlanted, type PlantedCounts } from './bad-rows.ts';
import type { Rng } from './rng.ts';
import { DISTRICT } from './names.ts';

export const HOUSE_HEADER = [
  'house_id', 'subdistrict', 'neighborhood', 'community', 'building', 'unit', 'room', 'address',
  'area_m2', 'bedrooms', 'living_rooms', 'registered_residents', 'is_rental', 'rental_filed', 'lat', 'lon', 'district',
];

/** --messy: case and whitespace as a hand-edited export has them, plus a column the spec does not know. */
export const HOUSE_HEADER_MESSY = [
  'House_ID', ' Subdistrict', 'neighborhood', 'COMMUNITY', 'building', 'unit', 'room ', 'Address',
  'area_m2', 'Bedrooms', 'living_rooms', 'registered_residents', 'IS_RENTAL', 'rental_filed', 'lat', 'lon', 'District', '备注',
];

function bool(v: boolean | null, messy: boolean): string {
  if (v === null) return '';
  return messy ? (v ? '是' : '否') : v ? 'true' : 'false';
}

export function houseRow(plan: HouseholdPlan, messy: boolean): string[] {
  const s = plan.site;
  const r = plan.registry;
  const row = [
    s.houseId, s.subdistrict, s.compound.neighborhood, s.compound.name, s.building, '', s.room, s.address,
    s.area.toFixed(2), String(s.bedrooms), String(s.livingRooms),
    r.registeredResidents === null ? '' : String(r.registeredResidents),
    bool(r.isRental, messy), bool(r.rentalFiled, messy), s.lat.toFixed(6), s.lon.toFixed(6), DISTRICT,
  ];
  if (messy) row.push('');
  return row;
}

/** Planted bad house rows, keyed by the index of the house they follow. */
export function badHouseRows(plans: HouseholdPlan[], rng: Rng, planted: PlantedCounts): Map<number, string[][]> {
  const out = new Map<number, string[][]>();
  const put = (row: string[]): void => {
    const at = rng.int(0, plans.length - 1);
    out.set(at, [...(out.get(at) ?? []), row]);
  };
  const fake = (k: number): string[] => {
    const base = houseRow(plans[rng.int(0, plans.length - 1)], true);
    base[0] = `${GHOST_HOUSE.slice(0, 2)}X${String(k).padStart(5, '0')}`; // fresh ids so only the one defect counts
    return base;
  };
  let k = 0;
  for (let n = 0; n < 3; n++) { const r = fake(k++); r[8] = ['约60', '六十', '55㎡'][n % 3]; put(r); countPlanted(planted, 'houses', 'non_numeric'); }
  for (let n = 0; n < 2; n++) { const r = fake(k++); r[8] = `-${rng.int(30, 90)}.5`; put(r); countPlanted(planted, 'houses', 'negative_value'); }
  for (let n = 0; n < 2; n++) {
    // The same house_id again with another area: the later row is the duplicate.
    const r = houseRow(plans[rng.int(0, plans.length - 1)], true);
    r[8] = (Number(r[8]) + 10).toFixed(2);
    put(r);
    countPlanted(planted, 'houses', 'duplicate_key');
  }
  for (let n = 0; n < 2; n++) { const r = fake(k++); r[7] = ''; put(r); countPlanted(planted, 'houses', 'missing_required'); }
  return out;
}

// Register rows → the detector's HouseFacts, with the id → index map every
// other table is matched through. The record shape is houses.csv's (snake
// case), so the file path passes its parsed rows and the database path selects
// its columns under the same names.
import type { HouseRow } from '@sentinel/ingest';
import type { HouseFacts } from '@sentinel/detection';

export type HouseRecord = Pick<HouseRow,
  'house_id' | 'neighborhood' | 'community' | 'building' | 'unit' | 'room' | 'address' | 'area_m2' | 'bedrooms'
  | 'living_rooms' | 'registered_residents' | 'is_rental' | 'rental_filed'>;

export function houseFactsOf(r: HouseRecord): HouseFacts {
  return {
    houseId: r.house_id, neighborhood: r.neighborhood, community: r.community, building: r.building, unit: r.unit,
    room: r.room, address: r.address, areaM2: r.area_m2, bedrooms: r.bedrooms, livingRooms: r.living_rooms,
    registeredResidents: r.registered_residents, isRental: r.is_rental, rentalFiled: r.rental_filed,
  };
}

/** house_id → position in `houses` (the index every fact refers to). */
export function indexHouses(houses: readonly HouseFacts[]): Map<string, number> {
  const index = new Map<string, number>();
  houses.forEach((h, i) => index.set(h.houseId, i));
  return index;
}

// The house register (GET /api/houses), paged.
import { get } from '../../app/request.ts';
import type { Paged } from '../../app/use-paged-rows.ts';

export interface House {
  houseId: string;
  subdistrict: string;
  neighborhood: string;
  community: string;
  building: string;
  unit: string | null;
  room: string;
  address: string;
  areaM2: number;
  bedrooms: number;
  livingRooms: number | null;
  registeredResidents: number | null;
  isRental: boolean | null;
  rentalFiled: boolean | null;
  lat: number | null;
  lon: number | null;
}

export interface HouseFilter {
  neighborhood?: string;
  community?: string;
  q?: string;
}

export function fetchHouses(filter: HouseFilter, page: number, pageSize: number): Promise<Paged<House>> {
  return get<Paged<House>>('/api/houses', { ...filter, page, pageSize });
}

// The house register (GET /api/houses), paged.
import { get, withQuery } from '../../app/request.ts';
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

/** The register with the same filters as XLSX (GET /api/houses/export.xlsx). */
export const housesExportUrl = (filter: HouseFilter) => withQuery('/api/houses/export.xlsx', { ...filter });

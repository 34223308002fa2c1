// The house register (GET /api/houses), paged.
import type { House, HouseFilter, Paged } from '@sentinel/contract';
import { get, withQuery } from '../../app/request.ts';

export type { House, HouseFilter };

export function fetchHouses(filter: HouseFilter, page: number, pageSize: number): Promise<Paged<House>> {
  return get<Paged<House>>('/api/houses', { ...filter, page, pageSize });
}

/** The register with the same filters as XLSX (GET /api/houses/export.xlsx). */
export const housesExportUrl = (filter: HouseFilter) => withQuery('/api/houses/export.xlsx', { ...filter });

// The battle map's (作战图) input: every located house of a scope with the
// two facts the map colours by — an open case, and a group rental not yet
// rectified (an unrectified confirmed case, or, for a house no case has
// touched, a latest on-site inspection that found one).
import { TERMINAL_CASE_STATES, UNRECTIFIED_CASE_STATES } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';

export interface MapPointRow {
  houseId: string;
  neighborhood: string;
  community: string;
  building: string;
  /** 单元 (null when the building has none) and 室号, for the dwelling list. */
  unit: string | null;
  room: string;
  address: string;
  lon: number;
  lat: number;
  openCase: boolean;
  groupRental: boolean;
}

export interface MapScope {
  neighborhood?: string | null;
  communities?: readonly string[] | null;
  community?: string | null;
  building?: string | null;
}

interface Row {
  house_id: string;
  neighborhood: string;
  community: string;
  building: string;
  unit: string | null;
  room: string;
  address: string;
  lon: number;
  lat: number;
  open_case: boolean | null;
  unrectified: boolean | null;
  any_case: boolean | null;
  last_inspection: string | null;
}

export async function listMapPoints(s: SqlSession, scope: MapScope): Promise<MapPointRow[]> {
  const where = ['h.lat IS NOT NULL', 'h.lon IS NOT NULL'];
  const params: unknown[] = [[...TERMINAL_CASE_STATES], [...UNRECTIFIED_CASE_STATES]];
  const add = (sqlText: (n: number) => string, value: unknown) => { params.push(value); where.push(sqlText(params.length)); };
  if (scope.neighborhood) add((n) => `h.neighborhood = $${n}`, scope.neighborhood);
  if (scope.communities) add((n) => `h.community = ANY($${n}::text[])`, [...scope.communities]);
  if (scope.community) add((n) => `h.community = $${n}`, scope.community);
  if (scope.building) add((n) => `h.building = $${n}`, scope.building);
  // One pass over cases and one over inspections (DISTINCT ON uses the
  // (house_id, inspected_at) unique index), instead of per-house subqueries.
  const res = await s.query<Row>(`
    SELECT h.house_id, h.neighborhood, h.community, h.building, h.unit, h.room, h.address, h.lon, h.lat,
           c.open_case, c.unrectified, c.any_case, i.result::text AS last_inspection
    FROM houses h
    LEFT JOIN (
      SELECT house_id,
             bool_or(state::text <> ALL($1::text[])) AS open_case,
             bool_or(state::text = ANY($2::text[])) AS unrectified,
             true AS any_case
      FROM cases GROUP BY house_id
    ) c ON c.house_id = h.house_id
    LEFT JOIN (
      SELECT DISTINCT ON (house_id) house_id, result FROM inspections ORDER BY house_id, inspected_at DESC
    ) i ON i.house_id = h.house_id
    WHERE ${where.join(' AND ')}
    ORDER BY h.neighborhood, h.community, h.building, h.house_id`, params);
  return res.rows.map((r) => ({
    houseId: r.house_id,
    neighborhood: r.neighborhood,
    community: r.community,
    building: r.building,
    unit: r.unit,
    room: r.room,
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    openCase: r.open_case === true,
    groupRental: r.unrectified === true || (r.any_case !== true && r.last_inspection === 'confirmed'),
  }));
}

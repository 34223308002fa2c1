// What a detection run reads: the register, each meter's stored daily series
// with its first and last reading up to the as-of instant, door events,
// complaints and inspections up to it. Rows come back in import order (batch,
// then line of the file), the order the file path reads them in, so both
// paths hand the detector the same input. Row shapes use the dataset's column
// names (snake case) so one mapper serves both paths.
//
// Each reader takes the subdistrict a detection job scores (null = every
// house): then only that subdistrict's houses, their meters, inspections and
// complaints, and the door events of its houses and of the doors they use,
// are read, so a job's memory is bounded by its subdistrict, not the city.
import type { ComplaintChannel, InspectionResult, MeterKind } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';

export interface RegisterHouseRow {
  house_id: string; neighborhood: string; community: string; building: string; unit: string | null; room: string;
  address: string; area_m2: number; bedrooms: number; living_rooms: number | null; registered_residents: number | null;
  is_rental: boolean | null; rental_filed: boolean | null;
}

/** A subdistrict filter: the condition on `houseIdColumn` and its parameter, or nothing for every house. */
function inSubdistrict(houseIdColumn: string, subdistrict: string | null, param: number): { where: string; params: unknown[] } {
  return subdistrict === null
    ? { where: 'true', params: [] }
    : { where: `${houseIdColumn} IN (SELECT house_id FROM houses WHERE subdistrict = $${param})`, params: [subdistrict] };
}

/** Subdistricts with at least one house, by name (one detection job each). */
export async function subdistrictsWithHouses(s: SqlSession): Promise<string[]> {
  const res = await s.query<{ subdistrict: string }>('SELECT DISTINCT subdistrict FROM houses ORDER BY subdistrict');
  return res.rows.map((r) => r.subdistrict);
}

export async function registerHousesInImportOrder(s: SqlSession, subdistrict: string | null = null): Promise<RegisterHouseRow[]> {
  const res = await s.query<RegisterHouseRow>(`
    SELECT house_id, neighborhood, community, building, unit, room, address, area_m2, bedrooms, living_rooms,
           registered_residents, is_rental, rental_filed
      FROM houses ${subdistrict === null ? '' : 'WHERE subdistrict = $1'} ORDER BY import_batch_id, source_line, house_id`, subdistrict === null ? [] : [subdistrict]);
  return res.rows.map((r) => ({ ...r, area_m2: Number(r.area_m2) }));
}

export interface MeterDailyRow {
  house_id: string;
  kind: MeterKind;
  /** YYYY-MM-DD */
  start_day: string;
  amounts: (number | null)[];
  flags: number[];
  coverage: number[];
  /** First and last reading at or before the cut (UTC ms); null when the meter had none by then. */
  first_read_ms: number | null;
  last_read_ms: number | null;
}

/**
 * Every meter's stored daily series (meters without readings have none), in
 * meters.csv order. The first / last reading up to `untilMs` are found with one
 * probe of the readings key (meter_ref, read_at) per meter, never a scan.
 */
export async function meterDailySeriesUntil(s: SqlSession, untilMs: number, subdistrict: string | null = null): Promise<MeterDailyRow[]> {
  const only = inSubdistrict('m.house_id', subdistrict, 2);
  const res = await s.query<MeterDailyRow>(`
    SELECT m.house_id, m.kind::text AS kind, c.start_day::text AS start_day, c.amounts, c.flags, c.coverage,
           (SELECT (extract(epoch FROM r.read_at) * 1000)::float8 FROM readings r
             WHERE r.meter_ref = m.id AND r.read_at <= to_timestamp($1::float8 / 1000) ORDER BY r.read_at ASC LIMIT 1) AS first_read_ms,
           (SELECT (extract(epoch FROM r.read_at) * 1000)::float8 FROM readings r
             WHERE r.meter_ref = m.id AND r.read_at <= to_timestamp($1::float8 / 1000) ORDER BY r.read_at DESC LIMIT 1) AS last_read_ms
      FROM meters m JOIN meter_daily_consumption c ON c.meter_ref = m.id
     WHERE ${only.where}
     ORDER BY m.import_batch_id, m.source_line, m.id`, [untilMs, ...only.params]);
  return res.rows.map((r) => ({
    ...r,
    amounts: r.amounts.map((a) => (a === null ? null : Number(a))),
    coverage: r.coverage.map(Number),
    first_read_ms: r.first_read_ms === null ? null : Number(r.first_read_ms),
    last_read_ms: r.last_read_ms === null ? null : Number(r.last_read_ms),
  }));
}

/** Latest instant of each kind of data (UTC ms, null when the table is empty): the default as-of. */
export interface LatestDataTimes { readings: number | null; accessEvents: number | null; complaints: number | null; inspections: number | null }

export async function latestDataTimes(s: SqlSession): Promise<LatestDataTimes> {
  const ms = (col: string) => `(extract(epoch FROM ${col}) * 1000)::float8`;
  const res = await s.query<{ readings: number | null; access: number | null; complaints: number | null; inspections: number | null }>(`
    SELECT (SELECT max(l.t) FROM meters m CROSS JOIN LATERAL
              (SELECT ${ms('r.read_at')} AS t FROM readings r WHERE r.meter_ref = m.id ORDER BY r.read_at DESC LIMIT 1) l) AS readings,
           (SELECT ${ms('max(event_at)')} FROM access_events) AS access,
           (SELECT ${ms('max(received_at)')} FROM complaints) AS complaints,
           (SELECT ${ms('max(inspected_at)')} FROM inspections) AS inspections`);
  const r = res.rows[0];
  const num = (v: number | null) => (v === null ? null : Number(v));
  return { readings: num(r.readings), accessEvents: num(r.access), complaints: num(r.complaints), inspections: num(r.inspections) };
}

export interface AccessEventRow { t: number; door_id: string; credential_id: string; house_id: string | null }

/**
 * Door events up to `untilMs`, in file order. For one subdistrict: its houses'
 * events, and the unregistered credentials (house NULL) at the doors its
 * houses use (the detector counts strangers per door).
 */
export async function accessEventsUntil(s: SqlSession, untilMs: number, subdistrict: string | null = null): Promise<AccessEventRow[]> {
  const only = subdistrict === null ? 'true' : `(house_id IN (SELECT house_id FROM sub_houses)
      OR (house_id IS NULL AND door_id IN (SELECT DISTINCT e.door_id FROM access_events e JOIN sub_houses h ON h.house_id = e.house_id)))`;
  const res = await s.query<AccessEventRow>(`
    ${subdistrict === null ? '' : 'WITH sub_houses AS (SELECT house_id FROM houses WHERE subdistrict = $2)'}
    SELECT (extract(epoch FROM event_at) * 1000)::float8 AS t, door_id, credential_id, house_id
      FROM access_events WHERE event_at <= to_timestamp($1::float8 / 1000) AND ${only}
     ORDER BY import_batch_id, source_line, id`, subdistrict === null ? [untilMs] : [untilMs, subdistrict]);
  for (const r of res.rows) r.t = Number(r.t);
  return res.rows;
}

export interface ComplaintInputRow {
  received_at: number; channel: ComplaintChannel; address: string; house_id: string | null; category: string | null; content: string | null;
}

/** Complaints up to `untilMs`; for one subdistrict, its houses' and those matched to no house (matched by address later). */
export async function complaintsUntil(s: SqlSession, untilMs: number, subdistrict: string | null = null): Promise<ComplaintInputRow[]> {
  const only = inSubdistrict('house_id', subdistrict, 2);
  const res = await s.query<ComplaintInputRow>(`
    SELECT (extract(epoch FROM received_at) * 1000)::float8 AS received_at, channel::text AS channel, address, house_id, category, content
      FROM complaints WHERE received_at <= to_timestamp($1::float8 / 1000) AND (house_id IS NULL OR ${only.where})
     ORDER BY import_batch_id, source_line, ticket_id`, [untilMs, ...only.params]);
  for (const r of res.rows) r.received_at = Number(r.received_at);
  return res.rows;
}

export interface InspectionInputRow {
  house_id: string; inspected_at: number; result: InspectionResult; occupants: number | null; partitioned: boolean | null;
}

export async function inspectionsUntil(s: SqlSession, untilMs: number, subdistrict: string | null = null): Promise<InspectionInputRow[]> {
  const only = inSubdistrict('house_id', subdistrict, 2);
  const res = await s.query<InspectionInputRow>(`
    SELECT house_id, (extract(epoch FROM inspected_at) * 1000)::float8 AS inspected_at, result::text AS result, occupants, partitioned
      FROM inspections WHERE inspected_at <= to_timestamp($1::float8 / 1000) AND ${only.where}
     ORDER BY import_batch_id, source_line, id`, [untilMs, ...only.params]);
  for (const r of res.rows) r.inspected_at = Number(r.inspected_at);
  return res.rows;
}

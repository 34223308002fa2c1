// Loading a dataset table: rows are COPYed into a temporary staging table (no
// indexes, dropped at commit), then merged into the real table by one
// INSERT ... SELECT ... ON CONFLICT on its natural key. Re-importing the same
// rows therefore changes nothing, and the merge is one statement in the
// file's transaction: a failure leaves the table as it was.
import type {
  AccessEventRow, ComplaintRow, HouseRow, InspectionRow, MeterRow, TableName,
} from '@sentinel/ingest';
import { dayToIso } from '@sentinel/domain';
import { copyBool, copyEpochMs, copyNumber, copyText, copyTimestamp } from '../copy-text.ts';
import type { SqlSession } from '../session.ts';

export interface MergeCounts {
  /** Rows added. */
  inserted: number;
  /** Existing rows whose values changed (houses and meters are upserted). */
  updated: number;
  /** Rows the merge itself refused (readings: a conflicting duplicate), already written to rejected_rows. */
  rejected?: { count: number; first: { line: number; reason: string }[] };
}

export interface StagingTable<Row> {
  readonly name: string;
  readonly columns: readonly string[];
  /** CREATE TEMP TABLE ... ON COMMIT DROP. */
  readonly createSql: string;
  /** One row (with the line it came from) as a COPY text line, in `columns` order. */
  toCopyLine(row: Row, line: number): string;
  merge(s: SqlSession, batchId: number): Promise<MergeCounts>;
}

function staging<Row>(
  table: string,
  columnDefs: readonly (readonly [string, string])[],
  toCopyLine: (row: Row, line: number) => string,
  merge: (s: SqlSession, batchId: number, staged: string) => Promise<MergeCounts>,
): StagingTable<Row> {
  const name = `staging_${table}`;
  const all = [...columnDefs, ['source_line', 'integer'] as const];
  return {
    name,
    columns: all.map(([c]) => c),
    createSql: `CREATE TEMP TABLE ${name} (${all.map(([c, t]) => `"${c}" ${t}`).join(', ')}) ON COMMIT DROP`,
    toCopyLine,
    merge: (s, batchId) => merge(s, batchId, name),
  };
}

const day = (d: number | null): string => (d === null ? '\\N' : dayToIso(d));

async function insertedOnly(s: SqlSession, sqlText: string, batchId: number): Promise<MergeCounts> {
  const res = await s.query(sqlText, [batchId]);
  return { inserted: res.rowCount, updated: 0 };
}

async function upsertCounts(s: SqlSession, sqlText: string, batchId: number): Promise<MergeCounts> {
  const res = await s.query<{ inserted: number; updated: number }>(sqlText, [batchId]);
  return res.rows[0];
}

const HOUSE_DATA_COLUMNS = [
  'building_id', 'subdistrict', 'neighborhood', 'community', 'building', 'unit', 'room', 'address',
  'area_m2', 'bedrooms', 'living_rooms', 'registered_residents', 'is_rental', 'rental_filed', 'lat', 'lon',
] as const;

export const housesStaging = staging<HouseRow>('houses', [
  ['house_id', 'text'], ['district', 'text'], ['subdistrict', 'text'], ['neighborhood', 'text'], ['community', 'text'],
  ['building', 'text'], ['unit', 'text'], ['room', 'text'], ['address', 'text'], ['area_m2', 'float8'],
  ['bedrooms', 'integer'], ['living_rooms', 'integer'], ['registered_residents', 'integer'],
  ['is_rental', 'boolean'], ['rental_filed', 'boolean'], ['lat', 'float8'], ['lon', 'float8'],
], (r, line) => [
  copyText(r.house_id), copyText(r.district), copyText(r.subdistrict), copyText(r.neighborhood), copyText(r.community),
  copyText(r.building), copyText(r.unit), copyText(r.room), copyText(r.address), copyNumber(r.area_m2),
  copyNumber(r.bedrooms), copyNumber(r.living_rooms), copyNumber(r.registered_residents),
  copyBool(r.is_rental), copyBool(r.rental_filed), copyNumber(r.lat), copyNumber(r.lon), copyNumber(line),
].join('\t'), async (s, batchId, stg) => {
  // The jurisdiction levels first (each unique by name within its parent) ...
  await s.exec(`
    INSERT INTO districts (name) SELECT DISTINCT district FROM ${stg} WHERE district IS NOT NULL ON CONFLICT DO NOTHING;
    INSERT INTO subdistricts (name) SELECT DISTINCT subdistrict FROM ${stg} ON CONFLICT DO NOTHING;
    -- A file that names the district (区) puts the subdistrict under it; one that does not leaves it as it was.
    UPDATE subdistricts sd SET district_id = d.id
      FROM (SELECT DISTINCT subdistrict, district FROM ${stg} WHERE district IS NOT NULL) s JOIN districts d ON d.name = s.district
     WHERE sd.name = s.subdistrict AND sd.district_id IS DISTINCT FROM d.id;
    INSERT INTO neighbourhoods (subdistrict_id, name)
      SELECT DISTINCT sd.id, s.neighborhood FROM ${stg} s JOIN subdistricts sd ON sd.name = s.subdistrict
      ON CONFLICT DO NOTHING;
    INSERT INTO communities (neighbourhood_id, name)
      SELECT DISTINCT n.id, s.community FROM ${stg} s
      JOIN subdistricts sd ON sd.name = s.subdistrict
      JOIN neighbourhoods n ON n.subdistrict_id = sd.id AND n.name = s.neighborhood
      ON CONFLICT DO NOTHING;
    INSERT INTO buildings (community_id, name)
      SELECT DISTINCT c.id, s.building FROM ${stg} s
      JOIN subdistricts sd ON sd.name = s.subdistrict
      JOIN neighbourhoods n ON n.subdistrict_id = sd.id AND n.name = s.neighborhood
      JOIN communities c ON c.neighbourhood_id = n.id AND c.name = s.community
      ON CONFLICT DO NOTHING;`);
  // ... then the houses: new ones inserted, changed ones updated (the registry
  // is re-exported with corrections), identical ones left alone.
  const cols = HOUSE_DATA_COLUMNS.map((c) => `"${c}"`).join(', ');
  const excluded = HOUSE_DATA_COLUMNS.map((c) => `EXCLUDED."${c}"`).join(', ');
  const current = HOUSE_DATA_COLUMNS.map((c) => `houses."${c}"`).join(', ');
  return upsertCounts(s, `
    WITH src AS (
      SELECT DISTINCT ON (s.house_id) s.*, b.id AS building_id FROM ${stg} s
      JOIN subdistricts sd ON sd.name = s.subdistrict
      JOIN neighbourhoods n ON n.subdistrict_id = sd.id AND n.name = s.neighborhood
      JOIN communities c ON c.neighbourhood_id = n.id AND c.name = s.community
      JOIN buildings b ON b.community_id = c.id AND b.name = s.building
      ORDER BY s.house_id, s.source_line
    ), up AS (
      INSERT INTO houses (house_id, ${cols}, import_batch_id, source_line)
      SELECT house_id, ${cols}, $1, source_line FROM src
      ON CONFLICT (house_id) DO UPDATE SET (${cols}, import_batch_id, source_line) = (${excluded}, EXCLUDED.import_batch_id, EXCLUDED.source_line)
      WHERE (${current}) IS DISTINCT FROM (${excluded})
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`, batchId);
});

const METER_DATA_COLUMNS = ['house_id', 'kind', 'unit', 'installed_at', 'removed_at', 'rollover_at'] as const;

export const metersStaging = staging<MeterRow>('meters', [
  ['meter_id', 'text'], ['house_id', 'text'], ['kind', 'meter_kind'], ['unit', 'meter_unit'],
  ['installed_at', 'date'], ['removed_at', 'date'], ['rollover_at', 'float8'],
], (r, line) => [
  copyText(r.meter_id), copyText(r.house_id), r.kind, r.unit, day(r.installed_at), day(r.removed_at),
  copyNumber(r.rollover_at), copyNumber(line),
].join('\t'), (s, batchId, stg) => {
  const cols = METER_DATA_COLUMNS.map((c) => `"${c}"`).join(', ');
  const excluded = METER_DATA_COLUMNS.map((c) => `EXCLUDED."${c}"`).join(', ');
  const current = METER_DATA_COLUMNS.map((c) => `meters."${c}"`).join(', ');
  // A changed meter (rollover, removal date) changes its consumption: mark it dirty.
  return upsertCounts(s, `
    WITH up AS (
      INSERT INTO meters (meter_id, ${cols}, import_batch_id, source_line)
      SELECT DISTINCT ON (meter_id) meter_id, ${cols}, $1, source_line FROM ${stg} ORDER BY meter_id, source_line
      ON CONFLICT (meter_id) DO UPDATE SET (${cols}, import_batch_id, source_line) = (${excluded}, EXCLUDED.import_batch_id, EXCLUDED.source_line)
      WHERE (${current}) IS DISTINCT FROM (${excluded})
      RETURNING id, (xmax = 0) AS inserted
    ), dirty AS (
      INSERT INTO consumption_dirty (meter_ref) SELECT id FROM up WHERE NOT inserted ON CONFLICT DO NOTHING
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`, batchId);
});

/** Readings are staged by meter surrogate key (meters.id), already resolved by the importer. */
export interface StagedReading {
  meterRef: number;
  readAt: number;
  value: number;
  /** 0 = read, 1 = estimated, 2 = unknown (ReadingColumns.estimated). */
  estimated: number;
}

const estimatedText = (e: number): string => (e === 2 ? '\\N' : e === 1 ? 't' : 'f');

/**
 * Why a reading is refused when its meter already has another value at the
 * same instant (earlier in the file, or imported before): a PostgreSQL
 * format() template, filled with the meter id, the time (Shanghai), the value
 * kept, where it came from (file, line) and this row's value. The importer's
 * in-memory check fills the same template (fillReasonTemplate), so both
 * paths word it alike.
 */
export const READING_CONFLICT_REASON = '表号 %s 在 %s 已有读数 %s（%s 第%s行），本行读数 %s 与之不同：保留已有读数，本行未导入';

/** `%s` placeholders of a format() template filled in order, as PostgreSQL does. */
export function fillReasonTemplate(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%s/g, () => String(args[i++]));
}

// Timestamps are staged as epoch milliseconds (float8) and converted by the
// merge: numbers format and parse much faster than timestamp text.
// The merge keeps, for each (meter, instant), the value already stored or
// else the file's first row; an exact repeat is dropped silently (re-imports
// are idempotent), another value is a rejected row naming both values.
export const readingsStaging = staging<StagedReading>('readings', [
  ['meter_ref', 'integer'], ['read_at_ms', 'float8'], ['value', 'float8'], ['estimated', 'boolean'],
], (r, line) => `${r.meterRef}\t${r.readAt}\t${r.value}\t${estimatedText(r.estimated)}\t${line}`,
async (s, batchId, stg) => {
  const res = await s.query<{ inserted: number; rejected: number; first: { line: number; reason: string }[] | null }>(`
    WITH staged AS (
      SELECT meter_ref, to_timestamp(read_at_ms / 1000) AS read_at, value, estimated, source_line,
        first_value(value) OVER w AS first_value, first_value(source_line) OVER w AS first_line, row_number() OVER w AS rn
      FROM ${stg} WINDOW w AS (PARTITION BY meter_ref, read_at_ms ORDER BY source_line)
    ), judged AS (
      SELECT st.*, r.value AS db_value, r.source_line AS db_line, b.file AS db_file
      FROM staged st
      LEFT JOIN readings r ON r.meter_ref = st.meter_ref AND r.read_at = st.read_at
      LEFT JOIN import_batches b ON b.id = r.import_batch_id
    ), rejected AS (
      INSERT INTO rejected_rows (batch_id, file, line, column_name, reason, raw)
      SELECT $1, cur.file, j.source_line, 'value', format($2, m.meter_id,
          to_char(j.read_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'),
          COALESCE(j.db_value, j.first_value), COALESCE(j.db_file, cur.file), COALESCE(j.db_line, j.first_line), j.value), NULL
      FROM judged j JOIN meters m ON m.id = j.meter_ref, (SELECT file FROM import_batches WHERE id = $1) cur
      WHERE j.value <> COALESCE(j.db_value, j.first_value)
      RETURNING line, reason
    ), inserted AS (
      INSERT INTO readings (meter_ref, read_at, value, estimated, import_batch_id, source_line)
      SELECT meter_ref, read_at, value, estimated, $1, source_line FROM judged WHERE db_value IS NULL AND rn = 1
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM rejected)::int AS rejected,
      (SELECT json_agg(f) FROM (SELECT line, reason FROM rejected ORDER BY line LIMIT 20) f) AS first`, [batchId, READING_CONFLICT_REASON]);
  const row = res.rows[0];
  return { inserted: row.inserted, updated: 0, rejected: { count: row.rejected, first: row.first ?? [] } };
});

/**
 * The fast path for readings: COPY straight into the readings table (no
 * staging, no second pass). It succeeds only when no row collides with the
 * primary key; the importer runs it under a savepoint and falls back to
 * readingsStaging on a unique violation.
 */
export const readingsDirect = {
  table: 'readings',
  columns: ['meter_ref', 'read_at', 'value', 'estimated', 'import_batch_id', 'source_line'] as const,
  toCopyLine: (r: StagedReading, batchId: number, line: number): string =>
    `${r.meterRef}\t${copyTimestamp(r.readAt)}\t${r.value}\t${estimatedText(r.estimated)}\t${batchId}\t${line}`,
};

// Merged in the order of the natural-key index: appending to the B-tree in key
// order is much cheaper than inserting events in time order (random keys).
export const accessEventsStaging = staging<AccessEventRow>('access_events', [
  ['event_at_ms', 'float8'], ['door_id', 'text'], ['credential_id', 'text'], ['house_id', 'text'], ['method', 'access_method'],
], (r, line) => [
  copyEpochMs(r.event_at), copyText(r.door_id), copyText(r.credential_id), copyText(r.house_id),
  r.method ?? '\\N', copyNumber(line),
].join('\t'), (s, batchId, stg) => insertedOnly(s, `
  INSERT INTO access_events (event_at, door_id, credential_id, house_id, method, import_batch_id, source_line)
  SELECT to_timestamp(event_at_ms / 1000), door_id, credential_id, house_id, method, $1, source_line FROM ${stg}
  ORDER BY credential_id, event_at_ms, door_id
  ON CONFLICT DO NOTHING`, batchId));

export const complaintsStaging = staging<ComplaintRow>('complaints', [
  ['ticket_id', 'text'], ['received_at_ms', 'float8'], ['channel', 'complaint_channel'], ['address', 'text'],
  ['house_id', 'text'], ['category', 'text'], ['content', 'text'],
], (r, line) => [
  copyText(r.ticket_id), copyEpochMs(r.received_at), r.channel, copyText(r.address), copyText(r.house_id),
  copyText(r.category), copyText(r.content), copyNumber(line),
].join('\t'), (s, batchId, stg) => insertedOnly(s, `
  INSERT INTO complaints (ticket_id, received_at, channel, address, house_id, category, content, import_batch_id, source_line)
  SELECT ticket_id, to_timestamp(received_at_ms / 1000), channel, address, house_id, category, content, $1, source_line FROM ${stg}
  ON CONFLICT DO NOTHING`, batchId));

export const inspectionsStaging = staging<InspectionRow>('inspections', [
  ['house_id', 'text'], ['inspected_at_ms', 'float8'], ['result', 'inspection_result'], ['occupants', 'integer'],
  ['partitioned', 'boolean'], ['notes', 'text'],
], (r, line) => [
  copyText(r.house_id), copyEpochMs(r.inspected_at), r.result, copyNumber(r.occupants), copyBool(r.partitioned),
  copyText(r.notes), copyNumber(line),
].join('\t'), (s, batchId, stg) => insertedOnly(s, `
  INSERT INTO inspections (house_id, inspected_at, result, occupants, partitioned, notes, import_batch_id, source_line)
  SELECT house_id, to_timestamp(inspected_at_ms / 1000), result, occupants, partitioned, notes, $1, source_line FROM ${stg}
  ON CONFLICT DO NOTHING`, batchId));

export interface RowTableStaging {
  houses: StagingTable<HouseRow>;
  meters: StagingTable<MeterRow>;
  access_events: StagingTable<AccessEventRow>;
  complaints: StagingTable<ComplaintRow>;
  inspections: StagingTable<InspectionRow>;
}

/** Staging of every table read row by row (readings go through readingsStaging, columnar). */
export const ROW_TABLE_STAGING: RowTableStaging = {
  houses: housesStaging,
  meters: metersStaging,
  access_events: accessEventsStaging,
  complaints: complaintsStaging,
  inspections: inspectionsStaging,
};

export type RowTableName = Exclude<TableName, 'readings'>;

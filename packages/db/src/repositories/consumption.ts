// Daily consumption per meter (schema/daily-consumption.ts): which meters need
// recomputing, their facts and readings, and writing the result.
import { copyNumber } from '../copy-text.ts';
import type { MeterKind } from '@sentinel/domain';
import { isoToDay, dayToIso } from '@sentinel/domain';
import type { SqlSession } from '../session.ts';

/** Marks meters whose readings changed (same transaction as the readings). */
export async function markConsumptionDirty(s: SqlSession, meterRefs: readonly number[]): Promise<void> {
  if (meterRefs.length === 0) return;
  await s.query('INSERT INTO consumption_dirty (meter_ref) SELECT unnest($1::int[]) ON CONFLICT DO NOTHING', [meterRefs]);
}

export async function dirtyMeters(s: SqlSession, limit: number): Promise<number[]> {
  const res = await s.query<{ meter_ref: number }>('SELECT meter_ref FROM consumption_dirty ORDER BY meter_ref LIMIT $1', [limit]);
  return res.rows.map((r) => r.meter_ref);
}

/** Subdistricts of the meters waiting for their daily consumption: whose detection new readings change. */
export async function subdistrictsOfDirtyMeters(s: SqlSession): Promise<string[]> {
  const res = await s.query<{ subdistrict: string }>(`
    SELECT DISTINCT h.subdistrict FROM consumption_dirty d JOIN meters m ON m.id = d.meter_ref JOIN houses h ON h.house_id = m.house_id
     ORDER BY h.subdistrict`);
  return res.rows.map((r) => r.subdistrict);
}

export async function countDirtyMeters(s: SqlSession): Promise<number> {
  const res = await s.query<{ n: number }>('SELECT count(*)::int AS n FROM consumption_dirty');
  return res.rows[0].n;
}

export interface MeterSeries {
  meterRef: number;
  kind: MeterKind;
  rolloverAt: number | null;
  installedDay: number | null;
  removedDay: number | null;
  readAt: Float64Array;
  value: Float64Array;
  /** 0 = read, 1 = estimated, 2 = unknown. */
  estimated: Uint8Array;
}

interface SeriesRow {
  id: number;
  kind: MeterKind;
  rollover_at: number | null;
  installed_at: string | null;
  removed_at: string | null;
  read_at: number[] | null;
  value: number[] | null;
  estimated: (boolean | null)[] | null;
}

/** Facts and time-ordered readings of the given meters (one round trip per call). */
export async function loadMeterSeries(s: SqlSession, meterRefs: readonly number[]): Promise<MeterSeries[]> {
  // The primary key (meter_ref, read_at) gives each meter's readings in order.
  const res = await s.query<SeriesRow>(`
    SELECT m.id, m.kind, m.rollover_at, m.installed_at::text AS installed_at, m.removed_at::text AS removed_at,
           r.read_at, r.value, r.estimated
    FROM meters m
    LEFT JOIN LATERAL (
      SELECT array_agg((extract(epoch FROM read_at) * 1000)::float8 ORDER BY read_at) AS read_at,
             array_agg(value ORDER BY read_at) AS value,
             array_agg(estimated ORDER BY read_at) AS estimated
      FROM readings WHERE meter_ref = m.id
    ) r ON true
    WHERE m.id = ANY($1::int[])
    ORDER BY m.id`, [meterRefs]);
  return res.rows.map((row) => {
    const n = row.read_at?.length ?? 0;
    const estimated = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const e = row.estimated?.[i];
      estimated[i] = e === null || e === undefined ? 2 : e ? 1 : 0;
    }
    return {
      meterRef: row.id,
      kind: row.kind,
      rolloverAt: row.rollover_at,
      installedDay: row.installed_at === null ? null : isoToDay(row.installed_at),
      removedDay: row.removed_at === null ? null : isoToDay(row.removed_at),
      readAt: Float64Array.from(row.read_at ?? []),
      value: Float64Array.from(row.value ?? []),
      estimated,
    };
  });
}

export interface DailyConsumptionRecord {
  meterRef: number;
  startDay: number;
  /** NaN = unknown (stored as NULL). */
  values: Float64Array;
  flags: Uint8Array;
  coverage: Float32Array;
  readingErrors: number;
}

function arrayLiteral(values: ArrayLike<number>, nullNaN: boolean): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = nullNaN && Number.isNaN(v) ? 'NULL' : String(v);
  }
  return `{${parts.join(',')}}`;
}

export const DAILY_CONSUMPTION_COPY_COLUMNS = ['meter_ref', 'start_day', 'amounts', 'flags', 'coverage', 'reading_errors'] as const;

/** One meter's consumption as a COPY text line for meter_daily_consumption. */
export function dailyConsumptionCopyLine(r: DailyConsumptionRecord): string {
  return [
    copyNumber(r.meterRef), dayToIso(r.startDay), arrayLiteral(r.values, true), arrayLiteral(r.flags, false),
    arrayLiteral(r.coverage, false), copyNumber(r.readingErrors),
  ].join('\t');
}

/**
 * Replaces the stored consumption of these meters (meters without any
 * reading get none) and clears their dirty marks, in the caller's transaction.
 */
export async function replaceDailyConsumption(s: SqlSession, meterRefs: readonly number[], records: readonly DailyConsumptionRecord[]): Promise<void> {
  if (meterRefs.length === 0) return;
  await s.query('DELETE FROM meter_daily_consumption WHERE meter_ref = ANY($1::int[])', [meterRefs]);
  // A thousand meters per call: a few MB of COPY text at most.
  if (records.length > 0) {
    await s.copyRows('meter_daily_consumption', DAILY_CONSUMPTION_COPY_COLUMNS, [`${records.map(dailyConsumptionCopyLine).join('\n')}\n`]);
  }
  await s.query('DELETE FROM consumption_dirty WHERE meter_ref = ANY($1::int[])', [meterRefs]);
}

export interface MeterFactsRow {
  kind: MeterKind;
  rolloverAt: number | null;
  installedDay: number | null;
  removedDay: number | null;
}

/**
 * Facts of the meters that have no reading in the database yet (no stored
 * consumption and no pending recomputation): for these, the readings of one
 * file are the whole series, and the importer computes consumption as it loads.
 */
export async function metersWithoutReadings(s: SqlSession): Promise<Map<number, MeterFactsRow>> {
  const res = await s.query<{ id: number; kind: MeterKind; rollover_at: number | null; installed_at: string | null; removed_at: string | null }>(`
    SELECT m.id, m.kind, m.rollover_at, m.installed_at::text AS installed_at, m.removed_at::text AS removed_at FROM meters m
    WHERE NOT EXISTS (SELECT 1 FROM meter_daily_consumption c WHERE c.meter_ref = m.id)
      AND NOT EXISTS (SELECT 1 FROM consumption_dirty d WHERE d.meter_ref = m.id)`);
  return new Map(res.rows.map((r) => [r.id, {
    kind: r.kind,
    rolloverAt: r.rollover_at,
    installedDay: r.installed_at === null ? null : isoToDay(r.installed_at),
    removedDay: r.removed_at === null ? null : isoToDay(r.removed_at),
  }]));
}

/** meter_id -> meters.id for every meter (tens of thousands): readings are resolved against it. */
export async function meterRefsById(s: SqlSession): Promise<Map<string, number>> {
  const res = await s.query<{ id: number; meter_id: string }>('SELECT id, meter_id FROM meters');
  return new Map(res.rows.map((r) => [r.meter_id, r.id]));
}

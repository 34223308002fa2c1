// The --messy catalogue of planted bad rows. Every planted row is an EXTRA
// row with exactly one defect, so an importer that rejects exactly these rows
// (and nothing else) ends with the clean dataset; the counts are printed in
// the summary and documented in docs/demo-data.md so an import can be checked
// to lose none and to reject all of them.
import type { Rng } from './rng.ts';

export const BAD_ROW_CLASSES = [
  'non_numeric', 'negative_value', 'unknown_meter', 'unknown_house', 'duplicate_key',
  'bad_enum', 'bad_timestamp', 'missing_required',
] as const;
export type BadRowClass = (typeof BAD_ROW_CLASSES)[number];

export type PlantTable = 'houses' | 'meters' | 'readings' | 'access_events' | 'complaints' | 'inspections';

/** How many bad rows of each class each table gets under --messy. */
export const BAD_ROW_PLAN: Record<PlantTable, Partial<Record<BadRowClass, number>>> = {
  houses: { non_numeric: 3, negative_value: 2, duplicate_key: 2, missing_required: 2 },
  meters: { unknown_house: 3, duplicate_key: 2, bad_enum: 3 },
  readings: { non_numeric: 6, negative_value: 3, unknown_meter: 8, bad_timestamp: 4 },
  access_events: { bad_enum: 3, bad_timestamp: 1, missing_required: 1 },
  complaints: { bad_enum: 2, bad_timestamp: 2, missing_required: 2 },
  inspections: { unknown_house: 2, bad_enum: 2, non_numeric: 2 },
};

export type PlantedCounts = Record<PlantTable, Partial<Record<BadRowClass, number>>>;

export function emptyPlanted(): PlantedCounts {
  return { houses: {}, meters: {}, readings: {}, access_events: {}, complaints: {}, inspections: {} };
}

export function countPlanted(planted: PlantedCounts, table: PlantTable, cls: BadRowClass): void {
  planted[table][cls] = (planted[table][cls] ?? 0) + 1;
}

/** A house id that does not exist (the registry's numbering never reaches 9…). */
export const GHOST_HOUSE = 'H9999999';

/** Bad values of a reading row, one defect each. Fields: meter_id, read_at, value, estimated. */
export function badReading(cls: BadRowClass, meterId: string, isoDay: string, rng: Rng): string[] {
  switch (cls) {
    case 'non_numeric': return [meterId, `${isoDay}T00:00:00+08:00`, rng.pick(['abc', '—', '#N/A', '12,5O']), 'false'];
    case 'negative_value': return [meterId, `${isoDay}T00:00:00+08:00`, `-${rng.int(1, 500)}.${rng.int(10, 99)}`, 'false'];
    case 'unknown_meter': return [`DB9${rng.int(10_000_000, 99_999_999)}`, `${isoDay}T00:00:00+08:00`, `${rng.int(100, 9000)}.${rng.int(10, 99)}`, 'false'];
    case 'bad_timestamp': return [meterId, rng.pick([`${isoDay.slice(0, 8)}32T00:00:00`, `${isoDay.replace(/-/g, '/')} 24:61`, '2026-02-30T00:00:00', '昨天']), `${rng.int(100, 9000)}.${rng.int(10, 99)}`, 'false'];
    default: throw new Error(`no reading defect ${cls}`);
  }
}

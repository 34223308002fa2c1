// The database path of the digital whistle: a DetectionInput from the imported
// data, through the same assembly as `sentinel detect --data` (./input/), so
// the two paths give the same scores on the same data. Daily use comes from
// meter_daily_consumption (each meter's series computed at import), cut at the
// as-of day; the case verification outcomes join the imported inspections as
// labels.
import {
  accessEventsUntil, complaintsUntil, countDirtyMeters, inspectionsUntil, latestDataTimes, meterDailySeriesUntil,
  registerHousesInImportOrder, type Database,
} from '@sentinel/db';
import { isoToDay, shanghaiDay, shanghaiMinuteOfDay } from '@sentinel/domain';
import type { DetectionInput } from '@sentinel/detection';
import { recomputeDailyConsumption } from '../import/recompute-consumption.ts';
import { conflict } from '../errors.ts';
import {
  complaintFacts, endOfDayMs, historyStartDay, houseFactsOf, indexHouses, inspectionFacts, mergeAccess, withCaseOutcomes,
  houseMatricesFromMeterDays, type AccessPart, type InspectionRecord, type StoredMeterDaily,
} from './input/index.ts';
import { verificationLabels } from './precision.ts';

export interface DbInputOptions {
  /** Shanghai day number; null = the day of the latest reading, event, complaint or inspection. */
  asOfDay: number | null;
  historyDays?: number;
  /** Score only this subdistrict's houses, reading only its data (a detection job); null/absent = every house. */
  subdistrict?: string | null;
}

export interface DbDetectionInput {
  input: DetectionInput;
  /** Labelled visits available to the run (imported inspections + case outcomes, up to as-of). */
  labelCount: number;
}

export const noDetectionData = (why: string) => conflict('detection.no_data', `无法检测：${why}`);

export async function loadDetectionInputFromDb(db: Database, opts: DbInputOptions): Promise<DbDetectionInput> {
  const sub = opts.subdistrict ?? null;
  // Readings imported after the last import finished (a killed import) wait in consumption_dirty.
  // (A subdistrict job leaves that to its fan-out, so parallel workers do not recompute at once.)
  if (sub === null && (await countDirtyMeters(db)) > 0) await recomputeDailyConsumption(db);
  const houseRows = await registerHousesInImportOrder(db, sub);
  if (houseRows.length === 0) throw noDetectionData(sub === null ? '数据库中没有房屋，请先导入数据' : `${sub} 没有房屋`);
  const houses = houseRows.map(houseFactsOf);
  const houseIndex = indexHouses(houses);

  const asOfDay = opts.asOfDay ?? (await defaultAsOfDay(db));
  const untilMs = endOfDayMs(asOfDay);
  const meterRows = await meterDailySeriesUntil(db, untilMs, sub);
  const firstRead = meterRows.reduce((min, m) => (m.first_read_ms !== null && m.first_read_ms < min ? m.first_read_ms : min), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(firstRead)) throw noDetectionData('截至检测日期没有任何有效的读数');
  const startDay = historyStartDay(firstRead, asOfDay, opts.historyDays);
  const stored: StoredMeterDaily[] = meterRows.map((m) => ({
    kind: m.kind, houseIdx: houseIndex.get(m.house_id) ?? -1, startDay: isoToDay(m.start_day),
    amounts: m.amounts, flags: m.flags, coverage: m.coverage, lastReadAtMs: m.last_read_ms,
  }));
  const matrices = houseMatricesFromMeterDays(stored, houses.length, startDay, asOfDay - startDay + 1);

  const access = mergeAccess([accessPart(await accessEventsUntil(db, untilMs, sub), houseIndex)]);
  const complaints = complaintFacts(await complaintsUntil(db, untilMs, sub), houses, houseIndex, untilMs);
  const outcomes: InspectionRecord[] = (await verificationLabels(db)).map((o) => ({
    house_id: o.houseId, inspected_at: o.verifiedAt.getTime(), result: o.result, occupants: o.occupants, partitioned: null,
  }));
  const labels = withCaseOutcomes(await inspectionsUntil(db, untilMs, sub), outcomes);
  const inspections = inspectionFacts(labels, houseIndex, untilMs);
  return {
    input: { asOfDay, houses, ...matrices, access: access.columns, complaints, inspections },
    labelCount: inspections.filter((i) => i.result !== 'no_access').length,
  };
}

/** The file path's rule: the day of the latest timestamp in the data (all subdistricts: one as-of day per fan-out). */
export async function defaultAsOfDay(db: Database): Promise<number> {
  const t = await latestDataTimes(db);
  const latest = Math.max(...[t.readings, t.accessEvents, t.complaints, t.inspections].map((v) => v ?? Number.NEGATIVE_INFINITY));
  if (!Number.isFinite(latest)) throw noDetectionData('没有任何有效的读数，无法确定检测日期');
  return shanghaiDay(latest);
}

/** The whole table as one access part (the file path has one per file), dictionaries in first-seen order. */
function accessPart(rows: readonly { t: number; door_id: string; credential_id: string; house_id: string | null }[], houseIndex: ReadonlyMap<string, number>): AccessPart {
  const n = rows.length;
  const part: AccessPart = {
    count: n, day: new Int32Array(n), minute: new Int16Array(n), houseIdx: new Int32Array(n), doorIdx: new Int32Array(n),
    credentialIdx: new Int32Array(n), doors: [], credentials: [], maxMs: Number.NEGATIVE_INFINITY,
  };
  const doors = new Map<string, number>();
  const creds = new Map<string, number>();
  const intern = (dict: Map<string, number>, list: string[], key: string): number => {
    let i = dict.get(key);
    if (i === undefined) { i = list.length; dict.set(key, i); list.push(key); }
    return i;
  };
  rows.forEach((r, i) => {
    part.day[i] = shanghaiDay(r.t);
    part.minute[i] = shanghaiMinuteOfDay(r.t);
    part.houseIdx[i] = r.house_id === null ? -1 : (houseIndex.get(r.house_id) ?? -1);
    part.doorIdx[i] = intern(doors, part.doors, r.door_id);
    part.credentialIdx[i] = intern(creds, part.credentials, r.credential_id);
    if (r.t > part.maxMs) part.maxMs = r.t;
  });
  return part;
}

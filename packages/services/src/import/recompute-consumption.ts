// Daily consumption of every meter marked dirty (its readings or facts
// changed), a group of meters per transaction: each group's new consumption
// and the removal of its dirty marks commit together, so an interrupted run is
// simply continued by the next one.
import {
  countDirtyMeters, dirtyMeters, loadMeterSeries, replaceDailyConsumption, type DailyConsumptionRecord, type Database,
} from '@sentinel/db';
import { meterConsumptionRecord } from './meter-consumption.ts';
import type { ConsumptionReport, ImportProgress } from './types.ts';

/** Meters per transaction: ~365 readings each, a few MB of arrays per round trip. */
const GROUP = 1000;

export async function recomputeDailyConsumption(db: Database, onProgress?: (e: ImportProgress) => void): Promise<ConsumptionReport> {
  const started = performance.now();
  const metersTotal = await countDirtyMeters(db);
  let metersDone = 0;
  let readingErrors = 0;
  while (metersDone < metersTotal || metersTotal === 0) {
    const done = await db.transaction(async (tx) => {
      const refs = await dirtyMeters(tx, GROUP);
      if (refs.length === 0) return 0;
      const records: DailyConsumptionRecord[] = [];
      for (const m of await loadMeterSeries(tx, refs)) {
        if (m.readAt.length === 0) continue;
        const record = meterConsumptionRecord(m.meterRef, m, m.readAt, m.value, m.estimated);
        readingErrors += record.readingErrors;
        records.push(record);
      }
      await replaceDailyConsumption(tx, refs, records);
      return refs.length;
    });
    if (done === 0) break;
    metersDone += done;
    onProgress?.({ kind: 'consumption-progress', metersDone, metersTotal });
  }
  return { meters: metersDone, inlineMeters: 0, readingErrors, durationMs: performance.now() - started };
}

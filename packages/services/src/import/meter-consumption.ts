// One meter's readings -> the record stored in meter_daily_consumption. Every
// meter with at least one reading gets a record (possibly with empty arrays):
// "has a record" is how the importer knows a meter already has readings.
import type { DailyConsumptionRecord, MeterFactsRow } from '@sentinel/db';
import { meterDailyConsumption } from '@sentinel/detection';
import { shanghaiDay } from '@sentinel/domain';

export function meterConsumptionRecord(
  meterRef: number, facts: MeterFactsRow, readAt: Float64Array, value: Float64Array, estimated: Uint8Array,
): DailyConsumptionRecord {
  const daily = meterDailyConsumption(facts, readAt, value, estimated);
  const empty = daily.values.length === 0 || !Number.isFinite(daily.startDay);
  return {
    meterRef,
    startDay: empty ? shanghaiDay(readAt[0]) : daily.startDay,
    values: empty ? new Float64Array(0) : daily.values,
    flags: empty ? new Uint8Array(0) : daily.flags,
    coverage: empty ? new Float32Array(0) : daily.coverage,
    readingErrors: daily.readingErrors.length,
  };
}

// All meters' readings -> per-house daily matrices (one per kind) on a shared
// day axis. Each meter is computed on its own (never a difference across two
// meters); a house's value for a day is the sum over its meters of that kind,
// so a replaced meter and its successor join into one continuous series.
import type { ReadingColumns } from '@sentinel/domain';
import type { DailyMatrix } from '../types.ts';
import { HouseMatrixBuilder } from './house-sum.ts';
import { meterDailyFromIndices } from './meter-daily.ts';
import { groupByMeter } from './order.ts';
import { Scratch } from './scratch.ts';
import type { MeterFacts } from './types.ts';

export interface DailyMatricesArgs {
  houseCount: number;
  /** Meter index -> house index (-1 or out of range: the meter is ignored). */
  meterHouse: Int32Array;
  meters: MeterFacts[];
  /** meterIdx indexes `meters`. */
  readings: ReadingColumns;
  startDay: number;
  days: number;
}

export interface MeterReadingError {
  meterIdx: number;
  /** Index into the ReadingColumns. */
  readingIndex: number;
  reason: string;
}

export interface DailyMatrices {
  water: DailyMatrix;
  electricity: DailyMatrix;
  /** null when no meter at all is a gas meter. */
  gas: DailyMatrix | null;
  readingErrors: MeterReadingError[];
}

export function buildDailyMatrices(args: DailyMatricesArgs): DailyMatrices {
  const { houseCount, meterHouse, meters, readings, startDay } = args;
  const builder = new HouseMatrixBuilder(houseCount, startDay, args.days, meters.some((m) => m.kind === 'gas'));
  const groups = groupByMeter(readings.meterIdx, readings.count, meters.length);
  const readingErrors: MeterReadingError[] = [];
  const scratch = new Scratch();
  for (let m = 0; m < meters.length; m++) {
    const h = meterHouse[m];
    if (!builder.accepts(meters[m].kind, h)) continue;
    const idx = groups.order.subarray(groups.start[m], groups.start[m + 1]);
    if (idx.length === 0) continue;
    const daily = meterDailyFromIndices(meters[m], readings.readAt, readings.value, readings.estimated, idx, scratch);
    for (const e of daily.readingErrors) readingErrors.push({ meterIdx: m, readingIndex: e.readingIndex, reason: e.reason });
    builder.add(meters[m].kind, h, daily);
  }
  return { ...builder.finish(), readingErrors };
}

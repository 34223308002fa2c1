// All meters' readings -> per-house daily matrices (one per kind) on a shared
// day axis. Each meter is computed on its own (never a difference across two
// meters); a house's value for a day is the sum over its meters of that kind,
// so a replaced meter and its successor join into one continuous series.
import type { MeterKind, ReadingColumns } from '@sentinel/domain';
import type { DailyMatrix } from '../types.ts';
import { DAY_FLAGS } from './flags.ts';
import { MIN_HOUSE_DAY_COVERAGE } from './limits.ts';
import { meterDailyFromIndices } from './meter-daily.ts';
import { groupByMeter } from './order.ts';
import { Scratch } from './scratch.ts';
import type { MeterDaily, MeterFacts } from './types.ts';

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

/** A matrix being filled, with what is needed to finish it. */
interface Accumulator {
  matrix: DailyMatrix;
  coverage: Float32Array; // summed meter coverage per cell
  unknown: Uint8Array;    // 1 = a meter that should have measured this day could not
}

export function buildDailyMatrices(args: DailyMatricesArgs): DailyMatrices {
  const { houseCount, meterHouse, meters, readings, startDay } = args;
  const days = Math.max(0, Math.floor(args.days));
  const hasGas = meters.some((m) => m.kind === 'gas');
  const acc: Record<MeterKind, Accumulator | null> = {
    water: newAccumulator('water', houseCount, startDay, days),
    electricity: newAccumulator('electricity', houseCount, startDay, days),
    gas: hasGas ? newAccumulator('gas', houseCount, startDay, days) : null,
  };
  const groups = groupByMeter(readings.meterIdx, readings.count, meters.length);
  const readingErrors: MeterReadingError[] = [];
  // Each meter's covered day span (inclusive), to recognise successions.
  const firstDay = new Int32Array(meters.length).fill(-1);
  const lastDay = new Int32Array(meters.length).fill(-1);
  const scratch = new Scratch();
  for (let m = 0; m < meters.length; m++) {
    const h = meterHouse[m];
    if (!(h >= 0 && h < houseCount)) continue;
    const target = acc[meters[m].kind];
    if (target === null) continue;
    const idx = groups.order.subarray(groups.start[m], groups.start[m + 1]);
    if (idx.length === 0) continue;
    const daily = meterDailyFromIndices(meters[m], readings.readAt, readings.value, readings.estimated, idx, scratch);
    for (const e of daily.readingErrors) readingErrors.push({ meterIdx: m, readingIndex: e.readingIndex, reason: e.reason });
    if (daily.values.length > 0) {
      firstDay[m] = daily.startDay;
      lastDay[m] = daily.startDay + daily.values.length - 1;
    }
    addMeter(target, h, daily);
  }
  markSuccessions(acc, meters, meterHouse, houseCount, firstDay, lastDay);
  for (const a of [acc.water, acc.electricity, acc.gas]) if (a !== null) finish(a);
  return {
    water: (acc.water as Accumulator).matrix,
    electricity: (acc.electricity as Accumulator).matrix,
    gas: acc.gas === null ? null : acc.gas.matrix,
    readingErrors,
  };
}

function newAccumulator(kind: MeterKind, houseCount: number, startDay: number, days: number): Accumulator {
  const cells = houseCount * days;
  return {
    matrix: { kind, startDay, days, values: new Float32Array(cells).fill(Number.NaN), flags: new Uint8Array(cells) },
    coverage: new Float32Array(cells),
    unknown: new Uint8Array(cells),
  };
}

function addMeter(a: Accumulator, house: number, daily: MeterDaily): void {
  const { startDay, days, values, flags } = a.matrix;
  const from = Math.max(0, startDay - daily.startDay);
  const to = Math.min(daily.values.length, startDay + days - daily.startDay);
  for (let d = from; d < to; d++) {
    const cell = house * days + (daily.startDay + d - startDay);
    flags[cell] |= daily.flags[d];
    const v = daily.values[d];
    if (Number.isNaN(v)) {
      // Inside the meter's span but unknown (reading error): the house total is unknown too.
      a.unknown[cell] = 1;
      continue;
    }
    values[cell] = Number.isNaN(values[cell]) ? v : values[cell] + v;
    a.coverage[cell] += daily.coverage[d];
  }
}

/**
 * Without removed_at/installed_at, a swap still shows: one meter of the house
 * stops within a day of another starting. Flag both days METER_CHANGE.
 */
function markSuccessions(
  acc: Record<MeterKind, Accumulator | null>, meters: MeterFacts[], meterHouse: Int32Array,
  houseCount: number, firstDay: Int32Array, lastDay: Int32Array,
): void {
  const perHouse = new Map<number, number[]>();
  for (let m = 0; m < meters.length; m++) {
    const h = meterHouse[m];
    if (firstDay[m] < 0 || !(h >= 0 && h < houseCount)) continue;
    const list = perHouse.get(h);
    if (list === undefined) perHouse.set(h, [m]);
    else list.push(m);
  }
  for (const [h, list] of perHouse) {
    if (list.length < 2) continue;
    for (const older of list) {
      for (const newer of list) {
        if (older === newer || meters[older].kind !== meters[newer].kind) continue;
        if (Math.abs(firstDay[newer] - lastDay[older]) > 1 || firstDay[newer] <= firstDay[older]) continue;
        const a = acc[meters[older].kind];
        if (a === null) continue;
        flagDay(a, h, lastDay[older]);
        flagDay(a, h, firstDay[newer]);
      }
    }
  }
}

function flagDay(a: Accumulator, house: number, day: number): void {
  const col = day - a.matrix.startDay;
  if (col >= 0 && col < a.matrix.days) a.matrix.flags[house * a.matrix.days + col] |= DAY_FLAGS.METER_CHANGE;
}

/**
 * PARTIAL is re-decided on the house's summed coverage: the last part-day of
 * a removed meter and the first part-day of its successor make a whole day.
 */
function finish(a: Accumulator): void {
  const { values, flags } = a.matrix;
  for (let cell = 0; cell < values.length; cell++) {
    flags[cell] &= ~DAY_FLAGS.PARTIAL;
    if (a.unknown[cell] === 1) {
      values[cell] = Number.NaN;
      continue;
    }
    if (Number.isNaN(values[cell])) continue;
    const cover = a.coverage[cell];
    if (cover < 1 - 1e-6) flags[cell] |= DAY_FLAGS.PARTIAL;
    if (cover < MIN_HOUSE_DAY_COVERAGE) values[cell] = Number.NaN;
  }
}

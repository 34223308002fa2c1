// Per-house daily matrices from meters' stored daily series (the database path:
// meter_daily_consumption holds each meter's MeterDaily as arrays). The sum over
// a house's meters follows buildDailyMatrices (@sentinel/detection,
// consumption/matrices.ts) step for step — unknown meter day → unknown house
// day, PARTIAL re-decided on summed coverage, successions without metadata
// flagged — so both paths give the same matrices from the same readings; a test
// holds them equal. TODO(detection): export this summation from the
// consumption module so matrices.ts and this file share one implementation.
import type { MeterKind } from '@sentinel/domain';
import { dayStartUtcMs, shanghaiDay } from '@sentinel/domain';
import { DAY_FLAGS, MIN_HOUSE_DAY_COVERAGE, type DailyMatrix } from '@sentinel/detection';

const DAY_MS = 86_400_000;
/** Daily frozen reads within an hour of midnight count as taken at midnight (consumption/limits.ts MIDNIGHT_SNAP_MS). */
const MIDNIGHT_SNAP_MS = 3_600_000;

/** One meter's stored daily series: index d is Shanghai day startDay + d. */
export interface StoredMeterDaily {
  kind: MeterKind;
  /** Index of the meter's house in the run's houses, -1 when the register does not know it. */
  houseIdx: number;
  startDay: number;
  /** null / NaN = unknown. */
  amounts: readonly (number | null)[];
  flags: readonly number[];
  coverage: readonly number[];
  /**
   * The meter's last reading at or before the end of the as-of day (UTC ms);
   * null = none. Days the stored series knows only from later readings are cut
   * there, as if those readings had not arrived yet.
   */
  lastReadAtMs: number | null;
}

export interface HouseMatrices {
  water: DailyMatrix;
  electricity: DailyMatrix;
  gas: DailyMatrix | null;
}

interface Accumulator {
  matrix: DailyMatrix;
  coverage: Float32Array;
  unknown: Uint8Array;
}

export function houseMatricesFromMeterDays(meters: readonly StoredMeterDaily[], houseCount: number, startDay: number, days: number): HouseMatrices {
  const hasGas = meters.some((m) => m.kind === 'gas');
  const acc: Record<MeterKind, Accumulator | null> = {
    water: newAccumulator('water', houseCount, startDay, days),
    electricity: newAccumulator('electricity', houseCount, startDay, days),
    gas: hasGas ? newAccumulator('gas', houseCount, startDay, days) : null,
  };
  const spans: { meter: number; first: number; last: number }[] = [];
  meters.forEach((m, i) => {
    const h = m.houseIdx;
    const target = acc[m.kind];
    if (!(h >= 0 && h < houseCount) || target === null || m.lastReadAtMs === null) return;
    const cut = cutSeries(m, m.lastReadAtMs);
    if (cut.length > 0) spans.push({ meter: i, first: m.startDay, last: m.startDay + cut.length - 1 });
    addMeter(target, h, m.startDay, cut);
  });
  markSuccessions(acc, meters, spans);
  for (const a of [acc.water, acc.electricity, acc.gas]) if (a !== null) finish(a);
  return { water: acc.water!.matrix, electricity: acc.electricity!.matrix, gas: acc.gas === null ? null : acc.gas.matrix };
}

interface DayValue { value: number; flags: number; coverage: number }

/**
 * The meter's days as its readings up to `lastReadAtMs` give them: the series
 * ends on the day before the (midnight-snapped) last read; when that read is
 * not at midnight its day is only partly covered, its use taken pro rata.
 */
function cutSeries(m: StoredMeterDaily, lastReadAtMs: number): DayValue[] {
  const midnight = dayStartUtcMs(shanghaiDay(lastReadAtMs + DAY_MS / 2));
  const effective = Math.abs(lastReadAtMs - midnight) <= MIDNIGHT_SNAP_MS ? midnight : lastReadAtMs;
  const lastDay = shanghaiDay(effective - 1);
  const length = Math.max(0, Math.min(m.amounts.length, lastDay - m.startDay + 1));
  const out: DayValue[] = new Array(length);
  for (let d = 0; d < length; d++) {
    const a = m.amounts[d];
    out[d] = { value: a === null ? Number.NaN : a, flags: m.flags[d] ?? 0, coverage: m.coverage[d] ?? 0 };
  }
  const tailDay = m.startDay + length - 1;
  if (length > 0 && tailDay === lastDay && effective !== dayStartUtcMs(lastDay + 1)) {
    const share = Math.min(out[length - 1].coverage, (effective - dayStartUtcMs(lastDay)) / DAY_MS);
    const tail = out[length - 1];
    const scale = tail.coverage > 0 ? share / tail.coverage : 0;
    out[length - 1] = { value: share > 0 ? tail.value * scale : Number.NaN, flags: tail.flags | (share < 1 - 1e-9 ? DAY_FLAGS.PARTIAL : 0), coverage: share };
  }
  return out;
}

function newAccumulator(kind: MeterKind, houseCount: number, startDay: number, days: number): Accumulator {
  const cells = houseCount * days;
  return {
    matrix: { kind, startDay, days, values: new Float32Array(cells).fill(Number.NaN), flags: new Uint8Array(cells) },
    coverage: new Float32Array(cells),
    unknown: new Uint8Array(cells),
  };
}

function addMeter(a: Accumulator, house: number, meterStart: number, series: readonly DayValue[]): void {
  const { startDay, days, values, flags } = a.matrix;
  const from = Math.max(0, startDay - meterStart);
  const to = Math.min(series.length, startDay + days - meterStart);
  for (let d = from; d < to; d++) {
    const cell = house * days + (meterStart + d - startDay);
    const day = series[d];
    flags[cell] |= day.flags;
    if (Number.isNaN(day.value)) {
      a.unknown[cell] = 1;
      continue;
    }
    values[cell] = Number.isNaN(values[cell]) ? day.value : values[cell] + day.value;
    a.coverage[cell] += day.coverage;
  }
}

/** One meter of a house stopping within a day of another of the same kind starting: a swap, flagged on both days. */
function markSuccessions(acc: Record<MeterKind, Accumulator | null>, meters: readonly StoredMeterDaily[], spans: readonly { meter: number; first: number; last: number }[]): void {
  const perHouse = new Map<number, { meter: number; first: number; last: number }[]>();
  for (const s of spans) {
    const h = meters[s.meter].houseIdx;
    const list = perHouse.get(h);
    if (list === undefined) perHouse.set(h, [s]);
    else list.push(s);
  }
  for (const [h, list] of perHouse) {
    if (list.length < 2) continue;
    for (const older of list) {
      for (const newer of list) {
        if (older === newer || meters[older.meter].kind !== meters[newer.meter].kind) continue;
        if (Math.abs(newer.first - older.last) > 1 || newer.first <= older.first) continue;
        const a = acc[meters[older.meter].kind];
        if (a === null) continue;
        flagDay(a, h, older.last);
        flagDay(a, h, newer.first);
      }
    }
  }
}

function flagDay(a: Accumulator, house: number, day: number): void {
  const col = day - a.matrix.startDay;
  if (col >= 0 && col < a.matrix.days) a.matrix.flags[house * a.matrix.days + col] |= DAY_FLAGS.METER_CHANGE;
}

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

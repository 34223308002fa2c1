// A house's daily use of one kind is the sum over its meters of that kind,
// each computed on its own (never a difference across two meters), so a
// replaced meter and its successor join into one continuous series. One
// implementation for both paths: buildDailyMatrices (from readings) and the
// database path (from each meter's stored daily series).
import type { MeterKind } from '@sentinel/domain';
import type { DailyMatrix } from '../types.ts';
import { DAY_FLAGS } from './flags.ts';
import { MIN_HOUSE_DAY_COVERAGE } from './limits.ts';

/** One meter's days: index d is Shanghai day startDay + d; NaN value = unknown. */
export interface MeterDayRun {
  readonly startDay: number;
  readonly values: ArrayLike<number>;
  readonly flags: ArrayLike<number>;
  readonly coverage: ArrayLike<number>;
}

export interface HouseMatrices {
  water: DailyMatrix;
  electricity: DailyMatrix;
  /** null when no meter at all is a gas meter. */
  gas: DailyMatrix | null;
}

/** A matrix being filled, with what is needed to finish it. */
interface Accumulator {
  matrix: DailyMatrix;
  coverage: Float32Array; // summed meter coverage per cell
  unknown: Uint8Array;    // 1 = a meter that should have measured this day could not
}

interface Span { kind: MeterKind; house: number; first: number; last: number }

export class HouseMatrixBuilder {
  private readonly acc: Record<MeterKind, Accumulator | null>;
  private readonly spans: Span[] = [];

  constructor(private readonly houseCount: number, startDay: number, days: number, hasGas: boolean) {
    const d = Math.max(0, Math.floor(days));
    this.acc = {
      water: newAccumulator('water', houseCount, startDay, d),
      electricity: newAccumulator('electricity', houseCount, startDay, d),
      gas: hasGas ? newAccumulator('gas', houseCount, startDay, d) : null,
    };
  }

  /** Whether add() would use a meter of this kind on this house. */
  accepts(kind: MeterKind, house: number): boolean {
    return house >= 0 && house < this.houseCount && this.acc[kind] !== null;
  }

  add(kind: MeterKind, house: number, run: MeterDayRun): void {
    const a = this.acc[kind];
    if (a === null || !(house >= 0 && house < this.houseCount)) return;
    if (run.values.length > 0) this.spans.push({ kind, house, first: run.startDay, last: run.startDay + run.values.length - 1 });
    const { startDay, days, values, flags } = a.matrix;
    const from = Math.max(0, startDay - run.startDay);
    const to = Math.min(run.values.length, startDay + days - run.startDay);
    for (let d = from; d < to; d++) {
      const cell = house * days + (run.startDay + d - startDay);
      flags[cell] |= run.flags[d];
      const v = run.values[d];
      if (Number.isNaN(v)) {
        // Inside the meter's span but unknown (reading error): the house total is unknown too.
        a.unknown[cell] = 1;
        continue;
      }
      values[cell] = Number.isNaN(values[cell]) ? v : values[cell] + v;
      a.coverage[cell] += run.coverage[d];
    }
  }

  finish(): HouseMatrices {
    this.markSuccessions();
    for (const a of [this.acc.water, this.acc.electricity, this.acc.gas]) if (a !== null) finishAccumulator(a);
    return {
      water: (this.acc.water as Accumulator).matrix,
      electricity: (this.acc.electricity as Accumulator).matrix,
      gas: this.acc.gas === null ? null : this.acc.gas.matrix,
    };
  }

  /**
   * Without removed_at/installed_at, a swap still shows: one meter of the house
   * stops within a day of another of the same kind starting. Flag both days METER_CHANGE.
   */
  private markSuccessions(): void {
    const perHouse = new Map<number, Span[]>();
    for (const s of this.spans) {
      const list = perHouse.get(s.house);
      if (list === undefined) perHouse.set(s.house, [s]);
      else list.push(s);
    }
    for (const [h, list] of perHouse) {
      if (list.length < 2) continue;
      for (const older of list) {
        for (const newer of list) {
          if (older === newer || older.kind !== newer.kind) continue;
          if (Math.abs(newer.first - older.last) > 1 || newer.first <= older.first) continue;
          const a = this.acc[older.kind];
          if (a === null) continue;
          flagDay(a, h, older.last);
          flagDay(a, h, newer.first);
        }
      }
    }
  }
}

function newAccumulator(kind: MeterKind, houseCount: number, startDay: number, days: number): Accumulator {
  const cells = houseCount * days;
  return {
    matrix: { kind, startDay, days, values: new Float32Array(cells).fill(Number.NaN), flags: new Uint8Array(cells) },
    coverage: new Float32Array(cells),
    unknown: new Uint8Array(cells),
  };
}

function flagDay(a: Accumulator, house: number, day: number): void {
  const col = day - a.matrix.startDay;
  if (col >= 0 && col < a.matrix.days) a.matrix.flags[house * a.matrix.days + col] |= DAY_FLAGS.METER_CHANGE;
}

/**
 * PARTIAL is re-decided on the house's summed coverage: the last part-day of
 * a removed meter and the first part-day of its successor make a whole day.
 */
function finishAccumulator(a: Accumulator): void {
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

// Builders for consumption tests: readings at Shanghai times, meter facts.
import { dayStartUtcMs, isoToDay } from '@sentinel/domain';
import type { MeterFacts } from '../../src/consumption/index.ts';

export const DAY0 = isoToDay('2025-03-01');
export const HOUR = 3_600_000;

/** UTC ms of day DAY0 + day at the given Shanghai hour. */
export function at(day: number, hours = 0): number {
  return dayStartUtcMs(DAY0 + day) + hours * HOUR;
}

export function facts(kind: MeterFacts['kind'], extra: Partial<MeterFacts> = {}): MeterFacts {
  return { kind, rolloverAt: null, installedDay: null, removedDay: null, ...extra };
}

export interface Rows {
  readAt: Float64Array;
  value: Float64Array;
  estimated: Uint8Array;
}

/** Rows from [time, value, estimated?] triples. */
export function rows(list: Array<[number, number, number?]>): Rows {
  return {
    readAt: Float64Array.from(list.map((r) => r[0])),
    value: Float64Array.from(list.map((r) => r[1])),
    estimated: Uint8Array.from(list.map((r) => r[2] ?? 0)),
  };
}

/** Daily midnight readings on days 0.. from register values. */
export function dailyRows(values: number[], firstDay = 0): Rows {
  return rows(values.map((v, k) => [at(firstDay + k), v]));
}

/** Sum of the known (non-NaN) values. */
export function sumKnown(values: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) if (!Number.isNaN(values[k])) s += values[k];
  return s;
}

/** Cumulative register from a start value and daily uses. */
export function cumulative(start: number, uses: number[]): number[] {
  const out = [start];
  for (const u of uses) out.push(out[out.length - 1] + u);
  return out;
}

import type { ReadingColumns } from '@sentinel/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_FLAGS, buildDailyMatrices, meterDailyConsumption } from '../../src/consumption/index.ts';
import type { MeterFacts } from '../../src/consumption/index.ts';
import { DAY0, at, cumulative, facts } from './helpers.ts';

/** Readings of several meters as columns, in the given (any) order. */
function columns(list: Array<[number, number, number, number?]>): ReadingColumns {
  return {
    count: list.length,
    meterIdx: Int32Array.from(list.map((r) => r[0])),
    readAt: Float64Array.from(list.map((r) => r[1])),
    value: Float64Array.from(list.map((r) => r[2])),
    estimated: Uint8Array.from(list.map((r) => r[3] ?? 0)),
  };
}

function daily(meter: number, values: number[], firstDay = 0): Array<[number, number, number]> {
  return values.map((v, k) => [meter, at(firstDay + k), v]);
}

const row = (m: Float32Array, house: number, days: number): number[] =>
  Array.from(m.subarray(house * days, (house + 1) * days), (v) => (Number.isNaN(v) ? Number.NaN : Math.round(v * 1000) / 1000));

describe('buildDailyMatrices', () => {
  it('sums a house\'s meters per kind; houses without a meter of a kind are NaN; no gas meter -> null', () => {
    const meters: MeterFacts[] = [facts('water'), facts('electricity'), facts('water')];
    const readings = columns([
      ...daily(0, [10, 11, 12.5, 13]),
      ...daily(1, [500, 505, 512, 520]),
      ...daily(2, [0, 0.5, 1, 1.5]),
    ].reverse());
    const out = buildDailyMatrices({ houseCount: 3, meterHouse: Int32Array.from([0, 0, 1]), meters, readings, startDay: DAY0, days: 3 });
    expect(out.gas).toBeNull();
    expect(out.water.kind).toBe('water');
    expect(row(out.water.values, 0, 3)).toEqual([1, 1.5, 0.5]);
    expect(row(out.water.values, 1, 3)).toEqual([0.5, 0.5, 0.5]);
    expect(row(out.water.values, 2, 3)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(row(out.electricity.values, 0, 3)).toEqual([5, 7, 8]);
    expect(row(out.electricity.values, 1, 3)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(out.readingErrors).toEqual([]);
  });

  it('meter replaced mid-month: two series, never a difference across them, the house total is continuous', () => {
    // Old meter A at ~1200 removed on day 15; new meter B installed on day 15, starting at 0.
    const uses = Array.from({ length: 30 }, (_, k) => 0.3 + (k % 3) * 0.1);
    const a = cumulative(1200, uses.slice(0, 15));           // days 0..15
    const b = cumulative(0, uses.slice(15));                 // days 15..30
    const meters: MeterFacts[] = [
      facts('water', { removedDay: DAY0 + 15 }),
      facts('water', { installedDay: DAY0 + 15 }),
    ];
    const readings = columns([...daily(1, b, 15), ...daily(0, a, 0)]);
    const out = buildDailyMatrices({ houseCount: 1, meterHouse: Int32Array.from([0, 0]), meters, readings, startDay: DAY0, days: 30 });
    const got = row(out.water.values, 0, 30);
    expect(got).toEqual(uses.map((u) => Math.round(u * 1000) / 1000));
    expect(out.readingErrors).toEqual([]);
    expect(out.water.flags[15] & DAY_FLAGS.METER_CHANGE).toBeTruthy();
    expect(out.water.flags[14] & DAY_FLAGS.METER_CHANGE).toBeTruthy(); // last day of A
    expect(out.water.flags[3] & DAY_FLAGS.METER_CHANGE).toBeFalsy();
  });

  it('a swap in the middle of a day: old final and new first reads at the swap make a whole day', () => {
    const meters: MeterFacts[] = [facts('electricity'), facts('electricity')];
    const readings = columns([
      // 10 kWh a day. A is removed at 10:00 on day 2 (no removed_at given); B starts at 0.5.
      [0, at(0), 3000], [0, at(1), 3010], [0, at(2, 10), 3020 + (10 * 10) / 24],
      [1, at(2, 10), 0.5], [1, at(3), 0.5 + (10 * 14) / 24], [1, at(4), 10.5 + (10 * 14) / 24],
    ]);
    const out = buildDailyMatrices({ houseCount: 1, meterHouse: Int32Array.from([0, 0]), meters, readings, startDay: DAY0, days: 4 });
    expect(row(out.electricity.values, 0, 4)).toEqual([10, 10, 10, 10]);
    expect(out.electricity.flags[2] & DAY_FLAGS.PARTIAL).toBe(0);
    expect(out.electricity.flags[2] & DAY_FLAGS.METER_CHANGE).toBeTruthy();
  });

  it('a meter\'s unknown day makes the house day unknown; errors name the meter and the column row', () => {
    const meters: MeterFacts[] = [facts('water'), facts('gas')];
    const readings = columns([
      [1, at(0), 50], [1, at(1), 50.8], [1, at(2), 51.6],
      [0, at(0), 100], [0, at(1), 100.5], [0, at(2), 101], [0, at(3), 40], [0, at(4), 40.5],
    ]);
    const out = buildDailyMatrices({ houseCount: 1, meterHouse: Int32Array.from([0, 0]), meters, readings, startDay: DAY0, days: 5 });
    expect(row(out.water.values, 0, 5)).toEqual([0.5, 0.5, Number.NaN, 0.5, Number.NaN]);
    expect(out.water.flags[2] & DAY_FLAGS.READING_ERROR).toBeTruthy();
    expect(out.readingErrors).toEqual([{ meterIdx: 0, readingIndex: 6, reason: expect.stringContaining('示数倒退') }]);
    expect(out.gas).not.toBeNull();
    expect(row(out.gas?.values ?? new Float32Array(0), 0, 5)).toEqual([0.8, 0.8, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('clips meters to the axis, drops partial house days, ignores meters without a house', () => {
    const meters: MeterFacts[] = [facts('water'), facts('water')];
    const readings = columns([
      ...daily(0, cumulative(0, Array<number>(10).fill(1))), // days 0..9
      [0, at(10, 12), 10.5],                                  // half of day 10
      ...daily(1, [0, 99]), [7, at(0), 1],                    // meter 1 has no house; meterIdx 7 does not exist
    ]);
    const out = buildDailyMatrices({ houseCount: 1, meterHouse: Int32Array.from([0, -1]), meters, readings, startDay: DAY0 + 8, days: 4 });
    expect(row(out.water.values, 0, 4)).toEqual([1, 1, Number.NaN, Number.NaN]);
    expect(out.water.flags[2] & DAY_FLAGS.PARTIAL).toBeTruthy();
    expect(out.water.startDay).toBe(DAY0 + 8);
    expect(out.water.days).toBe(4);
  });
});

describe('buildDailyMatrices properties', () => {
  const meterArb = fc.record({
    kind: fc.constantFrom<MeterFacts['kind']>('water', 'electricity', 'gas'),
    house: fc.integer({ min: -1, max: 3 }),
    rows: fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), hour: fc.constantFrom(0, 0, 0, 7, 13), value: fc.double({ min: 0, max: 300, noNaN: true }) }), { maxLength: 25 }),
  });

  it('row order does not matter, and each house day is the sum of its meters\' days', () => {
    fc.assert(fc.property(fc.array(meterArb, { minLength: 1, maxLength: 6 }), fc.nat(), (ms, seed) => {
      const meters = ms.map((m) => facts(m.kind));
      const meterHouse = Int32Array.from(ms.map((m) => m.house));
      const list: Array<[number, number, number]> = [];
      ms.forEach((m, i) => m.rows.forEach((r) => list.push([i, at(r.day, r.hour), r.value])));
      const shuffled = list.map((r, k) => ({ r, key: (k * 2654435761 + seed) % 4294967296 })).sort((a, b) => a.key - b.key).map((x) => x.r);
      const args = { houseCount: 4, meterHouse, meters, startDay: DAY0 + 2, days: 15 };
      const a = buildDailyMatrices({ ...args, readings: columns(list) });
      const b = buildDailyMatrices({ ...args, readings: columns(shuffled) });
      for (const kind of ['water', 'electricity', 'gas'] as const) {
        const ma = a[kind];
        const mb = b[kind];
        expect(mb === null).toBe(ma === null);
        if (ma === null || mb === null) continue;
        expect(Array.from(mb.values)).toEqual(Array.from(ma.values));
        expect(Array.from(mb.flags)).toEqual(Array.from(ma.flags));
        // Every known house day is the sum of its meters' known days; never negative.
        for (let h = 0; h < 4; h++) {
          for (let d = 0; d < 15; d++) {
            const v = ma.values[h * 15 + d];
            if (Number.isNaN(v)) continue;
            expect(v >= 0).toBe(true);
            let sum = 0;
            ms.forEach((m, i) => {
              if (m.house !== h || m.kind !== kind) return;
              const own = meterDailyConsumption(meters[i], ...oneMeter(list, i));
              const k = DAY0 + 2 + d - own.startDay;
              if (k >= 0 && k < own.values.length && !Number.isNaN(own.values[k])) sum += own.values[k];
            });
            expect(Math.abs(v - sum) <= 1e-3 * Math.max(1, sum)).toBe(true);
          }
        }
      }
    }), { numRuns: 100 });
  });
});

function oneMeter(list: Array<[number, number, number]>, meter: number): [Float64Array, Float64Array, Uint8Array] {
  const mine = list.filter((r) => r[0] === meter);
  return [Float64Array.from(mine, (r) => r[1]), Float64Array.from(mine, (r) => r[2]), new Uint8Array(mine.length)];
}

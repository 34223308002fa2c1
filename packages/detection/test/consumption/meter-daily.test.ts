import { describe, expect, it } from 'vitest';
import { DAY_FLAGS, meterDailyConsumption } from '../../src/consumption/index.ts';
import type { MeterDaily, MeterFacts } from '../../src/consumption/index.ts';
import { DAY0, HOUR, at, cumulative, dailyRows, facts, rows, sumKnown } from './helpers.ts';
import type { Rows } from './helpers.ts';

const WATER = facts('water');
const POWER = facts('electricity');

function run(f: MeterFacts, r: Rows): MeterDaily {
  return meterDailyConsumption(f, r.readAt, r.value, r.estimated);
}

function vals(d: MeterDaily): number[] {
  return Array.from(d.values, (v) => (Number.isNaN(v) ? Number.NaN : Math.round(v * 1e6) / 1e6));
}

const has = (d: MeterDaily, day: number, flag: number): boolean => (d.flags[day] & flag) !== 0;

describe('meterDailyConsumption: ordinary series', () => {
  it('a midnight reading minus the previous midnight reading is the previous day\'s use', () => {
    const d = run(WATER, dailyRows([100, 100.4, 101, 101, 101.25]));
    expect(d.startDay).toBe(DAY0);
    expect(vals(d)).toEqual([0.4, 0.6, 0, 0.25]);
    expect(Array.from(d.flags)).toEqual([0, 0, 0, 0]);
    expect(Array.from(d.coverage)).toEqual([1, 1, 1, 1]);
    expect(d.readingErrors).toEqual([]);
    expect(d.totalFromRegister).toBeCloseTo(1.25, 9);
  });

  it('daily frozen reads stamped minutes after midnight still give whole days', () => {
    const d = run(WATER, rows([[at(0, 0.1), 10], [at(1, 0.25), 10.5], [at(2, -0.2), 11.5]]));
    expect(d.startDay).toBe(DAY0);
    expect(vals(d)).toEqual([0.5, 1]);
    expect(Array.from(d.flags)).toEqual([0, 0]);
  });

  it('input order does not matter', () => {
    const r = dailyRows([5, 6, 8, 9]);
    const shuffled = rows([[r.readAt[2], 8], [r.readAt[0], 5], [r.readAt[3], 9], [r.readAt[1], 6]]);
    expect(vals(run(POWER, shuffled))).toEqual(vals(run(POWER, r)));
  });

  it('fewer than two readings give no days', () => {
    expect(run(WATER, dailyRows([3])).values.length).toBe(0);
    expect(run(WATER, dailyRows([])).values.length).toBe(0);
  });

  it('reads in the afternoon split each interval over two days by time and mark the ends partial', () => {
    // 12:00 -> 12:00: half of each interval on each day.
    const d = run(WATER, rows([[at(0, 12), 0], [at(1, 12), 2], [at(2, 12), 4]]));
    expect(vals(d)).toEqual([1, 2, 1]);
    expect(Array.from(d.coverage)).toEqual([0.5, 1, 0.5]);
    expect(has(d, 0, DAY_FLAGS.PARTIAL)).toBe(true);
    expect(has(d, 1, DAY_FLAGS.PARTIAL)).toBe(false);
    expect(has(d, 2, DAY_FLAGS.PARTIAL)).toBe(true);
  });
});

describe('gaps and monthly reads', () => {
  it('a gap of 5 days spreads its use evenly over those days and flags them', () => {
    // Readings on days 0,1 then 6,7: days 1..5 share 2.5 m3.
    const d = run(WATER, rows([[at(0), 100], [at(1), 100.5], [at(6), 103], [at(7), 103.4]]));
    expect(vals(d)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.4]);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => has(d, k, DAY_FLAGS.SPREAD))).toEqual([false, true, true, true, true, true, false]);
    expect(d.totalFromRegister).toBeCloseTo(3.4, 9);
  });

  it('a gap starting mid-day gives each day its share of the time', () => {
    // 18:00 day 0 to 06:00 day 2 = 36 h of 3.6 m3: 0.6 / 2.4 / 0.6.
    const d = run(WATER, rows([[at(0, 18), 0], [at(2, 6), 3.6]]));
    expect(vals(d)).toEqual([0.6, 2.4, 0.6]);
    expect(has(d, 1, DAY_FLAGS.SPREAD)).toBe(true);
  });

  it('monthly reads spread each month evenly', () => {
    const d = run(POWER, rows([[at(0), 1000], [at(31), 1310], [at(59), 1590]]));
    expect(d.values.length).toBe(59);
    for (let k = 0; k < 31; k++) expect(d.values[k]).toBeCloseTo(10, 9);
    for (let k = 31; k < 59; k++) expect(d.values[k]).toBeCloseTo(10, 9);
    expect(d.flags.every((f) => (f & DAY_FLAGS.SPREAD) !== 0)).toBe(true);
  });
});

describe('rollover', () => {
  it('a wrap at 99999 counts (99999 - prev) + next and is flagged', () => {
    const d = run(facts('water', { rolloverAt: 99999 }), dailyRows([99997.5, 99998.7, 0.3, 1]));
    expect(vals(d)).toEqual([1.2, 0.6, 0.7]);
    expect(has(d, 1, DAY_FLAGS.ROLLOVER)).toBe(true);
    expect(has(d, 0, DAY_FLAGS.ROLLOVER)).toBe(false);
    expect(d.readingErrors).toEqual([]);
    expect(d.totalFromRegister).toBeCloseTo(1 - 99997.5 + 99999, 6);
  });

  it('a drop far from the top is not a wrap, even on a meter that can wrap', () => {
    const d = run(facts('water', { rolloverAt: 99999 }), dailyRows([500, 500.5, 501, 3, 3.5, 4]));
    expect(vals(d)).toEqual([0.5, 0.5, Number.NaN, 0.5, 0.5]);
    expect(has(d, 2, DAY_FLAGS.READING_ERROR)).toBe(true);
    expect(d.readingErrors).toHaveLength(1);
    expect(d.readingErrors[0].readingIndex).toBe(3);
    expect(d.readingErrors[0].reason).toContain('示数倒退');
    expect(d.readingErrors[0].reason).toContain('翻转');
  });

  it('without rollover_at a wrap is a break: the day is unknown, both sides are kept', () => {
    const d = run(WATER, dailyRows([99998, 99998.6, 0.4, 1]));
    expect(vals(d)).toEqual([0.6, Number.NaN, 0.6]);
    expect(d.totalFromRegister).toBeCloseTo(1.2, 9);
  });
});

describe('reading errors', () => {
  it('a single backward reading between good ones is rejected and bridged', () => {
    const r = dailyRows([100, 100.5, 95, 101.5, 102]);
    const d = run(WATER, r);
    expect(vals(d)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(d.readingErrors.map((e) => e.readingIndex)).toEqual([2]);
    expect(d.readingErrors[0].reason).toMatch(/^异常示数 95/);
    expect(d.readingErrors[0].reason).toContain('示数倒退');
    expect(has(d, 1, DAY_FLAGS.READING_ERROR) && has(d, 2, DAY_FLAGS.READING_ERROR)).toBe(true);
    expect(has(d, 0, DAY_FLAGS.READING_ERROR)).toBe(false);
    expect(d.totalFromRegister).toBeCloseTo(2, 9);
  });

  it('a lasting backward jump makes that interval unknown and never negative', () => {
    const d = run(WATER, dailyRows([100, 100.5, 101, 50, 50.5]));
    expect(vals(d)).toEqual([0.5, 0.5, Number.NaN, 0.5]);
    expect(d.readingErrors).toEqual([{ readingIndex: 3, reason: expect.stringContaining('示数倒退：从 101 到 50') }]);
    expect(d.totalFromRegister).toBeCloseTo(1.5, 9);
  });

  it('a single absurd spike that returns to the trend is rejected and bridged', () => {
    const d = run(POWER, dailyRows([1000, 1010, 99999, 1030, 1040]));
    expect(vals(d)).toEqual([10, 10, 10, 10]);
    expect(d.readingErrors.map((e) => e.readingIndex)).toEqual([2]);
    expect(d.totalFromRegister).toBeCloseTo(40, 9);
  });

  it('a spike below the physical ceiling is still rejected when the register falls back after it', () => {
    const d = run(WATER, dailyRows([100, 100.3, 130, 100.9, 101.2]));
    expect(vals(d)).toEqual([0.3, 0.3, 0.3, 0.3]);
    expect(d.readingErrors.map((e) => e.readingIndex)).toEqual([2]);
    expect(d.readingErrors[0].reason).toContain('回落');
  });

  it('a spike of three readings is bridged; the series start can be a spike too', () => {
    const d = run(WATER, dailyRows([7000, 100, 100.3, 900, 901, 902, 101.5, 101.8]));
    expect(d.startDay).toBe(DAY0 + 1);
    expect(vals(d)).toEqual([0.3, 0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(d.readingErrors.map((e) => e.readingIndex).sort()).toEqual([0, 3, 4, 5]);
  });

  it('a lasting absurd forward jump is a break, not usage', () => {
    const d = run(WATER, dailyRows([100, 100.3, 1100.3, 1100.6]));
    expect(vals(d)).toEqual([0.3, Number.NaN, 0.3]);
    expect(d.readingErrors[0].reason).toContain('示数跳变');
    expect(d.readingErrors[0].reason).toContain('物理上限');
  });

  it('an isolated step far above the meter\'s habit is rejected; its neighbours are kept', () => {
    const uses = Array<number>(20).fill(0.3);
    uses[10] = 30; // under the 50 m3/day ceiling, 100x this meter's habit, alone
    const d = run(WATER, dailyRows(cumulative(10, uses)));
    expect(Number.isNaN(d.values[10])).toBe(true);
    expect(has(d, 10, DAY_FLAGS.READING_ERROR)).toBe(true);
    expect(d.values[9]).toBeCloseTo(0.3, 9);
    expect(d.values[11]).toBeCloseTo(0.3, 9);
    expect(d.readingErrors).toHaveLength(1);
    expect(d.readingErrors[0].reason).toContain('示数突增');
    expect(d.totalFromRegister).toBeCloseTo(0.3 * 19, 9);
  });

  it('unusable rows and rows outside the meter\'s service are reported, not used', () => {
    const f = facts('water', { installedDay: DAY0 + 1, removedDay: DAY0 + 3 });
    const r = rows([[at(0), 1], [at(1), 2], [at(2), Number.NaN], [at(2, 1.5), 2.5], [at(3), 3], [at(4), 9]]);
    const d = run(f, r);
    expect(d.readingErrors.map((e) => e.readingIndex).sort()).toEqual([0, 2, 5]);
    expect(d.readingErrors.find((e) => e.readingIndex === 0)?.reason).toContain('早于装表日期 2025-03-02');
    expect(d.readingErrors.find((e) => e.readingIndex === 5)?.reason).toContain('晚于拆表日期 2025-03-04');
    expect(d.totalFromRegister).toBeCloseTo(1, 9);
    expect(has(d, 0, DAY_FLAGS.METER_CHANGE)).toBe(true);
  });
});

describe('real surges are usage, never reading errors', () => {
  it('water: 20x from one day on (a group rental moves in)', () => {
    const uses = [...Array<number>(60).fill(0.15), ...Array<number>(30).fill(3)];
    const d = run(WATER, dailyRows(cumulative(500, uses)));
    expect(d.readingErrors).toEqual([]);
    expect(d.flags.every((f) => f === 0)).toBe(true);
    for (let k = 60; k < 90; k++) expect(d.values[k]).toBeCloseTo(3, 9);
  });

  it('electricity: 20x from one day on, and a 40x day in the middle of ordinary ones', () => {
    const uses = [...Array<number>(40).fill(4), ...Array<number>(20).fill(80)];
    uses[20] = 160; // one very heavy day (40x: an EV charged all day), kept
    const d = run(POWER, dailyRows(cumulative(20000, uses)));
    expect(d.readingErrors).toEqual([]);
    expect(d.values[20]).toBeCloseTo(160, 9);
    expect(d.values[59]).toBeCloseTo(80, 9);
  });

  it('a big family\'s monthly read at group-rental levels is kept', () => {
    const d = run(WATER, rows([[at(0), 0], [at(30), 90], [at(60), 180]]));
    expect(d.readingErrors).toEqual([]);
    expect(d.values[45]).toBeCloseTo(3, 9);
  });
});

describe('estimated reads and duplicates', () => {
  it('an estimated read marks both days it bounds', () => {
    const r = rows([[at(0), 10], [at(1), 11], [at(2), 12, 1], [at(3), 13], [at(4), 14]]);
    const d = run(WATER, r);
    expect([0, 1, 2, 3].map((k) => has(d, k, DAY_FLAGS.ESTIMATED))).toEqual([false, true, true, false]);
    expect(vals(d)).toEqual([1, 1, 1, 1]);
  });

  it('an estimate later corrected downwards: the estimate is the one rejected', () => {
    const r = rows([[at(0), 100], [at(1), 101, 1], [at(2), 100.8], [at(3), 102]]);
    const d = run(WATER, r);
    expect(d.readingErrors.map((e) => e.readingIndex)).toEqual([1]);
    expect(vals(d)).toEqual([0.4, 0.4, 1.2]);
  });

  it('exact duplicates count once and are not reported', () => {
    const r = rows([[at(0), 10], [at(1), 11], [at(1), 11], [at(2), 12], [at(2), 12, 2]]);
    const d = run(WATER, r);
    expect(vals(d)).toEqual([1, 1]);
    expect(d.readingErrors).toEqual([]);
    expect(Array.from(d.flags)).toEqual([0, 0]);
  });

  it('conflicting reads at one instant: the real read beats the estimate, the days are flagged', () => {
    const r = rows([[at(0), 10], [at(1), 15, 1], [at(1), 11], [at(2), 12]]);
    const d = run(WATER, r);
    expect(vals(d)).toEqual([1, 1]);
    expect(has(d, 0, DAY_FLAGS.DUPLICATE) && has(d, 1, DAY_FLAGS.DUPLICATE)).toBe(true);
    expect(has(d, 0, DAY_FLAGS.ESTIMATED)).toBe(false);
    expect(d.readingErrors).toEqual([{ readingIndex: 1, reason: expect.stringContaining('保留 11，舍弃 15') }]);
  });

  it('conflicting real reads: the lower one that does not go backwards is kept, whatever the row order', () => {
    const a = run(WATER, rows([[at(0), 10], [at(1), 9], [at(1), 11.5], [at(1), 11], [at(2), 12]]));
    const b = run(WATER, rows([[at(1), 11], [at(2), 12], [at(1), 11.5], [at(0), 10], [at(1), 9]]));
    expect(vals(a)).toEqual([1, 1]);
    expect(vals(b)).toEqual(vals(a));
    expect(a.readingErrors).toHaveLength(2);
  });
});

describe('time axis', () => {
  it('startDay is the Shanghai day of the first reading, not the UTC day', () => {
    // 2025-03-01 00:00 Shanghai is 2025-02-28 16:00 UTC.
    const d = run(WATER, rows([[at(0), 1], [at(1), 2]]));
    expect(d.startDay).toBe(DAY0);
    expect(new Date(at(0)).toISOString()).toBe('2025-02-28T16:00:00.000Z');
    expect(HOUR).toBe(3_600_000);
    expect(sumKnown(d.values)).toBe(1);
  });
});

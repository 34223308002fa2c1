// Last stage: put each accepted interval's use on the Shanghai days it covers,
// in proportion to the time of each day inside the interval (a reading at
// D 00:00 minus one at D-1 00:00 is day D-1's use), and set the day flags.
import { dayStartUtcMs, shanghaiDay } from '@sentinel/domain';
import type { Chain } from './chain.ts';
import { LINK_OK } from './chain.ts';
import type { CleanSeries } from './clean.ts';
import { DAY_FLAGS } from './flags.ts';
import { DAY_MS, MIDNIGHT_SNAP_MS, SPREAD_MIN_MS } from './limits.ts';
import type { Scratch } from './scratch.ts';
import type { MeterDaily, MeterFacts, ReadingErrorFlag } from './types.ts';

export function spreadOverDays(c: Chain, s: CleanSeries, facts: MeterFacts, readingErrors: ReadingErrorFlag[], scratch: Scratch): MeterDaily {
  if (c.m < 2) {
    const day = c.m === 1 ? shanghaiDay(s.t[c.pos[0]]) : (facts.installedDay ?? 0);
    return { startDay: day, values: new Float64Array(0), flags: new Uint8Array(0), coverage: new Float32Array(0), readingErrors, totalFromRegister: 0 };
  }
  const eff = effectiveTimes(c, s, scratch.eff);
  const startDay = shanghaiDay(eff[0]);
  const days = shanghaiDay(eff[c.m - 1] - 1) - startDay + 1;
  scratch.forDays(days);
  const sum = scratch.sum;
  const coveredMs = scratch.coveredMs;
  const flags = new Uint8Array(days);
  let total = 0;
  for (let k = 1; k < c.m; k++) {
    const a = c.pos[k - 1];
    const b = c.pos[k];
    const from = eff[k - 1];
    const to = eff[k];
    const known = c.link[k] === LINK_OK;
    let f = 0;
    if (s.est[a] === 1 || s.est[b] === 1) f |= DAY_FLAGS.ESTIMATED;
    if (s.conflict[a] === 1 || s.conflict[b] === 1) f |= DAY_FLAGS.DUPLICATE;
    if (!known || c.bridged[k] === 1) f |= DAY_FLAGS.READING_ERROR;
    if (known && c.rollover[k] === 1) f |= DAY_FLAGS.ROLLOVER;
    if (known && to - from > SPREAD_MIN_MS) f |= DAY_FLAGS.SPREAD;
    const use = c.use[k];
    if (known) total += use;
    const first = shanghaiDay(from) - startDay;
    const last = shanghaiDay(to - 1) - startDay;
    let given = 0;
    for (let d = first; d <= last; d++) {
      flags[d] |= f;
      if (!known) continue;
      const dayStart = dayStartUtcMs(startDay + d);
      const overlap = Math.min(to, dayStart + DAY_MS) - Math.max(from, dayStart);
      coveredMs[d] += overlap;
      // The last day takes the remainder so each interval's use is kept exactly.
      const part = d === last ? use - given : (use * overlap) / (to - from);
      sum[d] += part;
      given += part;
    }
  }
  const values = new Float64Array(days);
  const coverage = new Float32Array(days);
  for (let d = 0; d < days; d++) {
    const share = coveredMs[d] / DAY_MS;
    coverage[d] = share;
    values[d] = share > 0 ? Math.max(0, sum[d]) : Number.NaN;
    if (share > 0 && share < 1 - 1e-9) flags[d] |= DAY_FLAGS.PARTIAL;
  }
  markMeterChange(flags, startDay, facts.installedDay);
  markMeterChange(flags, startDay, facts.removedDay);
  return { startDay, values, flags, coverage, readingErrors, totalFromRegister: total };
}

function markMeterChange(flags: Uint8Array, startDay: number, day: number | null): void {
  if (day === null) return;
  const d = day - startDay;
  if (d >= 0 && d < flags.length) flags[d] |= DAY_FLAGS.METER_CHANGE;
}

/**
 * Read times with daily frozen reads snapped to midnight (MIDNIGHT_SNAP_MS).
 * If snapping would merge or reorder two reads of this meter, raw times are
 * used for all of them: correctness of order beats tidiness of days.
 */
function effectiveTimes(c: Chain, s: CleanSeries, eff: Float64Array): Float64Array {
  for (let k = 0; k < c.m; k++) {
    const t = s.t[c.pos[k]];
    const midnight = dayStartUtcMs(shanghaiDay(t + DAY_MS / 2));
    eff[k] = Math.abs(t - midnight) <= MIDNIGHT_SNAP_MS ? midnight : t;
    if (k > 0 && eff[k] <= eff[k - 1]) {
      for (let q = 0; q < c.m; q++) eff[q] = s.t[c.pos[q]];
      return eff;
    }
  }
  return eff;
}

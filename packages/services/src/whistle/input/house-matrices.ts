// Per-house daily matrices from meters' stored daily series (the database path:
// meter_daily_consumption holds each meter's MeterDaily as arrays), summed by
// the same HouseMatrixBuilder that buildDailyMatrices uses on readings, so both
// paths give the same matrices from the same readings; a test holds them equal.
import type { MeterKind } from '@sentinel/domain';
import { dayStartUtcMs, shanghaiDay } from '@sentinel/domain';
import { DAY_FLAGS, HouseMatrixBuilder, type HouseMatrices, type MeterDayRun } from '@sentinel/detection';

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

export type { HouseMatrices };

export function houseMatricesFromMeterDays(meters: readonly StoredMeterDaily[], houseCount: number, startDay: number, days: number): HouseMatrices {
  const builder = new HouseMatrixBuilder(houseCount, startDay, days, meters.some((m) => m.kind === 'gas'));
  for (const m of meters) {
    if (!builder.accepts(m.kind, m.houseIdx) || m.lastReadAtMs === null) continue;
    builder.add(m.kind, m.houseIdx, cutSeries(m, m.lastReadAtMs));
  }
  return builder.finish();
}

/**
 * The meter's days as its readings up to `lastReadAtMs` give them: the series
 * ends on the day before the (midnight-snapped) last read; when that read is
 * not at midnight its day is only partly covered, its use taken pro rata.
 */
function cutSeries(m: StoredMeterDaily, lastReadAtMs: number): MeterDayRun {
  const midnight = dayStartUtcMs(shanghaiDay(lastReadAtMs + DAY_MS / 2));
  const effective = Math.abs(lastReadAtMs - midnight) <= MIDNIGHT_SNAP_MS ? midnight : lastReadAtMs;
  const lastDay = shanghaiDay(effective - 1);
  const length = Math.max(0, Math.min(m.amounts.length, lastDay - m.startDay + 1));
  const values = new Float64Array(length);
  const flags = new Uint8Array(length);
  const coverage = new Float64Array(length);
  for (let d = 0; d < length; d++) {
    const a = m.amounts[d];
    values[d] = a === null ? Number.NaN : a;
    flags[d] = m.flags[d] ?? 0;
    coverage[d] = m.coverage[d] ?? 0;
  }
  const tailDay = m.startDay + length - 1;
  if (length > 0 && tailDay === lastDay && effective !== dayStartUtcMs(lastDay + 1)) {
    const t = length - 1;
    const share = Math.min(coverage[t], (effective - dayStartUtcMs(lastDay)) / DAY_MS);
    const scale = coverage[t] > 0 ? share / coverage[t] : 0;
    values[t] = share > 0 ? values[t] * scale : Number.NaN;
    flags[t] |= share < 1 - 1e-9 ? DAY_FLAGS.PARTIAL : 0;
    coverage[t] = share;
  }
  return { startDay: m.startDay, values, flags, coverage };
}

// Public shapes of register readings -> daily consumption.
import type { MeterKind } from '@sentinel/domain';

/** What meters.csv says about one meter (dates as Shanghai day numbers). */
export interface MeterFacts {
  kind: MeterKind;
  /** Register value at which the counter wraps to 0 (e.g. 99999); null = never wraps. */
  rolloverAt: number | null;
  installedDay: number | null;
  removedDay: number | null;
}

/** A reading rejected as a reading error (not usage), with the reason in Chinese. */
export interface ReadingErrorFlag {
  /** Index into the arrays the readings were given in. */
  readingIndex: number;
  reason: string;
}

/** Daily consumption of one meter. Day d of the arrays is Shanghai day startDay + d. */
export interface MeterDaily {
  startDay: number;
  /** Use on each day (m3 or kWh); NaN = unknown. Never negative. */
  values: Float64Array;
  /** DAY_FLAGS bits per day. */
  flags: Uint8Array;
  /** Share 0..1 of each day covered by accepted intervals (1 = the whole day is measured). */
  coverage: Float32Array;
  readingErrors: ReadingErrorFlag[];
  /**
   * Sum of the register differences over accepted intervals (rollovers added,
   * reading errors left out); equals the sum of the non-NaN values.
   */
  totalFromRegister: number;
}

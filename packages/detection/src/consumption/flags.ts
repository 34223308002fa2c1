// Per-day bit flags of derived consumption (MeterDaily.flags, DailyMatrix.flags).
// A day can carry several at once; combine with `|`, test with `&`.

export const DAY_FLAGS = {
  /** A reading the utility estimated (estimated=1) bounds an interval covering this day. */
  ESTIMATED: 1,
  /** The day's value comes from an interval longer than a day (gap or monthly read) spread by time. */
  SPREAD: 2,
  /** A reading next to this day was rejected as a reading error (bridged, or the day is unknown). */
  READING_ERROR: 4,
  /** The register wrapped at rollover_at inside an interval covering this day. */
  ROLLOVER: 8,
  /** Conflicting readings at the same instant were seen next to this day (one was kept). */
  DUPLICATE: 16,
  /** A meter was installed or removed (replaced) on this day. */
  METER_CHANGE: 32,
  /**
   * Readings cover only part of this day (series start or end, or next to an
   * unknown interval): the value is a lower bound. See `coverage`.
   */
  PARTIAL: 64,
} as const;

export type DayFlagName = keyof typeof DAY_FLAGS;

// Thresholds of the reading-error rules, per meter kind, and why they are
// where they are. The rule of thumb: a legitimate group rental (群租) of 10-15
// people uses about 1.5-3 m3 of water and 30-80 kWh a day. It must never be
// mistaken for a reading error, so every threshold sits far above that; what
// is rejected is what a dwelling's meter physically cannot register, or a
// one-interval step that is orders of magnitude above the meter's own habit.
import type { MeterKind } from '@sentinel/domain';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface KindLimits {
  /** Register unit, for messages. */
  unit: string;
  /**
   * Hard physical ceiling of use per day. Above it an interval is a reading
   * error whatever the meter's history.
   */
  maxPerDay: number;
  /**
   * Lower bound of the "far above this meter's habit" test: an interval is
   * only a suspected step when it exceeds max(SOFT_MULTIPLIER x typical, softFloorPerDay).
   * Set at 2-3x the heaviest group rental so none ever reaches it.
   */
  softFloorPerDay: number;
}

export const KIND_LIMITS: Record<MeterKind, KindLimits> = {
  // Water: a fully open domestic tap runs ~12 L/min (0.7 m3/h); a DN15 meter's
  // permanent flow is 2.5 m3/h. 50 m3/day is ~2.1 m3/h non-stop for 24 h:
  // several taps open all day and night, more than a burst pipe usually
  // registers. A 15-person group rental uses ~3 m3/day, 16x below the cap.
  water: { unit: 'm3', maxPerDay: 50, softFloorPerDay: 8 },
  // Electricity: the largest residential connection in Shanghai (three-phase,
  // ~40 kW) run flat out for 24 h is ~960 kWh. A group rental with air
  // conditioning peaks around 80-120 kWh/day, 8x below the cap.
  electricity: { unit: 'kWh', maxPerDay: 1000, softFloorPerDay: 200 },
  // Gas: a G2.5 household meter's maximum flow is 4 m3/h, 96 m3/day; a busy
  // group rental (cooking + water heaters) uses a few m3/day.
  gas: { unit: 'm3', maxPerDay: 100, softFloorPerDay: 15 },
};

/**
 * A suspected step must exceed this multiple of the meter's typical daily rate
 * (the median rate of its accepted intervals). 50x leaves room for the real
 * surge a group rental causes (10-20x a small household's use).
 */
export const SOFT_MULTIPLIER = 50;

/** Fewer accepted intervals than this: no "typical rate" to judge by, skip the step test. */
export const SOFT_MIN_INTERVALS = 5;

/**
 * Short intervals are judged as if they lasted at least an hour, so two reads
 * minutes apart may still differ by an hour's worth of the daily ceiling.
 */
export const MIN_JUDGED_INTERVAL_MS = HOUR_MS;

/**
 * At most this many consecutive readings may be rejected as one spike that
 * returns to the trend (bridged). A longer excursion is a level shift: the
 * interval across it becomes unknown instead of guessed.
 */
export const MAX_SPIKE_READINGS = 3;

/**
 * Daily frozen reads (日冻结示数) are the register at 00:00 Shanghai but are
 * often stamped when collected, minutes later. A read within this distance of
 * midnight is treated as taken at midnight, so day D's use is exactly
 * read(D+1) - read(D) instead of being smeared over two days.
 */
export const MIDNIGHT_SNAP_MS = HOUR_MS;

/** An interval longer than a day by more than this is a gap whose use is spread (SPREAD). */
export const SPREAD_MIN_MS = DAY_MS + HOUR_MS;

/**
 * In the house matrices, a day whose summed meter coverage is below this is
 * unknown (NaN, PARTIAL): its value would be a misleading lower bound. 0.95
 * tolerates a meter swap whose old-final and new-first reads are ~an hour apart.
 */
export const MIN_HOUSE_DAY_COVERAGE = 0.95;

/** Register noise: a backward move this small (relative) is zero use, not an error. */
export const BACKWARD_TOLERANCE_REL = 1e-9;

// One meter's register readings -> its daily consumption: clean (sort,
// duplicates, unusable rows), chain (reading errors, rollovers), steps (the
// meter's own habit), spread (days and flags).
import { buildChain } from './chain.ts';
import { cleanReadings } from './clean.ts';
import { spreadOverDays } from './spread.ts';
import { Scratch } from './scratch.ts';
import { rejectIsolatedSteps } from './step.ts';
import type { MeterDaily, MeterFacts, ReadingErrorFlag } from './types.ts';

/**
 * Daily consumption of one meter from its readings, given in any order.
 * values[d] is the use on Shanghai day startDay + d; NaN = unknown.
 * readingErrors[].readingIndex indexes the given arrays.
 */
export function meterDailyConsumption(
  facts: MeterFacts,
  readAt: Float64Array,
  value: Float64Array,
  estimated: Uint8Array,
): MeterDaily {
  const n = Math.min(readAt.length, value.length, estimated.length);
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return meterDailyFromIndices(facts, readAt, value, estimated, indices);
}

/**
 * Same, for the readings `indices` of shared columns (used by the matrix
 * builder so no per-meter copy is made); readingIndex then indexes the columns.
 * Passing the same `scratch` for every meter avoids per-meter buffers.
 */
export function meterDailyFromIndices(
  facts: MeterFacts,
  readAt: Float64Array,
  value: Float64Array,
  estimated: Uint8Array,
  indices: Int32Array,
  scratch: Scratch = new Scratch(),
): MeterDaily {
  const n = indices.length;
  scratch.forReadings(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    scratch.readAt[k] = readAt[i];
    scratch.value[k] = value[i];
    scratch.estimated[k] = estimated[i];
  }
  const errors: ReadingErrorFlag[] = [];
  const local = scratch.identity.subarray(0, n);
  const series = cleanReadings(facts, scratch.readAt, scratch.value, scratch.estimated, local, errors, scratch);
  const chain = buildChain(series, facts, errors, scratch);
  rejectIsolatedSteps(chain, series, facts, errors, scratch);
  // Errors were found on the gathered rows; name the caller's rows.
  for (const e of errors) e.readingIndex = indices[e.readingIndex];
  return spreadOverDays(chain, series, facts, errors, scratch);
}

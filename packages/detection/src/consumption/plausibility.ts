// Is the register change between two readings usage the meter could have
// registered? Physics only (KIND_LIMITS.maxPerDay), plus the rollover rule.
import type { CleanSeries } from './clean.ts';
import { BACKWARD_TOLERANCE_REL, DAY_MS, KIND_LIMITS, MIN_JUDGED_INTERVAL_MS } from './limits.ts';
import type { MeterFacts } from './types.ts';

/** Result of `registerUse` when the register went backwards and no rollover explains it. */
export const BACKWARD = -1;

/**
 * Use between clean readings a < b: the difference of register values, or
 * (rolloverAt - prev) + next when the register wrapped plausibly (prev not
 * above rolloverAt, and the wrapped use within the physical ceiling, which
 * implies prev near the top and next near zero). BACKWARD otherwise.
 */
export function registerUse(s: CleanSeries, facts: MeterFacts, a: number, b: number): number {
  const va = s.v[a];
  const vb = s.v[b];
  if (vb >= va) return vb - va;
  if (va - vb <= BACKWARD_TOLERANCE_REL * Math.max(1, va)) return 0;
  const r = facts.rolloverAt;
  if (r !== null && r > 0 && va <= r) {
    const wrapped = r - va + vb;
    if (wrapped <= ceiling(facts, s.t[b] - s.t[a])) return wrapped;
  }
  return BACKWARD;
}

/** True when the register went down between a and b (a wrap if the use is accepted). */
export function wentDown(s: CleanSeries, a: number, b: number): boolean {
  return s.v[b] < s.v[a] && s.v[a] - s.v[b] > BACKWARD_TOLERANCE_REL * Math.max(1, s.v[a]);
}

/** Most use the meter can physically register in `ms` (judged over at least an hour). */
export function ceiling(facts: MeterFacts, ms: number): number {
  return (KIND_LIMITS[facts.kind].maxPerDay * Math.max(ms, MIN_JUDGED_INTERVAL_MS)) / DAY_MS;
}

/** Readings a < b are consistent: non-negative use within the physical ceiling. */
export function plausible(s: CleanSeries, facts: MeterFacts, a: number, b: number): boolean {
  const use = registerUse(s, facts, a, b);
  return use >= 0 && use <= ceiling(facts, s.t[b] - s.t[a]);
}

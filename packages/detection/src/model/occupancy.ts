// Legal capacity of a dwelling under the group-rental criteria, and the
// number of occupants the meters imply.
import type { HouseFacts } from '../types.ts';
import type { DetectParams } from './params.ts';

/**
 * Most people the dwelling may hold: ≤ 2 per original-design room and
 * ≥ 5 m² of living area each (a studio counts as one room).
 */
export function legalCapacity(h: HouseFacts, p: DetectParams): number {
  const byRooms = p.maxPerRoom * Math.max(1, h.bedrooms);
  const byArea = Math.floor((h.areaM2 * p.livingAreaShare) / p.minLivingAreaPerPerson);
  return Math.max(1, Math.min(byRooms, byArea));
}

/** Typical household size by layout when the register tells nothing (Shanghai averages ~2.5 per household). */
const DEFAULT_HOUSEHOLD = [1.6, 1.9, 2.6, 3.1, 3.5];

export function defaultHouseholdSize(bedrooms: number): number {
  return DEFAULT_HOUSEHOLD[Math.min(4, Math.max(0, Math.round(bedrooms)))];
}

/**
 * Occupants implied by use relative to peers: use grows with household size
 * with elasticity e (use ∝ n^e), so n = n_peer · exp(log-ratio / e). Water
 * and electricity estimates are averaged in log space; when one of them is explained by a
 * confounder (a leak inflates water, a shop electricity) only the other counts.
 */
export function impliedOccupants(
  peerSize: number, waterLogRatio: number, elecLogRatio: number, p: DetectParams,
  trustWater: boolean, trustElectricity: boolean,
): number {
  let s = 0;
  let w = 0;
  if (trustWater && Number.isFinite(waterLogRatio)) {
    s += waterLogRatio / p.occupancyElasticity;
    w += 1;
  }
  if (trustElectricity && Number.isFinite(elecLogRatio)) {
    s += elecLogRatio / p.occupancyElasticity;
    w += 1;
  }
  if (w === 0) return Number.NaN;
  return Math.min(40, Math.max(0.5, peerSize * Math.exp(s / w)));
}

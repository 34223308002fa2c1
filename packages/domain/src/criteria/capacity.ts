// How many people a dwelling may legally house, from what the registry knows.
import {
  MAX_OCCUPANTS_PER_ROOM,
  MIN_LIVING_AREA_PER_PERSON_M2,
  SCALE_LETTING_MIN_OCCUPANTS,
  SCALE_LETTING_MIN_ROOMS,
} from './criteria.ts';

/**
 * ASSUMPTION — share of the building area (建筑面积) that is living area
 * (居住面积: bedrooms and living rooms, without kitchen, bathroom, corridors,
 * walls and shared parts). The registry only records building area. In
 * Shanghai's walk-up 新村 stock the usable area (使用面积) is roughly 75 % of
 * the building area, and bedrooms plus living room roughly 75 % of that:
 * 0.75 × 0.75 ≈ 0.55. It is an estimate for screening only; the inspector's
 * measured living area always replaces it on the checklist.
 */
export const LIVING_AREA_SHARE_OF_BUILDING_AREA = 0.55;

/** Estimated living area, m², of a dwelling whose building area is known. */
export function estimateLivingAreaM2(buildingAreaM2: number, share = LIVING_AREA_SHARE_OF_BUILDING_AREA): number {
  return buildingAreaM2 * share;
}

export interface CapacityInput {
  /** Rooms of the original design usable as bedrooms; 0 = studio, counted as one room. */
  readonly bedrooms: number;
  /** Building area (建筑面积), m². */
  readonly areaM2: number;
  /** Measured living area, when known; otherwise estimated from areaM2. */
  readonly livingAreaM2?: number | null;
}

/**
 * Most occupants the criteria allow for unrelated tenants: at most 2 per
 * original room and at least 5 m² of living area each, whichever is smaller.
 * A family of legal dependants may exceed the per-room limit (not the area one).
 */
export function legalCapacity(input: CapacityInput): number {
  const rooms = Math.max(1, Math.floor(input.bedrooms));
  const byRooms = rooms * MAX_OCCUPANTS_PER_ROOM;
  const living = input.livingAreaM2 ?? estimateLivingAreaM2(input.areaM2);
  // The same test the checklist applies (living / n >= 5), so the two never
  // disagree at a floating-point boundary.
  let byArea = Math.floor(living / MIN_LIVING_AREA_PER_PERSON_M2);
  while (living / (byArea + 1) >= MIN_LIVING_AREA_PER_PERSON_M2) byArea += 1;
  while (byArea > 0 && living / byArea < MIN_LIVING_AREA_PER_PERSON_M2) byArea -= 1;
  return Math.max(0, Math.min(byRooms, byArea));
}

/** 10+ rooms let or 15+ people housed in one place: large-scale letting duties apply. */
export function isScaleLetting(input: { readonly roomsLet: number | null; readonly occupants: number | null }): boolean {
  return (input.roomsLet ?? 0) >= SCALE_LETTING_MIN_ROOMS || (input.occupants ?? 0) >= SCALE_LETTING_MIN_OCCUPANTS;
}

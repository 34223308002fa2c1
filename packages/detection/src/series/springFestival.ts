// The Spring Festival (春节) exodus: migrant workers, and with them most of a
// group rental's occupants, leave for weeks around the lunar new year. Water
// and electricity fall and come back; that is neither a vacancy nor a new
// onset, so change-point detection treats this window as missing data.
// Lunar new-year dates are astronomical facts, tabulated here (Gregorian).
import { isoToDay } from '@sentinel/domain';

const LUNAR_NEW_YEAR = [
  '2018-02-16', '2019-02-05', '2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10',
  '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03', '2031-01-23',
  '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
].map(isoToDay);

/** Days before / after new year's day counted as the exodus (workers leave ~2-3 weeks early, return after 元宵). */
export const SPRING_FESTIVAL_BEFORE = 21;
export const SPRING_FESTIVAL_AFTER = 24;

/** True when the Shanghai day number lies in a Spring Festival exodus window. */
export function inSpringFestival(day: number): boolean {
  for (const ny of LUNAR_NEW_YEAR) {
    if (day >= ny - SPRING_FESTIVAL_BEFORE && day <= ny + SPRING_FESTIVAL_AFTER) return true;
  }
  return false;
}

/** Mask over a day axis: 1 where the day is in a Spring Festival window. */
export function springFestivalMask(startDay: number, days: number): Uint8Array {
  const mask = new Uint8Array(days);
  for (let d = 0; d < days; d++) mask[d] = inSpringFestival(startDay + d) ? 1 : 0;
  return mask;
}

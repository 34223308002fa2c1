// The days of the window and what every household shares on a given day:
// weekday, public holidays, the Spring Festival and the weather. Weather is a
// common shock (a hot week raises everyone's electricity), which is what a
// detector must learn to normalise away, so it is one series for the district.
import { dayOfWeek, dayToIso, isoToDay } from '@sentinel/domain';
import { streamFor } from './rng.ts';

/** Lunar New Year's Day (春节) — the date migrant workers travel home around. */
const SPRING_FESTIVAL: Record<number, string> = {
  2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17',
  2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03',
  2031: '2031-01-23', 2032: '2032-02-11',
};

export interface DemoCalendar {
  firstDay: number;           // Shanghai day number of the first day
  count: number;              // number of days
  iso: string[];              // YYYY-MM-DD of each day
  weekday: Uint8Array;        // 0 = Sunday
  /** 1 on official holidays (New Year, Spring Festival week, Qingming, May Day, Dragon Boat, Mid-Autumn, National Day). */
  holiday: Uint8Array;
  /** Daily mean air temperature, °C. */
  tempC: Float32Array;
  /** Day indexes (may be outside 0..count-1) of each Lunar New Year's Day near the window. */
  springFestivals: number[];
}

/** Climatological daily mean for Shanghai: 4-5 °C mid-January, 29 °C late July. */
function climateMean(dayNumber: number): number {
  const iso = dayToIso(dayNumber);
  const yearStart = isoToDay(`${iso.slice(0, 4)}-01-01`);
  const doy = dayNumber - yearStart;
  return 16.5 + 12.3 * Math.cos((2 * Math.PI * (doy - 209)) / 365.25);
}

/** Fixed-date holidays plus the Spring Festival week; the lunar ones approximated by their usual dates. */
function holidayOffsets(year: number): Array<[string, number]> {
  const y = String(year);
  const list: Array<[string, number]> = [
    [`${y}-01-01`, 1], [`${y}-04-04`, 3], [`${y}-05-01`, 5], [`${y}-06-19`, 3],
    [`${y}-09-25`, 3], [`${y}-10-01`, 7],
  ];
  const sf = SPRING_FESTIVAL[year];
  if (sf) list.push([dayToIso(isoToDay(sf) - 2), 9]);
  return list;
}

export function buildCalendar(endIso: string, days: number, seed: number): DemoCalendar {
  const endDay = isoToDay(endIso);
  if (Number.isNaN(endDay)) throw new Error(`--end 不是有效日期 (not a valid date): ${endIso}`);
  const firstDay = endDay - days + 1;
  const iso: string[] = [];
  const weekday = new Uint8Array(days);
  const holiday = new Uint8Array(days);
  const tempC = new Float32Array(days);
  const weather = streamFor(seed, 'weather');
  // AR(1) anomaly with a few days' memory and ~2.5 °C spread, like real weather.
  let anomaly = 0;
  for (let i = 0; i < days; i++) {
    const day = firstDay + i;
    iso.push(dayToIso(day));
    weekday[i] = dayOfWeek(day);
    anomaly = 0.75 * anomaly + 1.6 * weather.normal();
    tempC[i] = climateMean(day) + anomaly;
  }
  const firstYear = Number(dayToIso(firstDay).slice(0, 4));
  const lastYear = Number(dayToIso(endDay).slice(0, 4));
  const springFestivals: number[] = [];
  for (let y = firstYear; y <= lastYear + 1; y++) {
    for (const [start, len] of holidayOffsets(y)) {
      const s = isoToDay(start) - firstDay;
      for (let k = 0; k < len; k++) if (s + k >= 0 && s + k < days) holiday[s + k] = 1;
    }
    const sf = SPRING_FESTIVAL[y];
    if (sf) springFestivals.push(isoToDay(sf) - firstDay);
  }
  return { firstDay, count: days, iso, weekday, holiday, tempC, springFestivals };
}

/** Cooling degrees above 24 °C (air conditioning on). */
export function coolingDegrees(tempC: number): number {
  return tempC > 24 ? tempC - 24 : 0;
}

/** Heating degrees below 12 °C (Shanghai has no central heating: AC heat pumps and heaters). */
export function heatingDegrees(tempC: number): number {
  return tempC < 12 ? 12 - tempC : 0;
}

// Dates as Chinese official documents write them: 2026年10月13日 (Arabic
// numerals, no zero padding — the style of the 双清 plan itself).
import { dayToIso, shanghaiDay } from '@sentinel/domain';

/** `2026年10月13日` for a Shanghai day number. */
export function formatChineseDate(day: number): string {
  const [y, m, d] = dayToIso(day).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** `2026年10月13日` for an instant in UTC ms, on the Shanghai calendar. */
export function formatChineseDateOfInstant(utcMs: number): string {
  return formatChineseDate(shanghaiDay(utcMs));
}

/** Period label: `2026年9月1日至2026年9月30日`. */
export function formatChinesePeriod(fromDay: number, toDay: number): string {
  return `${formatChineseDate(fromDay)}至${formatChineseDate(toDay)}`;
}

/** Calendar year of a Shanghai day number. */
export function yearOfShanghaiDay(day: number): number {
  return Number(dayToIso(day).slice(0, 4));
}

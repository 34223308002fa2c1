// The months before a bulletin's end, month by month (认定、处置), so a
// bulletin shows how the loop has been going and not only one period that
// may be quiet. Same definitions as the period's own figures.
import { dayToIso, isoToDay } from '@sentinel/domain';
import { computeFigures } from './figures.ts';
import type { BulletinCase } from './types.ts';

export interface MonthFigures {
  /** `2026-11`. */
  readonly month: string;
  /** `2026年11月`. */
  readonly label: string;
  readonly discovered: number;
  readonly confirmed: number;
  /** Of those confirmed in the month, rectified by its end. */
  readonly disposed: number;
}

/** `months` calendar months ending with the month of `toDay`, oldest first. */
export function monthlyHistory(cases: readonly BulletinCase[], toDay: number, months = 6): MonthFigures[] {
  const [y, m] = dayToIso(toDay).split('-').map(Number);
  const out: MonthFigures[] = [];
  for (let k = months - 1; k >= 0; k--) {
    const index = y * 12 + (m - 1) - k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const first = isoToDay(`${year}-${String(month).padStart(2, '0')}-01`);
    const next = isoToDay(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`);
    const f = computeFigures({ fromDay: first, toDay: next - 1 }, cases, [], []);
    out.push({ month: `${year}-${String(month).padStart(2, '0')}`, label: `${year}年${month}月`, discovered: f.discovered, confirmed: f.confirmed, disposed: f.disposal.numerator });
  }
  return out;
}

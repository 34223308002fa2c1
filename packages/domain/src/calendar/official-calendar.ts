// China's official holiday calendar (国务院办公厅 annual notice) as published
// in the chinese-days package. We read its data table rather than calling its
// date functions: those parse `YYYY-MM-DD` as UTC and then read local-time
// fields, which shifts the day on machines west of UTC. Shanghai day numbers
// (../time.ts) and this table need no time zone at all.
import officialTable from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { dayOfWeek, isoToDay } from '../time.ts';

export interface OfficialDay {
  /** true: an official holiday (放假); false: a weekend day made a workday (调休上班). */
  readonly holiday: boolean;
  /** Chinese name of the festival, e.g. `国庆节`. */
  readonly name: string;
}

interface RawTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

// Entries look like "National Day,国庆节,3": English, Chinese, sequence.
function chineseName(entry: string): string {
  const parts = entry.split(',');
  return parts[1] ?? parts[0] ?? entry;
}

function build(table: RawTable): { days: Map<number, OfficialDay>; years: ReadonlySet<number> } {
  const days = new Map<number, OfficialDay>();
  const years = new Set<number>();
  for (const [iso, entry] of Object.entries(table.holidays)) {
    days.set(isoToDay(iso), { holiday: true, name: chineseName(entry) });
    years.add(Number(iso.slice(0, 4)));
  }
  for (const [iso, entry] of Object.entries(table.workdays)) {
    days.set(isoToDay(iso), { holiday: false, name: chineseName(entry) });
    years.add(Number(iso.slice(0, 4)));
  }
  return { days, years };
}

const official = build(officialTable as RawTable);

/** Years for which the package carries the State Council calendar (2004 … 2026 in 1.5.7). */
export const OFFICIAL_CALENDAR_YEARS: ReadonlySet<number> = official.years;

/** The official entry for a day, or undefined when the day follows the ordinary week. */
export function officialDay(day: number): OfficialDay | undefined {
  return official.days.get(day);
}

/** A day without any admin override: the package's entry, else the ordinary week (Saturday and Sunday off). */
export function packageDay(day: number): { working: boolean; source: 'official' | 'weekday'; label: string } {
  const official = officialDay(day);
  if (official) return { working: !official.holiday, source: 'official', label: official.holiday ? official.name : `${official.name}调休上班` };
  const dow = dayOfWeek(day);
  const weekend = dow === 0 || dow === 6;
  return { working: !weekend, source: 'weekday', label: weekend ? '周末' : '工作日' };
}

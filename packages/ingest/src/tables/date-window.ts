// The plausible dates of an event (a reading, a door-access event, a hotline
// ticket, an inspection): a timestamp outside the window is a typo or a
// device with a wrong clock (1900-01-01 is a reset meter, 2099 a placeholder),
// never a fact to score a dwelling on, so its row is rejected with a reason
// naming the window. The window is configurable per import (`sentinel import
// --earliest/--latest`); the default runs from 2000-01-01 to tomorrow (a day
// of slack for device clocks running ahead).
import { dayStartUtcMs, dayToIso, isoToDay, shanghaiDay } from '@sentinel/domain';
import type { ColumnDef } from './columns.ts';
import { quoted } from './convert.ts';

/** Bounds in UTC ms, both at a Shanghai midnight: `from` is the first instant allowed, `to` the first one refused. */
export interface DateWindow {
  from: number;
  to: number;
}

export const DEFAULT_EARLIEST_DAY = '2000-01-01';

/**
 * From `earliest` (default 2000-01-01) through `latest` (default tomorrow,
 * Shanghai), both whole days included. Throws on a malformed or empty window.
 */
export function dateWindow(earliest: string = DEFAULT_EARLIEST_DAY, latest?: string, now: number = Date.now()): DateWindow {
  const first = isoToDay(earliest);
  const last = latest === undefined ? shanghaiDay(now) + 1 : isoToDay(latest);
  if (Number.isNaN(first)) throw new RangeError(`最早日期无效，应为 YYYY-MM-DD（"${earliest}"）`);
  if (Number.isNaN(last)) throw new RangeError(`最晚日期无效，应为 YYYY-MM-DD（"${latest}"）`);
  if (last < first) throw new RangeError(`日期范围无效：最晚日期 ${latest} 早于最早日期 ${earliest}`);
  return { from: dayStartUtcMs(first), to: dayStartUtcMs(last + 1) };
}

export function inWindow(w: DateWindow, ms: number): boolean {
  return ms >= w.from && ms < w.to;
}

/** `抄表时间不在合理日期范围 2000-01-01～2026-12-04 内（"2099-01-01 08:00"）`. */
export function outOfWindowReason(def: ColumnDef, text: string, w: DateWindow): string {
  const first = dayToIso(shanghaiDay(w.from));
  const last = dayToIso(shanghaiDay(w.to - 1));
  return `${def.label}不在合理日期范围 ${first}～${last} 内，可能是设备时钟或录入错误${quoted(text)}`;
}

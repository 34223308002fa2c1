// The day axis of a detection run, the same for the file and the database
// path: everything known up to the end of the as-of day (Asia/Shanghai), and
// at most `historyDays` before it (the model looks back ~10 months at most).
import { dayStartUtcMs, shanghaiDay } from '@sentinel/domain';

export const DEFAULT_HISTORY_DAYS = 400;

/** Last UTC millisecond of a Shanghai day: rows stamped later are not yet known. */
export function endOfDayMs(day: number): number {
  return dayStartUtcMs(day + 1) - 1;
}

/** First column of the matrices: the first reading's day, but no more than `historyDays` before as-of. */
export function historyStartDay(minReadAtMs: number, asOfDay: number, historyDays = DEFAULT_HISTORY_DAYS): number {
  return Math.max(shanghaiDay(minReadAtMs), asOfDay - historyDays);
}

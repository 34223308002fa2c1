// Asia/Shanghai has had a fixed UTC+08:00 offset with no daylight saving since
// 1991, so a "day" is simply floor((utc + 8h) / 24h). Using day numbers (not
// Date objects) keeps hot paths allocation-free.

export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01 in Asia/Shanghai) of an instant given in UTC ms. */
export function shanghaiDay(utcMs: number): number {
  return Math.floor((utcMs + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** UTC ms of 00:00 Asia/Shanghai on the given day number. */
export function dayStartUtcMs(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** `YYYY-MM-DD` of a Shanghai day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Shanghai day number of a `YYYY-MM-DD` string; NaN when malformed. */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) return Number.NaN;
  return ms / DAY_MS;
}

/** Day of week of a Shanghai day number, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Minute of the day (0..1439) in Asia/Shanghai of an instant in UTC ms. */
export function shanghaiMinuteOfDay(utcMs: number): number {
  const local = utcMs + SHANGHAI_OFFSET_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

// Number formatting for the Chinese reasons users read.

/** A register value or quantity with at most 3 decimals, trailing zeros dropped. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toFixed(3)));
}

/** A duration in days, e.g. "1 天", "2.5 天", "3 小时". */
export function fmtDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 24) return `${fmt(Number(hours.toFixed(1)))} 小时`;
  return `${fmt(Number((hours / 24).toFixed(1)))} 天`;
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (fixed UTC+08:00) of an instant in UTC ms. */
export function fmtTime(utcMs: number): string {
  if (!Number.isFinite(utcMs)) return String(utcMs);
  return new Date(utcMs + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

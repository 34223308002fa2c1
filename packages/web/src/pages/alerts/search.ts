// 地址搜索 on the loaded alert list: every word typed must appear in the
// address, the 居民区 / 小区 or the house number, so "汾西 12号" finds
// "汾西路 12 号 301 室" without knowing the exact spelling of the whole line.
import type { Alert } from './service.ts';

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export function matchesAddress(alert: Pick<Alert, 'address' | 'neighborhood' | 'community' | 'houseId'>, query: string): boolean {
  const words = query.trim().split(/\s+/).filter(Boolean).map(squash);
  if (words.length === 0) return true;
  const text = squash(`${alert.address}${alert.neighborhood}${alert.community}${alert.houseId}`);
  return words.every((w) => text.includes(w));
}

export function searchAlerts<T extends Pick<Alert, 'address' | 'neighborhood' | 'community' | 'houseId'>>(rows: readonly T[], query: string): T[] {
  return query.trim() === '' ? [...rows] : rows.filter((r) => matchesAddress(r, query));
}

// 风险着色: today's red alerts counted per area of the map level, keyed like
// the server's area keys (`居民区`, `居民区/小区`). Alerts carry no building,
// so the risk colouring stops at compounds.
import type { Alert } from '../alerts/service.ts';
import type { MapLevel } from './service.ts';

export function riskLevelSupported(level: MapLevel): boolean {
  return level === 'neighborhood' || level === 'community';
}

export function redAlertsByArea(alerts: readonly Alert[], level: MapLevel): Map<string, number> {
  const counts = new Map<string, number>();
  if (!riskLevelSupported(level)) return counts;
  for (const a of alerts) {
    if (a.level !== 'red') continue;
    const key = level === 'neighborhood' ? a.neighborhood : `${a.neighborhood}/${a.community}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

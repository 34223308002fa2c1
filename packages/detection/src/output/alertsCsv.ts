// alerts.csv as the spec defines it: fixed column order, fixed number
// formatting, LF line ends, so the same alerts always give the same bytes.
import { dayToIso } from '@sentinel/domain';
import type { HouseAlert } from '../types.ts';

export const ALERT_COLUMNS = ['house_id', 'rank', 'score', 'level', 'onset_date', 'estimated_occupants', 'reasons'] as const;

/** RFC 4180 quoting, only where needed. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatAlertRow(a: HouseAlert): string {
  return [
    csvField(a.houseId),
    String(a.rank),
    a.score.toFixed(4),
    a.level,
    a.onsetDay === null ? '' : dayToIso(a.onsetDay),
    a.estimatedOccupants === null ? '' : a.estimatedOccupants.toFixed(1),
    csvField(a.reasons.join('; ')),
  ].join(',');
}

export function formatAlertsCsv(alerts: HouseAlert[]): string {
  const lines = [ALERT_COLUMNS.join(',')];
  for (const a of alerts) lines.push(formatAlertRow(a));
  return `${lines.join('\n')}\n`;
}

// 数字吹哨: today's alerts (GET /api/alerts — the latest succeeded run, inside
// the user's jurisdiction), a new run, one-click intake, and the XLSX export.
import type { AlertLevel } from '@sentinel/domain';
import type { Alert, AlertPage, DetectionRun, IntakeOutcome } from '@sentinel/contract';
import { get, post } from '../../app/request.ts';

export type { Alert, AlertPage, DetectionRun };

export interface AlertFilter {
  levels: AlertLevel[];
  neighborhood?: string;
  community?: string;
  /** 0..1 */
  minScore?: number;
}

/** The server's page limit. */
const PAGE_SIZE = 500;
/**
 * The page sorts and filters on the client, so it holds the whole filtered
 * list; beyond this many rows it asks the user to narrow the filter instead.
 */
export const ALERT_LOAD_LIMIT = 5_000;

/** Repeated `level=` parameters (the shared withQuery keeps one value per key). */
function alertQuery(filter: AlertFilter, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const level of filter.levels) params.append('level', level);
  if (filter.neighborhood) params.set('neighborhood', filter.neighborhood);
  if (filter.community) params.set('community', filter.community);
  if (filter.minScore !== undefined && filter.minScore > 0) params.set('minScore', String(filter.minScore));
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function fetchAlertPage(filter: AlertFilter, page: number, pageSize: number, signal?: AbortSignal): Promise<AlertPage> {
  return get<AlertPage>(`/api/alerts${alertQuery(filter, { page, pageSize })}`, undefined, signal);
}

/** The whole filtered list (up to ALERT_LOAD_LIMIT rows), in rank order. */
export async function fetchAllAlerts(filter: AlertFilter, signal?: AbortSignal): Promise<AlertPage> {
  const first = await fetchAlertPage(filter, 1, PAGE_SIZE, signal);
  const pages = Math.ceil(Math.min(first.total, ALERT_LOAD_LIMIT) / PAGE_SIZE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchAlertPage(filter, i + 2, PAGE_SIZE, signal)));
  return { run: first.run, total: first.total, items: [first, ...rest].flatMap((p) => p.items) };
}

/** Red / yellow counts of today's run inside the jurisdiction (two one-row requests). */
export async function fetchWhistleCounts(signal?: AbortSignal): Promise<{ run: DetectionRun | null; red: number; yellow: number }> {
  const [red, yellow] = await Promise.all([
    fetchAlertPage({ levels: ['red'] }, 1, 1, signal),
    fetchAlertPage({ levels: ['yellow'] }, 1, 1, signal),
  ]);
  return { run: red.run, red: red.total, yellow: yellow.total };
}

export function exportUrl(filter: AlertFilter): string {
  return `/api/alerts/export.xlsx${alertQuery(filter)}`;
}

/** 一键立案: the alert becomes a case (or joins the house's open case). */
export function openCaseFromAlert(alert: Pick<Alert, 'houseId' | 'score' | 'level' | 'reasons'>, runId: string | undefined): Promise<IntakeOutcome> {
  return post<IntakeOutcome>('/api/intake/alerts', { houseId: alert.houseId, score: alert.score, level: alert.level, reasons: alert.reasons, runId });
}

export function startDetectionRun(): Promise<{ run: DetectionRun }> {
  return post<{ run: DetectionRun }>('/api/detection/runs', {});
}

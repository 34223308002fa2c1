// The server's clock as the browser should use it for defaults (送达时间,
// 拒不配合日期, bulletin periods): in demo mode the administrator may have
// moved the demo's today forward, and a form defaulting to the browser's
// today would then be refused as "before the step it follows". Synced on
// sign-in and whenever the demo clock is moved; the offset is the server's
// now minus the browser's, so it also absorbs a skewed browser clock.
import dayjs, { type Dayjs } from 'dayjs';
import type { ClockView } from '@sentinel/contract';
import { get, request } from './request.ts';

let offsetMs = 0;

/** Adopt the server's answer: later serverNow() calls follow it. */
export function syncServerClock(view: ClockView): void {
  offsetMs = Date.parse(view.now) - Date.now();
}

/** UTC ms on the server's clock. */
export const serverNow = (): number => Date.now() + offsetMs;

/** The server's now as a dayjs (for DatePicker defaults). */
export const serverToday = (): Dayjs => dayjs(serverNow());

export async function fetchServerClock(signal?: AbortSignal): Promise<ClockView> {
  const view = await get<ClockView>('/api/clock', undefined, signal);
  syncServerClock(view);
  return view;
}

/** Administrator, demo mode only: move the demo's today forward. */
export async function setDemoToday(today: string): Promise<ClockView> {
  const view = await request<ClockView>('/api/clock', { method: 'PUT', body: { today } });
  syncServerClock(view);
  return view;
}

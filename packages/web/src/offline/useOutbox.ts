// The outbox as React state: queued steps, online or not, and a sync that
// runs by itself when the connection returns.
//
// The browser's `online` event alone is not enough: it fires when the network
// interface comes back, often before requests go through (a phone reattaching
// to a cell, a captive Wi-Fi), and a sync that fails then leaves the steps
// waiting until someone clicks. So a waiting step is also retried on a timer
// with growing pauses, and whenever the page becomes visible again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { listSteps, deleteStep, type QueuedStep } from './outbox.ts';
import { syncOutbox, type SyncReport } from './sync.ts';

export interface OutboxState {
  steps: QueuedStep[];
  online: boolean;
  syncing: boolean;
  lastReport: SyncReport | null;
  sync: () => Promise<void>;
  refresh: () => Promise<void>;
  discard: (id: string) => Promise<void>;
}

/** Pauses between automatic retries while steps wait: 3 s, doubling, at most a minute. */
const RETRY_FIRST_MS = 3_000;
const RETRY_MAX_MS = 60_000;

const isWaiting = (step: QueuedStep) => step.error === null;

export function useOutbox(): OutboxState {
  const [steps, setSteps] = useState<QueuedStep[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);
  const retryDelay = useRef(RETRY_FIRST_MS);

  const refresh = useCallback(async () => { setSteps(await listSteps()); }, []);
  const sync = useCallback(async () => {
    setSyncing(true);
    try {
      const report = await syncOutbox();
      setLastReport(report);
      retryDelay.current = report.pending > 0 ? Math.min(retryDelay.current * 2, RETRY_MAX_MS) : RETRY_FIRST_MS;
    } finally {
      setSyncing(false);
      await refresh();
    }
  }, [refresh]);

  useEffect(() => {
    void refresh().then(() => { if (navigator.onLine) void sync(); });
    const up = () => { setOnline(true); retryDelay.current = RETRY_FIRST_MS; void sync(); };
    const down = () => setOnline(false);
    const visible = () => { if (document.visibilityState === 'visible' && navigator.onLine) void sync(); };
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [refresh, sync]);

  // While steps wait and the browser believes it is online, try again after a pause.
  const waiting = steps.some(isWaiting);
  useEffect(() => {
    if (!waiting || !online || syncing) return undefined;
    const timer = window.setTimeout(() => { void sync(); }, retryDelay.current);
    return () => window.clearTimeout(timer);
  }, [waiting, online, syncing, sync, lastReport]);

  const discard = useCallback(async (id: string) => { await deleteStep(id); await refresh(); }, [refresh]);
  return { steps, online, syncing, lastReport, sync, refresh, discard };
}

// The outbox as React state: queued steps, online or not, and a sync that
// runs by itself when the connection returns.
import { useCallback, useEffect, useState } from 'react';
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

export function useOutbox(): OutboxState {
  const [steps, setSteps] = useState<QueuedStep[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);

  const refresh = useCallback(async () => { setSteps(await listSteps()); }, []);
  const sync = useCallback(async () => {
    setSyncing(true);
    try {
      setLastReport(await syncOutbox());
    } finally {
      setSyncing(false);
      await refresh();
    }
  }, [refresh]);

  useEffect(() => {
    void refresh().then(() => { if (navigator.onLine) void sync(); });
    const up = () => { setOnline(true); void sync(); };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => { window.removeEventListener('online', up); window.removeEventListener('offline', down); };
  }, [refresh, sync]);

  const discard = useCallback(async (id: string) => { await deleteStep(id); await refresh(); }, [refresh]);
  return { steps, online, syncing, lastReport, sync, refresh, discard };
}

// Loads data for a page or a panel: one request at a time per key, the
// previous one aborted when the inputs change, so a slow answer for an old
// filter never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, type DescribedError } from './error-handler.ts';

export interface RequestState<T> {
  data: T | undefined;
  error: DescribedError | null;
  loading: boolean;
  reload: () => void;
}

export function useRequest<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): RequestState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<DescribedError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef.current(controller.signal).then(
      (value) => { if (!controller.signal.aborted) { setData(value); setLoading(false); } },
      (err: unknown) => { if (!controller.signal.aborted) { setError(describeError(err)); setLoading(false); } },
    );
    return () => controller.abort();
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

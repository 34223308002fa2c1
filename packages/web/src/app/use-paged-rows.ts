// Rows of a large server-paged list, fetched page by page as the virtual
// table scrolls to them. A new filter starts a new generation: answers for
// the old one are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Paged } from '@sentinel/contract';
import { describeError, type DescribedError } from './error-handler.ts';

export type { Paged };

export interface PagedRows<T> {
  total: number | null;
  rowAt: (index: number) => T | undefined;
  ensureRange: (start: number, end: number) => void;
  error: DescribedError | null;
  reload: () => void;
}

export function usePagedRows<T>(fetchPage: (page: number, pageSize: number) => Promise<Paged<T>>, deps: readonly unknown[], pageSize = 200): PagedRows<T> {
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<DescribedError | null>(null);
  const [, setVersion] = useState(0);
  const [tick, setTick] = useState(0);

  const load = useCallback((page: number) => {
    if (pages.current.has(page) || pending.current.has(page)) return;
    const gen = generation.current;
    pending.current.add(page);
    fetchRef.current(page + 1, pageSize).then(
      (res) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        pages.current.set(page, res.items);
        setTotal(res.total);
        setVersion((v) => v + 1);
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        setError(describeError(err));
      },
    );
  }, [pageSize]);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(null);
    load(0);
  }, [...deps, tick, load]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize], [pageSize]);
  const ensureRange = useCallback((start: number, end: number) => {
    for (let p = Math.floor(start / pageSize); p <= Math.floor(Math.max(start, end - 1) / pageSize); p++) load(p);
  }, [load, pageSize]);

  return { total, rowAt, ensureRange, error, reload: () => setTick((t) => t + 1) };
}

// Cases the inspector may have to open on site, kept for offline use: when
// the app starts (and again on reconnecting, and every ten minutes) the open
// cases assigned to the user's unit are fetched and stored in the service
// worker's API cache, so any case of "my list" opens without a connection,
// not only those opened before. House files (personal data) are not cached.
import { useEffect } from 'react';
import type { CaseSummary } from '../pages/cases/service.ts';
import { OPEN_STATES } from '../pages/cases/board.ts';

/** The cache public/sw.js answers /api/cases/* from when offline (same name). */
export const API_CACHE = 'sentinel-v1-api';
/** At most this many cases are kept (a unit's own list, not the district). */
export const CACHED_CASES_LIMIT = 100;
const REFRESH_MS = 10 * 60_000;
const PARALLEL = 3;

export function myCasesUrl(): string {
  const params = new URLSearchParams();
  for (const s of OPEN_STATES) params.append('state', s);
  params.set('mine', 'true');
  params.set('page', '1');
  params.set('pageSize', String(CACHED_CASES_LIMIT));
  return `/api/cases?${params.toString()}`;
}

export const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

async function fetchInto(cache: Cache, url: string): Promise<Response | null> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) return null;
  await cache.put(url, res.clone());
  return res;
}

/** Stores each case's detail; returns how many were stored. */
export async function cacheCases(caseIds: readonly string[]): Promise<number> {
  if (typeof caches === 'undefined' || !navigator.onLine) return 0;
  const cache = await caches.open(API_CACHE);
  const queue = caseIds.slice(0, CACHED_CASES_LIMIT);
  let stored = 0;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        if (await fetchInto(cache, caseUrl(id))) stored++;
      } catch {
        return; // the connection dropped: what is stored stays, the rest waits for the next round
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return stored;
}

/** My open cases' list and details into the offline cache; resolves to the number of details stored. */
export async function cacheMyCases(): Promise<number> {
  if (typeof caches === 'undefined' || !navigator.onLine) return 0;
  const cache = await caches.open(API_CACHE);
  const res = await fetchInto(cache, myCasesUrl());
  if (!res) return 0;
  const page = await res.json() as { items: CaseSummary[] };
  return cacheCases(page.items.map((c) => c.id));
}

/**
 * On sign-out: the cached session and cases go with it, so the next person
 * on a shared phone neither sees them offline nor is taken for the last user.
 * (Steps waiting in the outbox are kept: they are the inspector's work.)
 */
export async function forgetCachedCases(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(API_CACHE);
}

/** The cache public/sw.js serves /assets/* from. */
const ASSET_CACHE = 'sentinel-v1-assets';

/**
 * The app's code files loaded so far (the case and inspection pages among
 * them once preloaded) into the service worker's asset cache, so those pages
 * open offline even if the worker did not yet control the page that loaded them.
 */
export async function cacheLoadedAssets(): Promise<void> {
  if (typeof caches === 'undefined' || !navigator.onLine) return;
  const cache = await caches.open(ASSET_CACHE);
  const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/')).map((u) => u.pathname);
  for (const url of new Set(urls)) {
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
}

/**
 * For the app shell: keep my cases cached while signed in. `preloadPages`
 * downloads the code of the pages that open a case (the shell knows the routes).
 */
export function useCachedMyCases(enabled: boolean, preloadPages: () => Promise<unknown>): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const run = () => {
      Promise.all([cacheMyCases(), preloadPages().then(cacheLoadedAssets)]).catch(() => undefined);
    };
    run();
    const timer = window.setInterval(run, REFRESH_MS);
    window.addEventListener('online', run);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', run);
    };
  }, [enabled, preloadPages]);
}

// The 待办 count shared by the menu badge and the 待办 page: one poll for the
// whole app (every minute, when the window regains focus, and after a page
// says something changed), so the badge and the notice agree with the list.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { fetchTodo, type TodoList } from './service.ts';

export const TODO_POLL_MS = 60_000;

type Listener = () => void;
let latest: TodoList | null = null;
const listeners = new Set<Listener>();
let inFlight: Promise<TodoList | null> | null = null;

function publish(list: TodoList | null): void {
  latest = list;
  for (const l of listeners) l();
}

/** Fetches the list now (one request at a time); a failure keeps the last answer (offline, server restart). */
export function refreshTodo(): Promise<TodoList | null> {
  inFlight ??= fetchTodo().then(
    (list) => { publish(list); return list; },
    () => latest,
  ).finally(() => { inFlight = null; });
  return inFlight;
}

/** Forget the last list (sign-out: the next user must not see it). */
export function clearTodo(): void {
  publish(null);
}

function subscribe(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useTodoList(): TodoList | null {
  return useSyncExternalStore(subscribe, () => latest);
}

/**
 * Keeps the list fresh while `enabled` (a user who handles cases is signed in)
 * and calls `onRise` with the new and old count when it grows.
 */
export function useTodoPolling(enabled: boolean, onRise: (count: number, before: number) => void): void {
  const rise = useRef(onRise);
  rise.current = onRise;
  useEffect(() => {
    if (!enabled) { clearTodo(); return undefined; }
    let before: number | null = null;
    const check = () => {
      void refreshTodo().then((list) => {
        if (!list) return;
        if (before !== null && list.count > before) rise.current(list.count, before);
        before = list.count;
      });
    };
    check();
    const timer = window.setInterval(check, TODO_POLL_MS);
    const onFocus = () => { if (document.visibilityState === 'visible') check(); };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [enabled]);
}

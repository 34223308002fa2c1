// The signed-in user for the whole app: loaded once at start, replaced on
// login, cleared on logout or when any request answers 401.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { computeAccess, type Access, type Session } from './access.ts';
import { describeError, type DescribedError } from './error-handler.ts';
import { setCsrfToken } from './request.ts';
import { fetchServerClock } from './server-clock.ts';
import { fetchSession, login as loginRequest, logout as logoutRequest } from '../pages/login/service.ts';

export interface SessionState {
  /** undefined while the first check runs. */
  session: Session | null | undefined;
  access: Access;
  /** The first check failed for another reason than "not signed in" (server down). */
  error: DescribedError | null;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Forget the session locally (after a 401). */
  expire: () => void;
  /** The user changed their password: a forced change is no longer due. */
  passwordChanged: () => void;
  retry: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [error, setError] = useState<DescribedError | null>(null);
  const [tick, setTick] = useState(0);

  const adopt = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrfToken ?? null);
    // Forms default to the server's today (the demo clock may be ahead); a failure leaves the browser's.
    if (s) fetchServerClock().catch(() => undefined);
    setSession(s);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchSession(controller.signal).then(
      (s) => { if (!controller.signal.aborted) adopt(s); },
      (err: unknown) => { if (!controller.signal.aborted) setError(describeError(err)); },
    );
    return () => controller.abort();
  }, [adopt, tick]);

  const value = useMemo<SessionState>(() => ({
    session,
    access: computeAccess(session ?? null),
    error,
    login: async (username, password) => adopt(await loginRequest(username, password)),
    logout: async () => {
      try { await logoutRequest(); } finally { adopt(null); }
    },
    expire: () => adopt(null),
    passwordChanged: () => setSession((s) => (s ? { ...s, mustChangePassword: false } : s)),
    retry: () => setTick((t) => t + 1),
  }), [session, error, adopt]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession 必须在 SessionProvider 内使用');
  return value;
}

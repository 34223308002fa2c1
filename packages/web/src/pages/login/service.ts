// Session calls: who is signed in, sign in, sign out.
import { ApiError, get, post } from '../../app/request.ts';
import type { Session } from '../../app/access.ts';

/** The current session, or null when nobody is signed in (401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await get<Session>('/api/auth/me', undefined, signal);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function login(username: string, password: string): Promise<Session> {
  return post<Session>('/api/auth/login', { username, password });
}

export function logout(): Promise<void> {
  return post<void>('/api/auth/logout');
}

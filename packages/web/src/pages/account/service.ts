// The signed-in user's own account: POST /api/auth/password
// (packages/server/src/routes/auth.ts).
import { post } from '../../app/request.ts';

/** Same rule as the server (MIN_PASSWORD_LENGTH in @sentinel/services). */
export const MIN_PASSWORD_LENGTH = 10;

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  post<{ revokedSessions: number }>('/api/auth/password', { currentPassword, newPassword });

// The signed-in user's own account: POST /api/auth/password
// (packages/server/src/routes/auth.ts).
import { post } from '../../app/request.ts';

/** Same rule as the server: the contract's limit (a plain constant, no schema code). */
export { MIN_PASSWORD_LENGTH } from '@sentinel/contract/limits';

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  post<{ revokedSessions: number }>('/api/auth/password', { currentPassword, newPassword });

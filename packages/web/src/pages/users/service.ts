// User administration (系统管理员): GET /api/users, POST /api/users (新建用户)
// and the account actions POST /api/users/:id/{password,deactivate,reactivate}. Shapes follow
// packages/server/src/routes/users.ts (UserAdminT).
import { get, post } from '../../app/request.ts';
import type { SessionUser } from '../../app/access.ts';
import type { NewUserBody } from './new-user.ts';

/** A user as the administrator sees it: the signed-in shape plus the account's state. */
export interface AdminUser extends SessionUser {
  /** false = 停用. */
  active: boolean;
  deactivatedAt: string | null;
  mustChangePassword: boolean;
  demo: boolean;
}

const path = (id: string, action: string) => `/api/users/${encodeURIComponent(id)}/${action}`;

export const fetchUsers = (signal?: AbortSignal) => get<{ items: AdminUser[] }>('/api/users/', undefined, signal);
export const resetPassword = (id: string, newPassword: string, mustChangePassword: boolean) => post<AdminUser>(path(id, 'password'), { newPassword, mustChangePassword });
export const deactivateUser = (id: string) => post<AdminUser>(path(id, 'deactivate'));
export const reactivateUser = (id: string) => post<AdminUser>(path(id, 'reactivate'));
export const createUser = (body: NewUserBody) => post<AdminUser>('/api/users/', body);

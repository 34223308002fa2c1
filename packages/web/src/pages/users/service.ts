// User administration (系统管理员): GET /api/users, POST /api/users (新建用户)
// and the account actions POST /api/users/:id/{password,deactivate,reactivate}. Shapes follow
// @sentinel/contract (UserAdmin, NewUserBody).
import type { Items, NewUserBody, UserAdmin as AdminUser } from '@sentinel/contract';
import { get, post } from '../../app/request.ts';

export type { AdminUser };

const path = (id: string, action: string) => `/api/users/${encodeURIComponent(id)}/${action}`;

export const fetchUsers = (signal?: AbortSignal) => get<Items<AdminUser>>('/api/users/', undefined, signal);
export const resetPassword = (id: string, newPassword: string, mustChangePassword: boolean) => post<AdminUser>(path(id, 'password'), { newPassword, mustChangePassword });
export const deactivateUser = (id: string) => post<AdminUser>(path(id, 'deactivate'));
export const reactivateUser = (id: string) => post<AdminUser>(path(id, 'reactivate'));
export const createUser = (body: NewUserBody) => post<AdminUser>('/api/users/', body);

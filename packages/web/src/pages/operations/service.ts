// Background jobs and the 一网统管 outbox (GET/POST /api/admin/jobs, /api/admin/outbox).
import type { JobItem, OutboxPage, Paged } from '@sentinel/contract';
import { get, post } from '../../app/request.ts';

export type { JobItem, OutboxPage };
export type OutboxItem = OutboxPage['items'][number];

export const fetchJobs = (page: number, pageSize: number, signal?: AbortSignal) => get<Paged<JobItem>>('/api/admin/jobs', { page, pageSize }, signal);
export const fetchOutbox = (page: number, pageSize: number, state: string | null, signal?: AbortSignal) => get<OutboxPage>('/api/admin/outbox', { page, pageSize, state }, signal);
export const startJob = (kind: 'feeds.scan' | 'detection.run') => post<{ jobId: number | null }>('/api/admin/jobs', { kind });
export const retryJob = (id: number) => post<void>(`/api/admin/jobs/${id}/retry`);
export const retryOutbox = (id: number) => post<void>(`/api/admin/outbox/${id}/retry`);

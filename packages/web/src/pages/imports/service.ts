// Import status, batches and rejected rows (GET /api/imports/...).
import type { ImportBatch, ImportStatus, Paged, RejectedRow } from '@sentinel/contract';
import { get } from '../../app/request.ts';

export type { ImportBatch, ImportStatus, RejectedRow };

export const fetchStatus = (signal?: AbortSignal) => get<ImportStatus>('/api/imports/status', undefined, signal);
export const fetchBatches = (page: number, pageSize: number, signal?: AbortSignal) => get<Paged<ImportBatch>>('/api/imports', { page, pageSize }, signal);
export const fetchRejected = (batchId: number, page: number, pageSize: number, signal?: AbortSignal) =>
  get<Paged<RejectedRow>>(`/api/imports/${batchId}/rejected`, { page, pageSize }, signal);

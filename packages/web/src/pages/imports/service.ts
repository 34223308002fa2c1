// Import status, batches and rejected rows (GET /api/imports/...).
import { get } from '../../app/request.ts';
import type { Paged } from '../../app/use-paged-rows.ts';

export interface ImportBatch {
  id: number;
  table: string;
  file: string;
  sha256: string;
  sizeBytes: number;
  status: 'imported' | 'unchanged' | 'failed';
  rowsRead: number;
  rowsImported: number;
  rowsNew: number;
  rowsUpdated: number;
  rowsRejected: number;
  warnings: number;
  warningSamples: string[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportStatus {
  counts: Record<string, number>;
  lastBatch: ImportBatch | null;
}

export interface RejectedRow {
  id: number;
  file: string;
  line: number;
  column: string | null;
  reason: string;
  raw: string | null;
}

export const fetchStatus = (signal?: AbortSignal) => get<ImportStatus>('/api/imports/status', undefined, signal);
export const fetchBatches = (page: number, pageSize: number, signal?: AbortSignal) => get<Paged<ImportBatch>>('/api/imports', { page, pageSize }, signal);
export const fetchRejected = (batchId: number, page: number, pageSize: number, signal?: AbortSignal) =>
  get<Paged<RejectedRow>>(`/api/imports/${batchId}/rejected`, { page, pageSize }, signal);

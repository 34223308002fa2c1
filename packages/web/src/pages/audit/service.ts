// 审计日志 (GET /api/users/audit, GET /api/users/audit/export.xlsx): the same
// filters for the list and the spreadsheet.
import type { AuditEntry, Items } from '@sentinel/contract';
import { get, withQuery } from '../../app/request.ts';

export type { AuditEntry };

export interface AuditFilters {
  actorId?: string;
  action?: string;
  houseId?: string;
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_LIMIT = 500;

export const fetchAudit = (f: AuditFilters, signal?: AbortSignal) => get<Items<AuditEntry>>('/api/users/audit', { ...f, limit: AUDIT_PAGE_LIMIT }, signal);
export const auditExportUrl = (f: AuditFilters): string => withQuery('/api/users/audit/export.xlsx', { ...f });

// Cases (GET /api/cases, GET /api/cases/:id) and every step of the life
// cycle through the one transition route (POST /api/cases/:id/transitions).
import type { Case as CaseSummary, CaseDetail, Deadline, Evidence, Paged, StoredAttachment, TimelineEntry, TransitionOutcome } from '@sentinel/contract';
import type { CaseAction, CaseState } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';

export type { CaseSummary, CaseDetail, Deadline, Evidence, TimelineEntry };

export interface CaseQuery {
  state?: CaseState[];
  houseId?: string;
  mine?: boolean;
  overdue?: boolean;
}

/** The list's filters; state is an array parameter, so it repeats (?state=a&state=b). */
function caseParams(q: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const s of q.state ?? []) params.append('state', s);
  if (q.houseId) params.set('houseId', q.houseId);
  if (q.mine) params.set('mine', 'true');
  if (q.overdue) params.set('overdue', 'true');
  return params;
}

export function fetchCases(q: CaseQuery, page: number, pageSize: number, signal?: AbortSignal): Promise<Paged<CaseSummary>> {
  const params = caseParams(q);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return get<Paged<CaseSummary>>(`/api/cases?${params.toString()}`, undefined, signal);
}

/** The same list as XLSX (GET /api/cases/export.xlsx: same filters and scope, no paging). */
export function casesExportUrl(q: CaseQuery): string {
  const text = caseParams(q).toString();
  return `/api/cases/export.xlsx${text === '' ? '' : `?${text}`}`;
}

export const fetchCase = (caseId: string, signal?: AbortSignal) => get<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`, undefined, signal);

export const transitionCase = (caseId: string, action: CaseAction, evidence: Evidence) =>
  post<TransitionOutcome>(`/api/cases/${encodeURIComponent(caseId)}/transitions`, { action, evidence });

export const uploadPhoto = (houseId: string, file: Blob, fileName: string, caseId: string | null) => {
  const form = new FormData();
  if (caseId) form.append('caseId', caseId);
  form.append('file', file, fileName);
  return post<StoredAttachment>(`/api/households/${encodeURIComponent(houseId)}/attachments`, form);
};

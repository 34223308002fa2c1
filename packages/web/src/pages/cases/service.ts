// Cases (GET /api/cases, GET /api/cases/:id) and every step of the life
// cycle through the one transition route (POST /api/cases/:id/transitions).
import type { AlertLevel, CaseAction, CaseState, ChecklistAnswers, Role } from '@sentinel/domain';

export type Checklist = ChecklistAnswers;
import { get, post } from '../../app/request.ts';
import type { Paged } from '../../app/use-paged-rows.ts';

export interface Deadline {
  kind: string;
  kindLabel: string;
  fromDate: string;
  dueDate: string;
  status: 'none' | 'on_time' | 'due_today' | 'overdue';
  statusLabel: string;
}

export interface CaseSummary {
  /** Internal id, for URLs only. */
  id: string;
  /** Official case number people see, e.g. 临汾群租〔2026〕0001号. */
  number: string;
  houseId: string;
  address: string;
  neighborhood: string;
  community: string;
  source: string;
  sourceLabel: string;
  state: CaseState;
  stateLabel: string;
  openedAt: string;
  stateSince: string;
  relapseOf: string | null;
  assignee: { role: Role; unitName: string } | null;
  deadline: Deadline | null;
  cleanRevisits: number;
  alert: { score: number; level: AlertLevel; reasons: string[]; runId: string | null } | null;
  availableActions: CaseAction[];
  actionLabels: Record<string, string>;
}

export interface TimelineEntry {
  seq: number;
  kind: 'opened' | 'report_attached' | 'transition';
  action: CaseAction | null;
  actionLabel: string | null;
  fromState: CaseState | null;
  toState: CaseState;
  actor: { id: string; role: Role; unitName: string | null };
  at: string;
  evidence: Evidence;
  deadline: { kind: string; fromDate: string; dueDate: string } | null;
}

export interface CaseDetail extends CaseSummary {
  timeline?: TimelineEntry[];
  checklist: Checklist | null;
  /** The housing registry's facts, to prefill the checklist. */
  registry: { areaM2: number; bedrooms: number };
  reports: { id: string; channel: string; ticketId: string | null; receivedAt: string; category: string | null; content: string | null }[];
}

export interface Evidence {
  note?: string;
  photoIds?: string[];
  checklist?: Checklist;
  assignee?: { role: Role; unitName: string };
  dueInWorkingDays?: number;
  notices?: { kind: string; servedAt: number; photoIds: string[] }[];
  units?: Role[];
  acceptance?: { passed: boolean; remainingViolations?: string };
  interviewed?: string[];
}

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
  post<{ case: CaseSummary; openedCaseId: string | null }>(`/api/cases/${encodeURIComponent(caseId)}/transitions`, { action, evidence });

export const uploadPhoto = (houseId: string, file: Blob, fileName: string, caseId: string | null) => {
  const form = new FormData();
  if (caseId) form.append('caseId', caseId);
  form.append('file', file, fileName);
  return post<{ id: string; sha256: string; mime: string; sizeBytes: number }>(`/api/households/${encodeURIComponent(houseId)}/attachments`, form);
};

// 拒不配合 records: the evidence of the assessment rule `refused_cooperation`
// (GET/POST /api/cooperation-refusals, POST …/:id/withdraw) and the units a
// case allows (GET /api/cases/:caseId/cooperation-units). Shapes follow
// packages/server/src/routes/cooperation.ts.
import { get, post } from '../../app/request.ts';

export type UnitRole = 'committee' | 'property';

export interface CooperationUnit {
  role: UnitRole;
  name: string;
}

export interface CooperationRefusal {
  id: string;
  caseId: string;
  caseNumber: string;
  address: string;
  neighborhood: string;
  community: string;
  unit: CooperationUnit;
  /** YYYY-MM-DD (Asia/Shanghai). */
  day: string;
  note: string;
  recordedBy: string;
  recordedByName: string | null;
  recordedAt: string;
  /** null while it counts at the assessment. */
  withdrawn: { at: string; by: string; byName: string | null; reason: string } | null;
}

export interface RecordRefusalBody {
  caseId: string;
  unitRole: UnitRole;
  unitName: string;
  day: string;
  note: string;
}

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { committee: '居委会', property: '物业' };

export const fetchRefusals = (query: { year?: number; caseId?: string }, signal?: AbortSignal) =>
  get<{ items: CooperationRefusal[] }>('/api/cooperation-refusals', query, signal);

export const fetchCooperationUnits = (caseId: string, signal?: AbortSignal) =>
  get<{ units: CooperationUnit[] }>(`/api/cases/${encodeURIComponent(caseId)}/cooperation-units`, undefined, signal);

export const recordRefusal = (body: RecordRefusalBody) => post<CooperationRefusal>('/api/cooperation-refusals', body);

export const withdrawRefusal = (id: string, reason: string) =>
  post<CooperationRefusal>(`/api/cooperation-refusals/${encodeURIComponent(id)}/withdraw`, { reason });

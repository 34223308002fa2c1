// 拒不配合 records: the evidence of the assessment rule `refused_cooperation`
// (GET/POST /api/cooperation-refusals, POST …/:id/withdraw) and the units a
// case allows (GET /api/cases/:caseId/cooperation-units). Shapes: @sentinel/contract.
import type { CooperationRefusal, CooperationUnit, Items, RecordRefusalBody } from '@sentinel/contract';
import type { AssessedRole as UnitRole } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';

export type { CooperationRefusal, CooperationUnit, RecordRefusalBody, UnitRole };

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = { committee: '居委会', property: '物业' };

export const fetchRefusals = (query: { year?: number; caseId?: string }, signal?: AbortSignal) =>
  get<Items<CooperationRefusal>>('/api/cooperation-refusals', query, signal);

export const fetchCooperationUnits = (caseId: string, signal?: AbortSignal) =>
  get<{ units: CooperationUnit[] }>(`/api/cases/${encodeURIComponent(caseId)}/cooperation-units`, undefined, signal);

export const recordRefusal = (body: RecordRefusalBody) => post<CooperationRefusal>('/api/cooperation-refusals', body);

export const withdrawRefusal = (id: string, reason: string) =>
  post<CooperationRefusal>(`/api/cooperation-refusals/${encodeURIComponent(id)}/withdraw`, { reason });

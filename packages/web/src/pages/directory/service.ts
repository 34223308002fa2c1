// 组织机构 (GET/POST/PATCH /api/directory/units, GET …/members) and 批量派单
// (POST /api/cases/dispatch-batch). Shapes follow @sentinel/contract.
import type {
  AlertIntakeBody, BatchDispatchBody, DirectoryPlace, BatchDispatchResult, Items, NewOrgUnitBody, OrgUnit, OrgUnitPatchBody, OrgUnitQuery, UnitMember,
} from '@sentinel/contract';
import { get, request, post, type Query } from '../../app/request.ts';

export type { DirectoryPlace, AlertIntakeBody, BatchDispatchBody, BatchDispatchResult, OrgUnit, UnitMember };

const unitPath = (id: string) => `/api/directory/units/${encodeURIComponent(id)}`;

export const fetchUnits = (q: OrgUnitQuery, signal?: AbortSignal) => get<Items<OrgUnit>>('/api/directory/units', q as Query, signal);
export const fetchUnitMembers = (unitId: string, signal?: AbortSignal) => get<Items<UnitMember>>(`${unitPath(unitId)}/members`, undefined, signal);
export const fetchDirectoryPlaces = (signal?: AbortSignal) => get<Items<DirectoryPlace>>('/api/directory/places', undefined, signal);
export const createUnit = (body: NewOrgUnitBody) => post<OrgUnit>('/api/directory/units', body);
export const updateUnit = (unitId: string, patch: OrgUnitPatchBody) => request<OrgUnit>(unitPath(unitId), { method: 'PATCH', body: patch });

/** Several alerts (opened first) and cases dispatched in one call; each item answers for itself. */
export const batchDispatch = (body: BatchDispatchBody) => post<BatchDispatchResult>('/api/cases/dispatch-batch', body);

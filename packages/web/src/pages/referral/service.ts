// 疏堵结合: referral housing and a case's referral records
// (GET/POST/PUT /api/referral-housing, /api/cases/:caseId/referrals,
// POST /api/case-referrals/:id/outcome). Shapes: @sentinel/contract.
import type { CaseReferral, Items, NewCaseReferralBody, ReferralHousing, ReferralHousingBody } from '@sentinel/contract';
import { get, post, request } from '../../app/request.ts';

export type { CaseReferral, NewCaseReferralBody, ReferralHousing, ReferralHousingBody };

export const fetchHousing = (signal?: AbortSignal) => get<Items<ReferralHousing>>('/api/referral-housing', undefined, signal);
export const createHousing = (body: ReferralHousingBody) => post<ReferralHousing>('/api/referral-housing', body);
export const updateHousing = (id: string, body: ReferralHousingBody) => request<ReferralHousing>(`/api/referral-housing/${encodeURIComponent(id)}`, { method: 'PUT', body });
export const fetchCaseReferrals = (caseId: string, signal?: AbortSignal) => get<Items<CaseReferral>>(`/api/cases/${encodeURIComponent(caseId)}/referrals`, undefined, signal);
export const recordReferral = (caseId: string, body: NewCaseReferralBody) => post<CaseReferral>(`/api/cases/${encodeURIComponent(caseId)}/referrals`, body);
export const recordOutcome = (id: string, body: { placed: number; declined: number }) => post<CaseReferral>(`/api/case-referrals/${encodeURIComponent(id)}/outcome`, body);

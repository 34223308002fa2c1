// 宣传摸底: campaigns, visit lists, progress, visits and the master list
// (GET/POST /api/survey-campaigns…). Shapes: @sentinel/contract.
import type { Items, NewSurveyCampaignBody, SurveyCampaign, SurveyProgress, SurveyTarget, SurveyVisit, SurveyVisitBody } from '@sentinel/contract';
import type { SurveyTargetState } from '@sentinel/domain';
import { get, post } from '../../app/request.ts';
import { uploadPhoto } from '../cases/service.ts';

export type { NewSurveyCampaignBody, SurveyCampaign, SurveyProgress, SurveyTarget, SurveyVisit, SurveyVisitBody };

const base = (id: string) => `/api/survey-campaigns/${encodeURIComponent(id)}`;

export const fetchCampaigns = (signal?: AbortSignal) => get<Items<SurveyCampaign>>('/api/survey-campaigns', undefined, signal);
export const createCampaign = (body: NewSurveyCampaignBody) => post<SurveyCampaign>('/api/survey-campaigns', body);
export const refreshCampaign = (id: string) => post<{ added: number; targets: number }>(`${base(id)}/refresh`);
export const fetchProgress = (id: string, signal?: AbortSignal) => get<SurveyProgress>(`${base(id)}/progress`, undefined, signal);
export const fetchTargets = (id: string, query: { state?: SurveyTargetState; neighborhood?: string }, signal?: AbortSignal) =>
  get<Items<SurveyTarget>>(`${base(id)}/targets`, query, signal);
export const recordVisit = (id: string, body: SurveyVisitBody) => post<SurveyVisit>(`${base(id)}/visits`, body);
export const masterListUrl = (id: string) => `${base(id)}/master-list.xlsx`;
/** The notice photo goes in as an ordinary attachment of the house (no case). */
export const uploadNoticePhoto = (houseId: string, file: File) => uploadPhoto(houseId, file, file.name, null);

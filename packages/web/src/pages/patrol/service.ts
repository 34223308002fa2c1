// 巡查计划 (三级动态管理): GET /api/patrol/plan, POST /api/patrol/visits,
// GET /api/houses/:houseId/grade-log. Shapes: @sentinel/contract.
import type { GradeLogEntry, Items, PatrolPlan, PatrolPlanItem, PatrolVisitBody, PatrolVisitResult } from '@sentinel/contract';
import { get, post } from '../../app/request.ts';

export type { GradeLogEntry, PatrolPlan, PatrolPlanItem, PatrolVisitBody, PatrolVisitResult };

export const fetchPlan = (week: string | undefined, signal?: AbortSignal) => get<PatrolPlan>('/api/patrol/plan', { week }, signal);
export const recordVisit = (body: PatrolVisitBody) => post<PatrolVisitResult>('/api/patrol/visits', body);
export const fetchGradeLog = (houseId: string, signal?: AbortSignal) => get<Items<GradeLogEntry>>(`/api/houses/${encodeURIComponent(houseId)}/grade-log`, undefined, signal);

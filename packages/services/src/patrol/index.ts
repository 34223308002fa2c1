export { getPatrolPlan, mondayOf, type PatrolPlanView, type PatrolPlanItem } from './plan.ts';
export { getGradeLog, recordPatrolVisit, type PatrolVisitResult } from './visits.ts';

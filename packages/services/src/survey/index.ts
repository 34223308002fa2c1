export { createSurveyCampaign, refreshSurveyTargets, listSurveyCampaigns } from './campaigns.ts';
export { listSurveyTargets, getSurveyProgress, type ListSurveyTargetsInput } from './progress.ts';
export { recordSurveyVisit } from './record-visit.ts';
export { exportSurveyMasterList, SURVEY_MASTER_LIST_COLUMNS } from './master-list.ts';
export { seedDemoSurvey } from './seed-demo-survey.ts';

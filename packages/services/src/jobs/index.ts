export { JOB_KINDS, JOB_LABELS, JOB_HANDLERS, type JobKind, type JobEnv } from './definitions.ts';
export { defaultWorkerId, jobEnqueuer, runOneJob, runJobsUntilIdle, startJobRunner, type JobRunnerOptions } from './runner.ts';
export { startJobSchedule } from './schedule.ts';
export { listJobViews, retryJob, auditJobStart, type JobView } from './admin.ts';

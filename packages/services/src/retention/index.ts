export { DEFAULT_RETENTION, RETENTION_KINDS, retentionPolicy, type RetentionKind, type RetentionPolicy, type RetentionRule } from './policy.ts';
export { runRetention, type RetentionLine, type RetentionOptions, type RetentionReport } from './run-retention.ts';
export { msUntilNextShanghaiMinute, scheduleDaily, type DailySchedule } from './daily-schedule.ts';

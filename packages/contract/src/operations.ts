// Operations (运行): background jobs, the 一网统管 outbox, uploads into the
// import, and the freshness of the data the cockpit shows (#14, #12 item 4).
import { Type, type Static } from '@sinclair/typebox';
import { TABLE_NAMES } from '@sentinel/domain';
import { DateTime, lit, Nullable } from './kit.ts';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const OUTBOX_STATES = ['pending', 'parked', 'delivered'] as const;
export const STARTABLE_JOBS = ['feeds.scan', 'detection.run'] as const;

export const JobItem = Type.Object({
  id: Type.Integer(), kind: Type.String(), label: Type.String(), queue: Type.String(),
  status: lit(JOB_STATES, 'queued 排队 / running 运行中 / succeeded 成功 / failed 失败'),
  attempts: Type.Integer(), maxAttempts: Type.Integer(), runAt: DateTime(), createdAt: DateTime(),
  startedAt: Nullable(DateTime()), finishedAt: Nullable(DateTime()), lastError: Nullable(Type.String()),
  result: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type JobItem = Static<typeof JobItem>;

export const OutboxItem = Type.Object({
  id: Type.Integer(), eventId: Type.String(), eventType: Type.String(),
  state: lit(OUTBOX_STATES, 'pending 待发送 / parked 已搁置（需人工重试）/ delivered 已送达'),
  attempts: Type.Integer(), createdAt: DateTime(), nextAttemptAt: DateTime(), deliveredAt: Nullable(DateTime()),
  parkedAt: Nullable(DateTime()), lastError: Nullable(Type.String()), payload: Type.Record(Type.String(), Type.Unknown()),
});
export type OutboxItem = Static<typeof OutboxItem>;

export const OutboxPage = Type.Object({
  total: Type.Integer(),
  counts: Type.Object({ pending: Type.Integer(), parked: Type.Integer(), delivered: Type.Integer() }),
  items: Type.Array(OutboxItem),
});
export type OutboxPage = Static<typeof OutboxPage>;

export const UploadResult = Type.Object({
  table: lit(TABLE_NAMES), file: Type.String(), batchId: Type.Integer(),
  status: Type.String({ description: 'imported 已导入 / unchanged 无变化 / failed 失败' }),
  rowsRead: Type.Integer(), rowsNew: Type.Integer(), rowsUpdated: Type.Integer(), rowsRejected: Type.Integer(),
  error: Nullable(Type.String()),
  detectionJob: Nullable(Type.Integer({ description: '导入了新数据时排入的检测任务' })),
});
export type UploadResult = Static<typeof UploadResult>;

export const FreshnessBody = Type.Object({
  today: Type.String(),
  thresholds: Type.Object({ feedDays: Type.Integer(), runDays: Type.Integer() }),
  feeds: Type.Array(Type.Object({
    feed: Type.String(), label: Type.String(), newestDataDay: Nullable(Type.String()), lastImportAt: Nullable(DateTime()),
    ageDays: Nullable(Type.Integer()), stale: Type.Boolean(),
  })),
  lastRun: Nullable(Type.Object({ id: Type.String(), finishedAt: DateTime(), asOfDay: Type.String(), ageDays: Type.Integer(), stale: Type.Boolean() })),
  stale: Type.Boolean(),
});
export type FreshnessBody = Static<typeof FreshnessBody>;

// The background jobs, the same definitions on both engines: the inbox feeds
// (import, with the daily consumption of changed meters), detection, and the
// notifications of new red alerts to 一网统管. Each job enqueues the next
// step only when there is something for it: new rows → detection → notify.
import type { Database } from '@sentinel/db';
import { notifyNewRedAlerts } from '../outbox/red-alerts.ts';
import { runDetectionAsSystem } from '../whistle/run-detection.ts';
import { scanInbox } from '../feeds/scan-inbox.ts';

export const JOB_KINDS = ['feeds.scan', 'detection.run', 'alerts.notify'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_LABELS: Record<JobKind, string> = {
  'feeds.scan': '收件箱导入（含日用量计算）',
  'detection.run': '数字吹哨检测',
  'alerts.notify': '新红色预警推送一网统管',
};

export interface JobEnv {
  readonly db: Database;
  readonly now: () => number;
  /** SENTINEL_INBOX; null = no file feeds. */
  readonly inbox: string | null;
  /** Adds a follow-up job (deduplicated by key). */
  enqueue(kind: JobKind, payload: Record<string, unknown>, dedupeKey: string | null): Promise<number | null>;
}

export type JobHandler = (env: JobEnv, payload: Record<string, unknown>) => Promise<Record<string, unknown>>;

export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  async 'feeds.scan'(env) {
    if (env.inbox === null) return { skipped: '未配置收件箱 SENTINEL_INBOX' };
    const scan = await scanInbox(env.db, env.inbox, env.now);
    const lastBatch = Math.max(0, ...scan.files.map((f) => f.batchId));
    // New data: detection right after (one run per scan that changed something).
    const detection = scan.changedRows > 0 ? await env.enqueue('detection.run', { reason: 'feeds' }, `detection:after-batch:${lastBatch}`) : null;
    return { files: scan.files.map((f) => ({ ...f })), changedRows: scan.changedRows, detectionJob: detection };
  },
  async 'detection.run'(env) {
    const { run } = await runDetectionAsSystem(env.db, {}, env.now);
    const notify = await env.enqueue('alerts.notify', { runId: run.id }, `notify:${run.id}`);
    return { runId: run.id, asOfDay: run.asOfDay, red: run.redCount, yellow: run.yellowCount, notifyJob: notify };
  },
  async 'alerts.notify'(env, payload) {
    const runId = String(payload.runId);
    return { runId, ...(await notifyNewRedAlerts(env.db, runId, env.now)) };
  },
};

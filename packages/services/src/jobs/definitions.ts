// The background jobs, the same definitions on both engines: the inbox feeds
// (import, with the daily consumption of changed meters), detection, and the
// notifications of new red alerts to 一网统管. Each job enqueues the next
// step only when there is something for it: new rows → detection → notify.
// Detection fans out (#15): `detection.run` fixes the as-of day and adds one
// `detection.subdistrict` job per subdistrict, in that subdistrict's queue,
// so any number of worker processes share a city's run and each job reads
// only its subdistrict; after a readings-only feed, only the subdistricts
// whose meters it touched.
import { countDirtyMeters, subdistrictsWithHouses, type Database } from '@sentinel/db';
import { dayToIso, isoToDay } from '@sentinel/domain';
import { notifyNewRedAlerts } from '../outbox/red-alerts.ts';
import { runSubdistrictDetection } from '../whistle/run-detection.ts';
import { defaultAsOfDay, noDetectionData } from '../whistle/load-input.ts';
import { recomputeDailyConsumption } from '../import/recompute-consumption.ts';
import { scanInbox } from '../feeds/scan-inbox.ts';

export const JOB_KINDS = ['feeds.scan', 'detection.run', 'detection.subdistrict', 'alerts.notify'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_LABELS: Record<JobKind, string> = {
  'feeds.scan': '收件箱导入（含日用量计算）',
  'detection.run': '数字吹哨检测（按街道分派）',
  'detection.subdistrict': '数字吹哨检测（单个街道）',
  'alerts.notify': '新红色预警推送一网统管',
};

/** The job being run: its id and key name the trigger of what it stores. */
export interface RunningJob {
  readonly id: number;
  readonly dedupeKey: string | null;
}

export interface JobEnv {
  readonly db: Database;
  readonly now: () => number;
  /** SENTINEL_INBOX; null = no file feeds. */
  readonly inbox: string | null;
  readonly job: RunningJob;
  /** Adds a follow-up job (deduplicated by key), in `queue` (a subdistrict) or this deployment's default queue. */
  enqueue(kind: JobKind, payload: Record<string, unknown>, dedupeKey: string | null, queue?: string): Promise<number | null>;
}

export type JobHandler = (env: JobEnv, payload: Record<string, unknown>) => Promise<Record<string, unknown>>;

function textField(payload: Record<string, unknown>, field: string): string {
  const v = payload[field];
  if (typeof v !== 'string' || v === '') throw new Error(`任务参数缺少 ${field} (job payload: missing ${field})`);
  return v;
}

export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  async 'feeds.scan'(env) {
    if (env.inbox === null) return { skipped: '未配置收件箱 SENTINEL_INBOX' };
    const scan = await scanInbox(env.db, env.inbox, env.now);
    const lastBatch = Math.max(0, ...scan.files.map((f) => f.batchId));
    // New data: detection right after (one run per scan that changed something), of the
    // subdistricts it touched when only readings came (a late meter feed re-scores those).
    const only = scan.changedSubdistricts === null ? {} : { subdistricts: [...scan.changedSubdistricts] };
    const detection = scan.changedRows > 0 ? await env.enqueue('detection.run', { reason: 'feeds', ...only }, `detection:after-batch:${lastBatch}`) : null;
    return { files: scan.files.map((f) => ({ ...f })), changedRows: scan.changedRows, changedSubdistricts: scan.changedSubdistricts, detectionJob: detection };
  },
  async 'detection.run'(env, payload) {
    // Once here, not in every subdistrict job: workers in parallel must not recompute the same meters.
    if ((await countDirtyMeters(env.db)) > 0) await recomputeDailyConsumption(env.db);
    const all = await subdistrictsWithHouses(env.db);
    if (all.length === 0) throw noDetectionData('数据库中没有房屋，请先导入数据');
    // payload.subdistricts: only those (new readings of their meters); absent = every subdistrict.
    const wanted = Array.isArray(payload.subdistricts) ? new Set(payload.subdistricts.filter((x): x is string => typeof x === 'string')) : null;
    const subdistricts = wanted === null ? all : all.filter((s) => wanted.has(s));
    const asOf = typeof payload.asOf === 'string' ? dayToIso(isoToDay(payload.asOf)) : dayToIso(await defaultAsOfDay(env.db));
    const trigger = env.job.dedupeKey ?? `job:${env.job.id}`;
    const jobs: Array<number | null> = [];
    for (const subdistrict of subdistricts) {
      jobs.push(await env.enqueue('detection.subdistrict', { subdistrict, asOf, trigger }, `${trigger}:${subdistrict}`, subdistrict));
    }
    return { asOfDay: asOf, subdistricts: subdistricts.length, jobs };
  },
  async 'detection.subdistrict'(env, payload) {
    const input = { subdistrict: textField(payload, 'subdistrict'), asOf: textField(payload, 'asOf'), trigger: textField(payload, 'trigger') };
    const { run, alreadyStored } = await runSubdistrictDetection(env.db, input, env.now);
    const notify = await env.enqueue('alerts.notify', { runId: run.id }, `notify:${run.id}`, input.subdistrict);
    return {
      runId: run.id, subdistrict: input.subdistrict, asOfDay: run.asOfDay, houses: run.houseCount, red: run.redCount, yellow: run.yellowCount,
      durationMs: run.durationMs, alreadyStored: alreadyStored === true, notifyJob: notify,
    };
  },
  async 'alerts.notify'(env, payload) {
    const runId = String(payload.runId);
    return { runId, ...(await notifyNewRedAlerts(env.db, runId, env.now)) };
  },
};

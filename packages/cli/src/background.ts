// What runs in the server process besides HTTP, each part switched on by the
// configuration: the nightly retention run, the job runner with its schedule
// (inbox feeds when SENTINEL_INBOX is set, daily detection), and the 一网统管
// outbox sender when a webhook is configured.
import path from 'node:path';
import type { Database } from '@sentinel/db';
import { configureCjkFont, type AppOptions } from '@sentinel/server';
import { attachmentsDir, minuteOfDay, retentionTerms, webhookSettings, type Config } from '@sentinel/server/config';
import { ensureInbox, jobEnqueuer, retentionPolicy, runRetention, scheduleDaily, startJobRunner, startJobSchedule, startOutboxWorker } from '@sentinel/services';
import { formatRetentionReport } from './retention-report.ts';

export interface Background {
  /** Options the HTTP app needs to show and act on the background work. */
  readonly appOptions: Partial<AppOptions>;
  /** One line per running part, printed at start. */
  describe(): string[];
  stop(): Promise<void>;
}

export async function startBackground(db: Database, config: Config): Promise<Background> {
  const policy = retentionPolicy(retentionTerms(config)); // a bad term stops the start, not the first night's run
  configureCjkFont({ path: config.cjkFont, name: config.cjkFontName });
  const lines: string[] = [];
  const stops: Array<() => Promise<void> | void> = [];

  const retention = scheduleDaily(minuteOfDay(config.retentionTime), async () => {
    const report = await runRetention(db, { policy, storage: { dir: attachmentsDir(config) } });
    process.stdout.write(formatRetentionReport(report).join('\n') + '\n');
  }, (err) => process.stderr.write(`保留期限清理失败 retention run failed: ${(err as Error).message}\n`));
  stops.push(() => retention.stop());
  lines.push(`保留期限清理 retention:  每天 ${config.retentionTime}`);

  const inbox = config.inbox === null ? null : path.resolve(config.inbox);
  if (inbox !== null) await ensureInbox(inbox);
  const logJobError = (err: unknown, job: { id: number; kind: string }) => process.stderr.write(`后台任务失败 job ${job.kind}#${job.id}: ${(err as Error).message}\n`);
  const runner = startJobRunner({ db, inbox, maxAttempts: config.jobMaxAttempts, onError: logJobError });
  const enqueue = jobEnqueuer(db, Date.now, config.jobMaxAttempts);
  const schedule = startJobSchedule({
    enqueue, now: Date.now, inboxPollMs: inbox === null ? null : config.inboxPollSeconds * 1000, detectionMinuteOfDay: minuteOfDay(config.detectionTime),
    onEnqueued: () => runner.poke(), onError: (err) => logJobError(err, { id: 0, kind: 'schedule' }),
  });
  stops.push(() => runner.stop(), () => schedule.stop());
  lines.push(`收件箱 inbox:          ${inbox ?? '未配置 not configured (SENTINEL_INBOX)'}${inbox ? `（每 ${config.inboxPollSeconds} 秒）` : ''}`);
  lines.push(`每日检测 detection:     每天 ${config.detectionTime}`);

  const webhook = webhookSettings(config);
  if (webhook) {
    const worker = startOutboxWorker(db, webhook, { intervalMs: webhook.pollMs, onError: (err) => process.stderr.write(`一网统管推送出错 webhook outbox: ${(err as Error).message}\n`) });
    stops.push(() => worker.stop());
    lines.push(`一网统管推送 webhook:   ${webhook.url}`);
  } else {
    lines.push('一网统管推送 webhook:   未配置 not configured (SENTINEL_WEBHOOK_URL)');
  }

  return {
    appOptions: {
      jobs: { enqueue: async (kind, payload) => { const id = await enqueue(kind, payload); runner.poke(); return id; }, inbox },
      freshness: { feedDays: config.freshnessFeedDays, runDays: config.freshnessRunDays },
    },
    describe: () => lines,
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

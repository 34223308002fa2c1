// `sentinel worker [--lease-seconds N] [--poll-ms N] [--until-idle] [--id NAME]`:
// a job worker process on PostgreSQL (DATABASE_URL). Any number of them, on
// any machine pointed at the same database, claim jobs from one table (FOR
// UPDATE SKIP LOCKED, a lease renewed while a job runs): a city's detection
// is one job per subdistrict, so adding workers shortens the run. A worker
// killed mid-job (kill -9, a lost machine) leaves its job to be claimed again
// once the lease runs out; the run's unique key keeps it from being stored
// twice. SIGTERM / Ctrl-C finish the current job first. --until-idle exits
// once no job is queued or running (benchmarks, a one-off catch-up).
import { setTimeout as sleep } from 'node:timers/promises';
import { countUnfinishedJobs } from '@sentinel/db';
import { defaultWorkerId, runJobsUntilIdle } from '@sentinel/services';
import { currentConfig, openConfiguredDatabase } from '../configured.ts';
import { parseOptions, runCommand, UsageError } from '../args.ts';

const USAGE = '用法 usage: sentinel worker [--lease-seconds N] [--poll-ms N] [--until-idle] [--id NAME]';

function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UsageError(`参数错误 invalid --${name}: "${raw}" (应为 ${min}-${max} 的整数 must be an integer ${min}-${max})\n${USAGE}`);
  return Number(raw);
}

const mb = (bytes: number) => `${Math.round(bytes / (1 << 20))} MB`;

export async function run(args: string[]): Promise<number> {
  return runCommand(async () => {
    const opts = parseOptions(args, {
      'lease-seconds': { type: 'string' },
      'poll-ms': { type: 'string' },
      'until-idle': { type: 'boolean', default: false },
      id: { type: 'string' },
    });
    const leaseMs = intOption('lease-seconds', opts['lease-seconds'], 60, 2, 3600) * 1000;
    const pollMs = intOption('poll-ms', opts['poll-ms'], 2000, 50, 600_000);
    const config = currentConfig();
    if (config.databaseUrl === null) {
      throw new UsageError('sentinel worker 需要 PostgreSQL 服务器（设置 DATABASE_URL）；嵌入式数据库只能由一个进程打开，其任务由 sentinel serve 在进程内执行 ' +
        '(a worker needs DATABASE_URL: the embedded database is opened by one process, whose server runs the jobs in-process)');
    }
    const workerId = opts.id ?? defaultWorkerId();
    const db = await openConfiguredDatabase(config);
    let stopping = false;
    const stop = new AbortController();
    const onSignal = () => { stopping = true; stop.abort(); };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${workerId} ${line}\n`);
    let done = 0;
    try {
      log(`工作进程已就绪 worker ready (lease ${leaseMs / 1000} s, poll ${pollMs} ms, ${db.location})`);
      for (;;) {
        const ran = await runJobsUntilIdle({
          db, inbox: config.inbox ?? null, maxAttempts: config.jobMaxAttempts, leaseMs, workerId,
          onError: (err, job) => process.stderr.write(`${workerId} 任务失败 job ${job.kind}#${job.id}: ${(err as Error).message}\n`),
          onDone: (job, o) => {
            const r = o.result ?? {};
            const what = typeof r.subdistrict === 'string' ? ` ${r.subdistrict}` : '';
            log(`任务 job #${job.id} ${job.kind}${what} ${o.ok ? '完成 done' : '失败 failed'} ${(o.ms / 1000).toFixed(2)} s` +
              `${o.kept ? '' : '（租约已被接管，结果未记 lease taken over)'} maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
          },
          shouldStop: () => stopping, // after the current job, claim no more
        });
        done += ran;
        // --until-idle: stop when nothing is left, not merely nothing due to this worker (another may be fanning out).
        if (stopping || (opts['until-idle'] && ran === 0 && (await countUnfinishedJobs(db)) === 0)) break;
        try {
          await sleep(pollMs, undefined, { signal: stop.signal });
        } catch {
          break; // SIGTERM while idle
        }
      }
      const usage = process.resourceUsage();
      log(`工作进程退出 worker exits after ${done} job(s), maxRSS ${mb(usage.maxRSS * 1024)}, CPU ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s`);
      return 0;
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await db.close();
    }
  });
}

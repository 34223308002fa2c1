// The in-process job runner, on PGlite and PostgreSQL alike (docs/adr/0003):
// it polls the jobs table, runs one job at a time per queue (a subdistrict),
// keeps a lease on the running job (renewed while it runs, so a crashed
// server's job is taken again after the lease and finished once), retries a
// failed attempt with back-off and marks the job failed after its last one.
// The same loop is `sentinel worker` (#15): any number of worker processes,
// on any machine pointed at the same PostgreSQL, claim from one table.
import { hostname } from 'node:os';
import { claimNextJob, enqueueJob, extendJobLease, failJob, finishJob, type Database } from '@sentinel/db';
import { JOB_HANDLERS, JOB_KINDS, type JobEnv, type JobKind } from './definitions.ts';

export interface JobRunnerOptions {
  readonly db: Database;
  readonly inbox: string | null;
  readonly now?: () => number;
  /** Attempts before a job is marked failed (SENTINEL_JOB_MAX_ATTEMPTS). */
  readonly maxAttempts?: number;
  readonly pollMs?: number;
  readonly leaseMs?: number;
  /** First retry after this long, doubled each attempt. */
  readonly retryMs?: number;
  readonly onError?: (err: unknown, job: { id: number; kind: string }) => void;
  /** Who claims (host:pid by default): jobs.locked_by, shown to the admin. */
  readonly workerId?: string;
  /** Checked between jobs: true = claim no more (a worker asked to stop). */
  readonly shouldStop?: () => boolean;
  /** Called after each job (the worker's log line). */
  readonly onDone?: (job: { id: number; kind: string; queue: string }, outcome: { ok: boolean; ms: number; result: Record<string, unknown> | null; kept: boolean }) => void;
}

/** host:pid, unique across the machines sharing one database. */
export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}`;
}

/** The queue of this database's jobs: its subdistrict (one deployment serves one). */
async function queueName(db: Database): Promise<string> {
  const res = await db.query<{ name: string }>('SELECT name FROM subdistricts ORDER BY id LIMIT 1');
  return res.rows[0]?.name ?? '街道';
}

export function jobEnqueuer(db: Database, now: () => number, maxAttempts: number) {
  return async (kind: JobKind, payload: Record<string, unknown> = {}, dedupeKey: string | null = null, queue?: string): Promise<number | null> =>
    enqueueJob(db, { kind, queue: queue ?? (await queueName(db)), payload, maxAttempts, runAt: new Date(now()), dedupeKey }, new Date(now()));
}

/** Claims and runs one due job; false when none was due. */
export async function runOneJob(o: JobRunnerOptions): Promise<boolean> {
  const now = o.now ?? Date.now;
  const leaseMs = o.leaseMs ?? 60_000;
  const job = await claimNextJob(o.db, new Date(now()), new Date(now() + leaseMs), o.workerId ?? defaultWorkerId());
  if (job === null) return false;
  const t0 = performance.now();
  const heartbeat = setInterval(() => { extendJobLease(o.db, job.id, job.attempt, new Date(now() + leaseMs)).catch(() => undefined); }, Math.max(200, leaseMs / 3));
  heartbeat.unref();
  const enqueue = jobEnqueuer(o.db, now, o.maxAttempts ?? 3);
  const env: JobEnv = { db: o.db, now, inbox: o.inbox, job: { id: job.id, dedupeKey: job.dedupeKey }, enqueue: (kind, payload, key, queue) => enqueue(kind, payload, key, queue) };
  try {
    if (!(JOB_KINDS as readonly string[]).includes(job.kind)) throw new Error(`未知任务类型 unknown job kind: ${job.kind}`);
    const result = await JOB_HANDLERS[job.kind as JobKind](env, job.payload);
    // Not kept when this worker's lease ran out and another took the job over (its result stands).
    const kept = await finishJob(o.db, job.id, job.attempt, new Date(now()), result);
    o.onDone?.(job, { ok: true, ms: performance.now() - t0, result, kept });
  } catch (err) {
    o.onError?.(err, job);
    const message = err instanceof Error ? err.message : String(err);
    const retry = job.attempt < job.maxAttempts ? new Date(now() + (o.retryMs ?? 30_000) * 2 ** (job.attempt - 1)) : null;
    const kept = await failJob(o.db, job.id, job.attempt, new Date(now()), message, retry);
    o.onDone?.(job, { ok: false, ms: performance.now() - t0, result: null, kept });
  } finally {
    clearInterval(heartbeat);
  }
  return true;
}

/** Runs due jobs until none is left (tests, and each tick of the runner). */
export async function runJobsUntilIdle(o: JobRunnerOptions): Promise<number> {
  let n = 0;
  while (!(o.shouldStop?.() ?? false) && (await runOneJob(o))) n += 1;
  return n;
}

/** Polls every pollMs until stopped; `poke()` looks at once (an upload, a click). */
export function startJobRunner(o: JobRunnerOptions): { poke(): void; stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let queued = false;
  const tick = () => {
    if (stopped || queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (!stopped) await runJobsUntilIdle(o);
    }).catch((err: unknown) => o.onError?.(err, { id: 0, kind: 'runner' }));
  };
  const timer = setInterval(tick, o.pollMs ?? 2000);
  tick();
  return {
    poke: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

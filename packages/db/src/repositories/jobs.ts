// The job table's queries. Claiming takes the oldest due job whose queue has
// no other job running under a live lease (one at a time per subdistrict),
// and also a 'running' job whose lease ran out (its worker died): that is how
// a job interrupted by a crash is finished after the restart.
import { desc, eq, sql } from 'drizzle-orm';
import { jobs, type JobStatus } from '../schema/jobs.ts';
import type { SqlSession } from '../session.ts';

export type JobRow = typeof jobs.$inferSelect;

export interface NewJob {
  kind: string;
  queue: string;
  payload?: Record<string, unknown>;
  maxAttempts: number;
  runAt: Date;
  dedupeKey?: string | null;
}

/** Adds a job; with a dedupe key already used, adds nothing and returns null. */
export async function enqueueJob(s: SqlSession, job: NewJob, now: Date): Promise<number | null> {
  const res = await s.query<{ id: string | number }>(
    `INSERT INTO jobs (kind, queue, payload, status, max_attempts, run_at, created_at, dedupe_key)
     VALUES ($1, $2, $3::jsonb, 'queued', $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [job.kind, job.queue, JSON.stringify(job.payload ?? {}), job.maxAttempts, job.runAt.toISOString(), now.toISOString(), job.dedupeKey ?? null]);
  return res.rows.length > 0 ? Number(res.rows[0].id) : null;
}

interface JobSqlRow {
  id: string | number; kind: string; queue: string; payload: Record<string, unknown>; attempts: number; max_attempts: number;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  queue: string;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

export async function claimNextJob(s: SqlSession, now: Date, leaseUntil: Date): Promise<ClaimedJob | null> {
  const res = await s.query<JobSqlRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = $2, started_at = $1, last_error = NULL
      WHERE id = (
        SELECT j.id FROM jobs j
         WHERE ((j.status = 'queued' AND j.run_at <= $1) OR (j.status = 'running' AND j.locked_until < $1))
           AND NOT EXISTS (SELECT 1 FROM jobs r WHERE r.queue = j.queue AND r.status = 'running' AND r.locked_until >= $1 AND r.id <> j.id)
         ORDER BY j.run_at, j.id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, queue, payload, attempts, max_attempts`,
    [now.toISOString(), leaseUntil.toISOString()]);
  const r = res.rows[0];
  return r ? { id: Number(r.id), kind: r.kind, queue: r.queue, payload: r.payload, attempt: r.attempts, maxAttempts: r.max_attempts } : null;
}

export async function extendJobLease(s: SqlSession, id: number, leaseUntil: Date): Promise<void> {
  await s.db.update(jobs).set({ lockedUntil: leaseUntil }).where(eq(jobs.id, id));
}

export async function finishJob(s: SqlSession, id: number, at: Date, result: Record<string, unknown>): Promise<void> {
  await s.db.update(jobs).set({ status: 'succeeded', finishedAt: at, lockedUntil: null, result, lastError: null }).where(eq(jobs.id, id));
}

/** A failed attempt: queued again at `retryAt`, or failed for good when there is none. */
export async function failJob(s: SqlSession, id: number, at: Date, error: string, retryAt: Date | null): Promise<void> {
  await s.db.update(jobs).set(retryAt
    ? { status: 'queued', runAt: retryAt, lockedUntil: null, lastError: error.slice(0, 2000) }
    : { status: 'failed', finishedAt: at, lockedUntil: null, lastError: error.slice(0, 2000) }).where(eq(jobs.id, id));
}

/** An admin runs a failed job again. */
export async function requeueJob(s: SqlSession, id: number, now: Date): Promise<boolean> {
  const res = await s.db.update(jobs).set({ status: 'queued', attempts: 0, runAt: now, finishedAt: null })
    .where(sql`${jobs.id} = ${id} AND ${jobs.status} = 'failed'`).returning({ id: jobs.id });
  return res.length > 0;
}

export async function listJobs(s: SqlSession, status: JobStatus | null, limit: number, offset: number): Promise<{ total: number; rows: JobRow[] }> {
  const where = status ? eq(jobs.status, status) : undefined;
  const [{ n }] = await s.db.select({ n: sql<number>`count(*)::int` }).from(jobs).where(where);
  const rows = await s.db.select().from(jobs).where(where).orderBy(desc(jobs.id)).limit(limit).offset(offset);
  return { total: n, rows };
}

/** The newest succeeded job of a kind (freshness: "last run"). */
export async function lastSucceededJob(s: SqlSession, kind: string): Promise<JobRow | null> {
  const rows = await s.db.select().from(jobs).where(sql`${jobs.kind} = ${kind} AND ${jobs.status} = 'succeeded'`).orderBy(desc(jobs.finishedAt)).limit(1);
  return rows[0] ?? null;
}

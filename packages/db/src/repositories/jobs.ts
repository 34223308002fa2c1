// The job table's queries. Claiming takes the oldest due job whose queue has
// no other job running under a live lease (one at a time per subdistrict),
// and also a 'running' job whose lease ran out (its worker died): that is how
// a job interrupted by a crash is finished by another worker or after the
// restart. Heartbeat, finish and failure are fenced by the claim's attempt
// number, so a worker that lost its lease cannot overwrite the new claim.
import { desc, eq, sql } from 'drizzle-orm';
import { jobs, type JobStatus } from '../schema/jobs.ts';
import type { Database, SqlSession } from '../session.ts';

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
  id: string | number; kind: string; queue: string; payload: Record<string, unknown>; attempts: number; max_attempts: number; dedupe_key: string | null;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  queue: string;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1; also the fencing token of this claim (see finishJob). */
  attempt: number;
  maxAttempts: number;
  dedupeKey: string | null;
}

/** Serialises claims across worker processes (any number, on any machine) for the few ms a claim takes. */
const CLAIM_LOCK = 'SELECT pg_advisory_xact_lock(8615001)';

/**
 * Claims the oldest due job for `worker` (host:pid). Claims are serialised by
 * a transaction-scoped advisory lock, so the "no other job of this queue is
 * running" check holds across processes; FOR UPDATE SKIP LOCKED keeps a claim
 * from waiting on a row another transaction holds. A running job whose lease
 * ran out (its worker died) is claimed again, unless it has used its last
 * attempt: then it is marked failed (a job that kills its worker every time
 * must not be retried for ever).
 */
export async function claimNextJob(db: Database, now: Date, leaseUntil: Date, worker = 'in-process'): Promise<ClaimedJob | null> {
  return db.transaction(async (tx) => {
    await tx.exec(CLAIM_LOCK);
    await tx.query(
      `UPDATE jobs SET status = 'failed', finished_at = $1, locked_until = NULL,
              last_error = '任务执行中断且已用完重试次数（工作进程退出、租约过期） (lease expired on the last attempt)'
        WHERE status = 'running' AND locked_until < $1 AND attempts >= max_attempts`, [now.toISOString()]);
    const res = await tx.query<JobSqlRow>(
      `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = $2, locked_by = $3, started_at = $1, last_error = NULL
        WHERE id = (
          SELECT j.id FROM jobs j
           WHERE ((j.status = 'queued' AND j.run_at <= $1) OR (j.status = 'running' AND j.locked_until < $1))
             AND NOT EXISTS (SELECT 1 FROM jobs r WHERE r.queue = j.queue AND r.status = 'running' AND r.locked_until >= $1 AND r.id <> j.id)
           ORDER BY j.run_at, j.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, queue, payload, attempts, max_attempts, dedupe_key`,
      [now.toISOString(), leaseUntil.toISOString(), worker]);
    const r = res.rows[0];
    return r ? { id: Number(r.id), kind: r.kind, queue: r.queue, payload: r.payload, attempt: r.attempts, maxAttempts: r.max_attempts, dedupeKey: r.dedupe_key } : null;
  });
}

/** The claim `attempt` of job `id`, still running: a worker whose lease was taken over no longer matches. */
const STILL_MINE = 'id = $1 AND attempts = $2 AND status = \'running\'';

/** Renews the lease (the heartbeat); false when the job is no longer this claim's. */
export async function extendJobLease(s: SqlSession, id: number, attempt: number, leaseUntil: Date): Promise<boolean> {
  const res = await s.query(`UPDATE jobs SET locked_until = $3 WHERE ${STILL_MINE}`, [id, attempt, leaseUntil.toISOString()]);
  return res.rowCount > 0;
}

/** Marks this claim's job succeeded; false (nothing written) when another worker has taken it over. */
export async function finishJob(s: SqlSession, id: number, attempt: number, at: Date, result: Record<string, unknown>): Promise<boolean> {
  const res = await s.query(
    `UPDATE jobs SET status = 'succeeded', finished_at = $3, locked_until = NULL, result = $4::jsonb, last_error = NULL WHERE ${STILL_MINE}`,
    [id, attempt, at.toISOString(), JSON.stringify(result)]);
  return res.rowCount > 0;
}

/** A failed attempt: queued again at `retryAt`, or failed for good when there is none (only this claim's). */
export async function failJob(s: SqlSession, id: number, attempt: number, at: Date, error: string, retryAt: Date | null): Promise<boolean> {
  const res = await s.query(retryAt
    ? `UPDATE jobs SET status = 'queued', run_at = $3, locked_until = NULL, last_error = $4 WHERE ${STILL_MINE}`
    : `UPDATE jobs SET status = 'failed', finished_at = $3, locked_until = NULL, last_error = $4 WHERE ${STILL_MINE}`,
  [id, attempt, (retryAt ?? at).toISOString(), error.slice(0, 2000)]);
  return res.rowCount > 0;
}

/** Jobs still to be done (queued, also later retries, or running): a worker with --until-idle stops at 0. */
export async function countUnfinishedJobs(s: SqlSession): Promise<number> {
  const res = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE status IN ('queued', 'running')`);
  return res.rows[0].n;
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

// The admin's view of the background jobs: state, attempts, errors, results;
// run a job now (the inbox, detection); retry a failed one.
import { listJobs, requeueJob, type JobStatus } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { JOB_LABELS, type JobKind } from './definitions.ts';

export interface JobView {
  id: number; kind: string; label: string; queue: string; status: JobStatus; attempts: number; maxAttempts: number;
  runAt: string; createdAt: string; startedAt: string | null; finishedAt: string | null; lastError: string | null; result: Record<string, unknown> | null;
}

export async function listJobViews({ ctx, input }: { ctx: ServiceContext; input: { status: JobStatus | null; limit: number; offset: number } }): Promise<{ total: number; items: JobView[] }> {
  requirePermission(ctx, 'jobs.manage');
  const page = await listJobs(ctx.db, input.status, input.limit, input.offset);
  return {
    total: page.total,
    items: page.rows.map((j) => ({
      id: j.id, kind: j.kind, label: JOB_LABELS[j.kind as JobKind] ?? j.kind, queue: j.queue, status: j.status, attempts: j.attempts, maxAttempts: j.maxAttempts,
      runAt: j.runAt.toISOString(), createdAt: j.createdAt.toISOString(), startedAt: j.startedAt?.toISOString() ?? null,
      finishedAt: j.finishedAt?.toISOString() ?? null, lastError: j.lastError, result: j.result,
    })),
  };
}

export async function retryJob({ ctx, input }: { ctx: ServiceContext; input: { id: number } }): Promise<void> {
  requirePermission(ctx, 'jobs.manage');
  await ctx.db.transaction(async (tx) => {
    if (!(await requeueJob(tx, input.id, new Date(ctx.now())))) throw notFound(`失败的任务 ${input.id}`);
    await recordAudit(tx, ctx, { action: 'job.retry', targetKind: 'job', targetId: String(input.id), detail: {} });
  });
}

/** Audits a job an admin started by hand (the caller enqueues it). */
export async function auditJobStart(ctx: ServiceContext, kind: JobKind, jobId: number | null): Promise<void> {
  requirePermission(ctx, 'jobs.manage');
  await recordAudit(ctx.db, ctx, { action: 'job.start', targetKind: 'job', targetId: String(jobId ?? ''), detail: { kind } });
}

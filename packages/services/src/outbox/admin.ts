// The admin's view of the 一网统管 outbox: what waits, what was delivered,
// what was parked after its last attempt, and a retry for a parked event.
import { listOutboxPage, outboxCounts, retryOutbox, type OutboxState } from '@sentinel/db';
import { requirePermission } from '../auth/permissions.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';

export interface OutboxEventView {
  id: number;
  eventId: string;
  eventType: string;
  state: OutboxState;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
  parkedAt: string | null;
  lastError: string | null;
  payload: Record<string, unknown>;
}

export interface OutboxList {
  total: number;
  counts: Record<OutboxState, number>;
  items: OutboxEventView[];
}

export async function listOutboxEvents({ ctx, input }: { ctx: ServiceContext; input: { state: OutboxState | null; limit: number; offset: number } }): Promise<OutboxList> {
  requirePermission(ctx, 'jobs.manage');
  const page = await listOutboxPage(ctx.db, input.state, input.limit, input.offset);
  return {
    total: page.total,
    counts: await outboxCounts(ctx.db),
    items: page.rows.map((r) => ({
      id: r.id, eventId: r.eventId, eventType: r.eventType,
      state: r.deliveredAt ? 'delivered' : r.parkedAt ? 'parked' : 'pending',
      attempts: r.attempts, createdAt: r.createdAt.toISOString(), nextAttemptAt: r.nextAttemptAt.toISOString(),
      deliveredAt: r.deliveredAt?.toISOString() ?? null, parkedAt: r.parkedAt?.toISOString() ?? null, lastError: r.lastError, payload: r.payload,
    })),
  };
}

export async function retryOutboxEvent({ ctx, input }: { ctx: ServiceContext; input: { id: number } }): Promise<void> {
  requirePermission(ctx, 'jobs.manage');
  await ctx.db.transaction(async (tx) => {
    if (!(await retryOutbox(tx, input.id, new Date(ctx.now())))) throw notFound(`待推送事件 ${input.id}（未送达）`);
    await recordAudit(tx, ctx, { action: 'outbox.retry', targetKind: 'webhook_outbox', targetId: String(input.id), detail: {} });
  });
}

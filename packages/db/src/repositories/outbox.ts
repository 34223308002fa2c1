// The webhook outbox: claim due events with a lease (so two workers never
// send the same event at once), then mark each delivered or rescheduled.
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { webhookOutbox } from '../schema/outbox.ts';
import type { SqlSession } from '../session.ts';

export type OutboxRow = typeof webhookOutbox.$inferSelect;

/** Claims up to `limit` due, undelivered events, pushing their next attempt to `leaseUntil`. */
export async function claimDueOutbox(s: SqlSession, now: Date, leaseUntil: Date, limit: number): Promise<Array<{ id: number; eventId: string; eventType: string; payload: Record<string, unknown>; attempts: number }>> {
  const res = await s.query<{ id: number | string; event_id: string; event_type: string; payload: Record<string, unknown>; attempts: number }>(
    `UPDATE webhook_outbox SET next_attempt_at = $2
      WHERE id IN (SELECT id FROM webhook_outbox WHERE delivered_at IS NULL AND parked_at IS NULL AND next_attempt_at <= $1
                    ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING id, event_id, event_type, payload, attempts`,
    [now.toISOString(), leaseUntil.toISOString(), limit]);
  return res.rows.map((r) => ({ id: Number(r.id), eventId: r.event_id, eventType: r.event_type, payload: r.payload, attempts: r.attempts }))
    .sort((a, b) => a.id - b.id);
}

export async function markOutboxDelivered(s: SqlSession, id: number, at: Date): Promise<void> {
  await s.db.update(webhookOutbox).set({ deliveredAt: at, lastError: null }).where(eq(webhookOutbox.id, id));
}

export async function rescheduleOutbox(s: SqlSession, id: number, attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
  await s.db.update(webhookOutbox).set({ attempts, nextAttemptAt, lastError: error.slice(0, 500) }).where(eq(webhookOutbox.id, id));
}

export async function listOutbox(s: SqlSession): Promise<OutboxRow[]> {
  return s.db.select().from(webhookOutbox).orderBy(webhookOutbox.id);
}

/** After the last allowed attempt: kept, no longer sent, shown to the admin. */
export async function parkOutbox(s: SqlSession, id: number, attempts: number, at: Date, error: string): Promise<void> {
  await s.db.update(webhookOutbox).set({ attempts, parkedAt: at, lastError: error.slice(0, 500) }).where(eq(webhookOutbox.id, id));
}

export type OutboxState = 'pending' | 'parked' | 'delivered';

function stateFilter(state: OutboxState | null) {
  if (state === 'delivered') return isNotNull(webhookOutbox.deliveredAt);
  if (state === 'parked') return and(isNull(webhookOutbox.deliveredAt), isNotNull(webhookOutbox.parkedAt));
  if (state === 'pending') return and(isNull(webhookOutbox.deliveredAt), isNull(webhookOutbox.parkedAt));
  return undefined;
}

/** Newest first, for the admin's view. */
export async function listOutboxPage(s: SqlSession, state: OutboxState | null, limit: number, offset: number): Promise<{ total: number; rows: OutboxRow[] }> {
  const where = stateFilter(state);
  const [{ n }] = await s.db.select({ n: sql<number>`count(*)::int` }).from(webhookOutbox).where(where);
  const rows = await s.db.select().from(webhookOutbox).where(where).orderBy(desc(webhookOutbox.id)).limit(limit).offset(offset);
  return { total: n, rows };
}

export async function outboxCounts(s: SqlSession): Promise<Record<OutboxState, number>> {
  const res = await s.query<{ pending: number; parked: number; delivered: number }>(
    `SELECT count(*) FILTER (WHERE delivered_at IS NULL AND parked_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE delivered_at IS NULL AND parked_at IS NOT NULL)::int AS parked,
            count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered FROM webhook_outbox`);
  return res.rows[0];
}

/** An admin sends a parked (or waiting) event again now, with a fresh count of attempts. Returns false when already delivered or unknown. */
export async function retryOutbox(s: SqlSession, id: number, now: Date): Promise<boolean> {
  const res = await s.db.update(webhookOutbox).set({ parkedAt: null, attempts: 0, nextAttemptAt: now })
    .where(and(eq(webhookOutbox.id, id), isNull(webhookOutbox.deliveredAt))).returning({ id: webhookOutbox.id });
  return res.length > 0;
}

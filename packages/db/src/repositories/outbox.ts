// The webhook outbox: claim due events with a lease (so two workers never
// send the same event at once), then mark each delivered or rescheduled.
import { eq } from 'drizzle-orm';
import { webhookOutbox } from '../schema/outbox.ts';
import type { SqlSession } from '../session.ts';

export type OutboxRow = typeof webhookOutbox.$inferSelect;

/** Claims up to `limit` due, undelivered events, pushing their next attempt to `leaseUntil`. */
export async function claimDueOutbox(s: SqlSession, now: Date, leaseUntil: Date, limit: number): Promise<Array<{ id: number; eventId: string; eventType: string; payload: Record<string, unknown>; attempts: number }>> {
  const res = await s.query<{ id: number | string; event_id: string; event_type: string; payload: Record<string, unknown>; attempts: number }>(
    `UPDATE webhook_outbox SET next_attempt_at = $2
      WHERE id IN (SELECT id FROM webhook_outbox WHERE delivered_at IS NULL AND next_attempt_at <= $1
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

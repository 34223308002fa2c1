// Writes an event for 一网统管 into the outbox, inside the caller's
// transaction: it is sent if and only if the change it reports is committed.
import { webhookOutbox, type SqlSession } from '@sentinel/db';
import { newId } from '../ids.ts';

// case.dispatched: a 待办 notice for 一网统管 (the unit, and the person if one was picked, now has a case to take).
export const OUTBOX_EVENT_TYPES = ['case.opened', 'case.report_attached', 'case.transitioned', 'alert.red', 'case.dispatched'] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

export async function enqueueOutboxEvent(tx: SqlSession, type: OutboxEventType, payload: Record<string, unknown>, at: number): Promise<string> {
  const eventId = newId('evt');
  const when = new Date(at);
  await tx.db.insert(webhookOutbox).values({ eventId, eventType: type, payload: { eventId, type, occurredAt: when.toISOString(), ...payload }, createdAt: when, nextAttemptAt: when });
  return eventId;
}

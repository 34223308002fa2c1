// Outbound webhook to 一网统管: events are written here in the same
// transaction as the change they report, then delivered by a worker with
// retries and back-off. delivered_at set = delivered exactly once.
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const webhookOutbox = pgTable('webhook_outbox', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** Stable id the receiver de-duplicates on (sent as a header). */
  eventId: text('event_id').notNull(),
  eventType: text('event_type').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  lastError: text('last_error'),
  /** Set after the last allowed attempt failed: no longer sent until an admin retries it. */
  parkedAt: timestamp('parked_at', { withTimezone: true }),
}, (t) => [
  // The worker picks due, undelivered events in order.
  index('webhook_outbox_due_idx').on(t.deliveredAt, t.nextAttemptAt),
]);

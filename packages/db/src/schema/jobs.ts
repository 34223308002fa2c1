// Background jobs (#14): one row per job, claimed by the in-process runner
// with FOR UPDATE SKIP LOCKED and a lease (locked_until), so a job of a
// crashed server is taken again after the lease and finished once.
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobs = pgTable('jobs', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind').notNull(),
  /** Jobs of one queue (a subdistrict) run one at a time. */
  queue: text('queue').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status').$type<JobStatus>().notNull(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull(),
  runAt: timestamp('run_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** The worker running it (host:pid); a worker whose lease was taken over cannot finish it. */
  lockedBy: text('locked_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  lastError: text('last_error'),
  result: jsonb('result').$type<Record<string, unknown>>(),
  /** A schedule enqueues with a key (e.g. `detection:2026-12-07`): the same key twice is one job. */
  dedupeKey: text('dedupe_key'),
}, (t) => [
  uniqueIndex('jobs_dedupe_key_idx').on(t.dedupeKey),
  index('jobs_due_idx').on(t.status, t.runAt),
]);

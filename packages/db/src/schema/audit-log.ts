// Append-only audit trail: every view of personal data (who, what, when,
// purpose) and every administrative act. Written in the same transaction as
// the act it records. Never updated, deleted or truncated (triggers refuse it).
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { userRole } from './users.ts';

export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  /** Null for an attempt nobody is signed in for (a failed or throttled sign-in). */
  actorId: text('actor_id'),
  actorRole: userRole('actor_role'),
  /** e.g. `personal_data.view`, `personal_data.reveal`, `attachment.view` (a photo or video seen), `user.create`, `auth.login`. */
  action: text('action').notNull(),
  /** e.g. `house`, `party`, `user`, `case`. */
  targetKind: text('target_kind').notNull(),
  targetId: text('target_id').notNull(),
  /** Why (查看目的), required for personal data. */
  purpose: text('purpose'),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
}, (t) => [
  // "Who looked at this household's people?" (the data subject's question).
  index('audit_log_target_idx').on(t.targetKind, t.targetId, t.at),
  // "What did this user look at?" (supervision).
  index('audit_log_actor_idx').on(t.actorId, t.at),
]);

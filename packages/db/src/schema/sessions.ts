// Login sessions. The cookie carries a random token; only its SHA-256 is
// stored, so a copy of the table cannot be replayed. Each session has its own
// CSRF token, which state-changing requests must echo in a header.
import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [
  // Logging a user out everywhere (deactivation) deletes by user.
  index('sessions_user_idx').on(t.userId),
]);

// Staff accounts and their login sessions.
import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';
import { users } from '../schema/users.ts';
import { sessions } from '../schema/sessions.ts';
import type { SqlSession } from '../session.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export async function insertUser(s: SqlSession, row: NewUserRow): Promise<UserRow> {
  const [created] = await s.db.insert(users).values(row).returning();
  return created;
}

export async function findUserByUsername(s: SqlSession, username: string): Promise<UserRow | null> {
  const rows = await s.db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return rows[0] ?? null;
}

export async function findUserById(s: SqlSession, id: string): Promise<UserRow | null> {
  const rows = await s.db.select().from(users).where(eq(users.id, id));
  return rows[0] ?? null;
}

export async function listUserRows(s: SqlSession): Promise<UserRow[]> {
  return s.db.select().from(users).orderBy(asc(users.role), asc(users.username));
}

/** The columns an account change sets (password, activation); the caller decides which. */
export type UserAccountPatch = Partial<Pick<UserRow,
  'passwordHash' | 'passwordChangedAt' | 'mustChangePassword' | 'active' | 'deactivatedAt' | 'deactivatedBy' | 'failedLogins' | 'lockedUntil'>>;

export async function updateUserAccount(s: SqlSession, id: string, patch: UserAccountPatch): Promise<UserRow> {
  const [row] = await s.db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

/**
 * The active administrators, their rows locked until the transaction ends:
 * two administrators deactivating each other at once cannot both pass the
 * "not the last one" check.
 */
export async function lockActiveAdmins(s: SqlSession): Promise<string[]> {
  const rows = await s.db.select({ id: users.id }).from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true))).orderBy(asc(users.id)).for('update');
  return rows.map((r) => r.id);
}

export async function insertSession(s: SqlSession, row: typeof sessions.$inferInsert): Promise<void> {
  await s.db.insert(sessions).values(row);
}

/** The live session with this token hash and its user, or null (unknown, expired, or user deactivated). */
export async function findLiveSession(s: SqlSession, tokenHash: string, now: Date): Promise<{ session: SessionRow; user: UserRow } | null> {
  const rows = await s.db.select({ session: sessions, user: users }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  return rows[0] ?? null;
}

export async function deleteSession(s: SqlSession, tokenHash: string): Promise<void> {
  await s.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Signs a user out everywhere (deactivation, password reset), or everywhere but one session (own password change). Returns how many ended. */
export async function deleteSessionsOfUser(s: SqlSession, userId: string, exceptTokenHash?: string): Promise<number> {
  const where = exceptTokenHash === undefined
    ? eq(sessions.userId, userId)
    : and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash));
  const res = await s.db.delete(sessions).where(where).returning({ t: sessions.tokenHash });
  return res.length;
}

export async function deleteExpiredSessions(s: SqlSession, now: Date): Promise<number> {
  const res = await s.db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ t: sessions.tokenHash });
  return res.length;
}

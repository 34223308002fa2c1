// Account operations for whoever runs `sentinel user` on the server itself:
// the first administrator of a real deployment (nobody can sign in yet to
// call POST /api/users) and the recovery of a forgotten or locked-out
// password. They go through the same services as the API — same rules, same
// audit rows — acting as the system (actor id 'system', the convention of
// detection runs nobody clicked): access to the server's console and database
// is the authority here, not a session.
import { findUserByUsername, type Database } from '@sentinel/db';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { systemContext } from '../whistle/system-context.ts';
import { createUser, type CreateUserInput } from './create-user.ts';
import type { UserView } from './current-user.ts';
import { resetUserPassword } from './manage-account.ts';

function consoleContext(db: Database, now: () => number): ServiceContext {
  const system = systemContext(db, now);
  return { ...system, user: { ...system.user, displayName: '系统（命令行 sentinel user）' } };
}

/** Creates an account from the console, audited `user.create` by 'system'. */
export function createUserFromConsole(db: Database, input: CreateUserInput, now: () => number = Date.now): Promise<UserView> {
  return createUser({ ctx: consoleContext(db, now), input });
}

/**
 * Resets a password from the console as an administrator's reset does: the
 * lockout is cleared, every session ends and the user must choose a new
 * password at the next sign-in. A deactivated account stays deactivated —
 * reactivation remains an administrator's decision (the returned view says so).
 */
export async function resetPasswordFromConsole(db: Database, input: { username: string; newPassword: string }, now: () => number = Date.now): Promise<UserView> {
  const row = await findUserByUsername(db, input.username.trim());
  if (!row) throw notFound(`用户 ${input.username}`);
  return resetUserPassword({ ctx: consoleContext(db, now), input: { userId: row.id, newPassword: input.newPassword, mustChangePassword: true } });
}

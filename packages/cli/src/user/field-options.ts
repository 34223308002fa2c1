// The command-line option behind each field of a new account, so the
// services' one validation rule (newUserProblem) can point at what to fix.
import type { NewUserField, NewUserProblem } from '@sentinel/services';
import { UsageError } from '../args.ts';

const OPTION_OF: Record<Exclude<NewUserField, 'password'>, string> = {
  username: '--username',
  displayName: '--name',
  role: '--role',
  unitName: '--unit',
  subdistrict: '--subdistrict',
  neighborhood: '--neighborhood',
  communities: '--communities',
  district: '--district',
};

/** A refused field as a one-line usage error; the password is named by where it came from. */
export function problemAsUsage(problem: NewUserProblem, passwordOrigin = '密码 password'): UsageError {
  const where = problem.field === 'password' ? passwordOrigin : OPTION_OF[problem.field];
  return new UsageError(`${where}: ${problem.message}。`);
}

/** "a,b" / "a，b" / "a、b" → ['a', 'b']; absent → null (every compound of the scope). */
export function parseList(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const items = value.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== '');
  return items.length > 0 ? items : null;
}

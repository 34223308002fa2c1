// Password hashing: argon2id (OWASP's first choice) with the library's
// defaults (19 MiB, 2 passes), a prebuilt native binary.
import { hash, verify } from '@node-rs/argon2';
import { MIN_PASSWORD_LENGTH } from '@sentinel/contract';

/** The shortest password (the contract's limit: the request schemas and the web form use the same). */
export { MIN_PASSWORD_LENGTH };

/** The one strength rule, for new accounts, own changes and administrator resets; null = acceptable. */
export function passwordProblem(password: string): string | null {
  return password.length < MIN_PASSWORD_LENGTH ? `密码至少 ${MIN_PASSWORD_LENGTH} 位` : null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

/**
 * A hash of nothing in particular, verified when the user name is unknown so
 * that "no such user" and "wrong password" take the same time.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hash('decoy-password-never-used');
  return decoy;
}

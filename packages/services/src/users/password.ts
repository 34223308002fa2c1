// Password hashing: argon2id (OWASP's first choice) with the library's
// defaults (19 MiB, 2 passes), a prebuilt native binary.
import { hash, verify } from '@node-rs/argon2';
import { MIN_PASSWORD_LENGTH } from '@sentinel/contract';

/** The shortest password (the contract's limit: the request schemas and the web form use the same). */
export { MIN_PASSWORD_LENGTH };

/**
 * Passwords seen first in leaked lists, Chinese sites' included, that meet
 * the length and class rules; compared without case. Guessers try these
 * first, so the sign-in throttle alone would not save them.
 */
const COMMON_PASSWORDS = new Set([
  'password123', 'password1234', 'password12345', 'passw0rd123', 'p@ssw0rd123', 'qwerty12345', 'qwerty123456', 'qwertyuiop1',
  '1q2w3e4r5t', '1qaz2wsx3edc', 'a1234567890', 'abc1234567', 'abc12345678', 'abcd123456', 'abcd1234567', 'a123456789', 'aa123456789',
  'zxcvbnm123', 'asdfghjkl1', 'woaini1314', 'woaini520520', 'iloveyou123', 'admin12345', 'admin123456', 'administrator1',
  'root123456', 'test123456', 'welcome123', 'sentinel123', 'sentinel2026', 'shanghai123', 'shanghai2026', 'qunzu123456',
]);

/** Kinds of character a password mixes: lower-case, upper-case, digits, anything else (symbols, 汉字). */
function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
}

/** The one strength rule, for new accounts, own changes and administrator resets; null = acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (new Set(password).size < 4) return '密码不能由一两个字符反复组成';
  if (characterClasses(password) < 2) return '密码须混合至少两类字符（小写字母、大写字母、数字、符号）';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return '密码过于常见，请换一个';
  return null;
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

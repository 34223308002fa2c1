// Sign-in throttling that nobody can turn against someone else (issue #13).
// The old rule locked an account after 5 wrong passwords, so anyone could
// lock anyone out, and only real names locked, which told which names exist.
//
// Now every failure is counted under three keys, all derived from what was
// typed and where it came from, never from whether the name exists:
//   pair     the name from this address: the guesser's own lane; long delays.
//   address  every name from this address: one machine spraying many names.
//   account  the name from every address: a distributed guess at one account.
//            Its delay is capped low (30 s) because it is the key a stranger
//            shares with the real user: the most a stranger can do is make
//            the user wait 30 s, never lock them out.
// After `free` failures under a key, the next attempt under it is refused
// until a delay that doubles with each further failure (up to `maxMs`); a
// success clears the name's keys; a key is forgotten after `forgetMs` quiet.
// State is in memory, one throttle per open database (one server process
// serves a subdistrict); a restart forgets the counts, which only a person
// with the server's keys can cause.
import type { Database } from '@sentinel/db';

export interface ThrottlePolicy {
  /** Failures allowed before any delay. */
  readonly free: number;
  readonly baseMs: number;
  readonly maxMs: number;
  /** A key with no failure for this long starts again from zero. */
  readonly forgetMs: number;
}

export type ThrottleKind = 'pair' | 'address' | 'account';

export const DEFAULT_THROTTLE_POLICIES: Readonly<Record<ThrottleKind, ThrottlePolicy>> = {
  pair: { free: 5, baseMs: 1_000, maxMs: 15 * 60_000, forgetMs: 60 * 60_000 },
  // A shared office address (NAT) has many honest users who mistype.
  address: { free: 20, baseMs: 1_000, maxMs: 15 * 60_000, forgetMs: 60 * 60_000 },
  account: { free: 10, baseMs: 1_000, maxMs: 30_000, forgetMs: 60 * 60_000 },
};

/** The wait imposed after `failures` consecutive failures under one key. */
export function delayAfter(failures: number, p: ThrottlePolicy): number {
  if (failures < p.free) return 0;
  const doublings = Math.min(failures - p.free, 40);
  return Math.min(p.maxMs, p.baseMs * 2 ** doublings);
}

interface Entry { failures: number; lastFailureAt: number }

export interface ThrottleRefusal {
  readonly kind: ThrottleKind;
  readonly retryAfterMs: number;
}

/** The user name as a throttle key: case and surrounding blanks do not make a new lane. */
export function nameKey(username: string): string {
  return username.trim().toLowerCase();
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policies: Readonly<Record<ThrottleKind, ThrottlePolicy>> = DEFAULT_THROTTLE_POLICIES,
    /** Bound on remembered keys, so a flood of made-up names cannot fill memory; the quietest go first. */
    private readonly maxEntries = 100_000,
  ) {}

  private keys(username: string, address: string): [ThrottleKind, string][] {
    const name = nameKey(username);
    return [['pair', `pair\u0000${name}\u0000${address}`], ['address', `address\u0000${address}`], ['account', `account\u0000${name}`]];
  }

  private live(key: string, kind: ThrottleKind, now: number): Entry | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (now - e.lastFailureAt >= this.policies[kind].forgetMs) {
      this.entries.delete(key);
      return null;
    }
    return e;
  }

  /** The longest wait any key imposes now, or null when the attempt may go ahead. */
  check(username: string, address: string, now: number): ThrottleRefusal | null {
    let worst: ThrottleRefusal | null = null;
    for (const [kind, key] of this.keys(username, address)) {
      const e = this.live(key, kind, now);
      if (!e) continue;
      const retryAfterMs = e.lastFailureAt + delayAfter(e.failures, this.policies[kind]) - now;
      if (retryAfterMs > 0 && (!worst || retryAfterMs > worst.retryAfterMs)) worst = { kind, retryAfterMs };
    }
    return worst;
  }

  fail(username: string, address: string, now: number): void {
    for (const [kind, key] of this.keys(username, address)) {
      const failures = (this.live(key, kind, now)?.failures ?? 0) + 1;
      this.entries.delete(key); // re-insert: Map order is then least recently failed first
      this.entries.set(key, { failures, lastFailureAt: now });
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** A right password clears the name's lanes; the address keeps its count (one good account must not launder a spray). */
  succeed(username: string, address: string): void {
    for (const [kind, key] of this.keys(username, address)) if (kind !== 'address') this.entries.delete(key);
  }

  /** Every lane of a name, from every address (an administrator reset the password). */
  forgetName(username: string): void {
    const name = nameKey(username);
    this.entries.delete(`account\u0000${name}`);
    const pairPrefix = `pair\u0000${name}\u0000`;
    for (const key of [...this.entries.keys()]) if (key.startsWith(pairPrefix)) this.entries.delete(key);
  }
}

const throttles = new WeakMap<Database, LoginThrottle>();

/** The throttle of a database's users: sign-in, password change and reset share it. */
export function loginThrottleOf(db: Database): LoginThrottle {
  let t = throttles.get(db);
  if (!t) {
    t = new LoginThrottle();
    throttles.set(db, t);
  }
  return t;
}

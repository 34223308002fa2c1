// The sign-in throttle's rules as properties (issue #13): delays grow and
// are bounded; a stranger guessing from other addresses can make the real
// user wait at most the account lane's cap, never lock them out; whatever
// is typed, known name or not, the throttle answers alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_THROTTLE_POLICIES, LoginThrottle, delayAfter } from '../../src/index.ts';

const T0 = Date.parse('2026-03-02T09:00:00+08:00');

describe('login throttle', () => {
  it('delays never shrink with more failures and never exceed the cap', () => {
    fc.assert(fc.property(fc.constantFrom('pair', 'address', 'account' as const), fc.nat(200), (kind, n) => {
      const p = DEFAULT_THROTTLE_POLICIES[kind];
      expect(delayAfter(n + 1, p)).toBeGreaterThanOrEqual(delayAfter(n, p));
      expect(delayAfter(n, p)).toBeLessThanOrEqual(p.maxMs);
      expect(delayAfter(n, p) === 0).toBe(n < p.free);
    }));
  });

  it('a stranger failing any number of times from any addresses makes the real user wait at most the account cap', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.ipV4(), fc.nat(5_000)), { minLength: 1, maxLength: 300 }), (attempts) => {
      const t = new LoginThrottle();
      let now = T0;
      for (const [address, gap] of attempts) {
        now += gap;
        if (!t.check('grid1', address, now)) t.fail('grid1', address, now);
      }
      const refusal = t.check('grid1', '10.0.0.1-the-user', now);
      expect(refusal?.retryAfterMs ?? 0).toBeLessThanOrEqual(DEFAULT_THROTTLE_POLICIES.account.maxMs);
      // …and once that wait is over, the user's attempt goes ahead.
      expect(t.check('grid1', '10.0.0.1-the-user', now + DEFAULT_THROTTLE_POLICIES.account.maxMs)).toBeNull();
    }));
  });

  it('one address guessing at one name is slowed down more and more, up to 15 minutes', () => {
    const t = new LoginThrottle();
    let now = T0;
    const waits: number[] = [];
    for (let i = 0; i < 30; i++) {
      const refusal = t.check('admin', '203.0.113.9', now);
      if (refusal) {
        waits.push(refusal.retryAfterMs);
        now += refusal.retryAfterMs;
      }
      t.fail('admin', '203.0.113.9', now);
    }
    expect(waits.length).toBeGreaterThan(20);
    expect(waits[0]).toBe(1_000);
    expect(waits.at(-1)).toBe(15 * 60_000);
    // The same address is throttled on every other name too once it has sprayed enough.
    expect(t.check('someone-else', '203.0.113.9', now)).not.toBeNull();
  });

  it('a success clears the name\'s lanes but not the address\'s; a forgotten name starts again', () => {
    const t = new LoginThrottle();
    for (let i = 0; i < 25; i++) t.fail(`name${i}`, '198.51.100.7', T0);
    expect(t.check('own-account', '198.51.100.7', T0)?.kind).toBe('address');
    t.succeed('own-account', '198.51.100.7');
    expect(t.check('own-account', '198.51.100.7', T0)?.kind).toBe('address');
    for (let i = 0; i < 6; i++) t.fail('Grid2 ', '192.0.2.1', T0);
    expect(t.check('grid2', '192.0.2.1', T0)?.kind).toBe('pair'); // case and blanks do not make a new lane
    t.forgetName('grid2');
    expect(t.check('grid2', '192.0.2.1', T0)).toBeNull();
    expect(t.check('grid2', '192.0.2.1', T0 + 2 * 3600_000)).toBeNull();
  });

  it('remembers a bounded number of keys', () => {
    const t = new LoginThrottle(DEFAULT_THROTTLE_POLICIES, 50);
    for (let i = 0; i < 1_000; i++) t.fail(`made-up-${i}`, `10.0.${i >> 8}.${i & 255}`, T0 + i);
    expect((t as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(50);
  });
});

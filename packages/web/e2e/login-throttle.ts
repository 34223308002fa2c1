// The server allows a few sign-ins per minute per address (a brute-force
// guard, @fastify/rate-limit on POST /api/auth/login); a test suite signs in
// more often than that. On a 429 the tests wait for the condition "the guard
// lets a request through again", not for a fixed minute: the 429's
// Retry-After bounds the wait, and a probe request (an empty body, refused as
// 400 once the window has passed; it signs nobody in and counts against no
// account) is polled until it is no longer 429. The guard itself stays as it is.
import { expect } from 'vitest';
import type { Response } from 'playwright-core';

/** Resolves once the login rate limit lets requests through again. */
export async function waitOutLoginLimit(baseUrl: string, refused: Response): Promise<void> {
  const retryAfter = Number(refused.headers()['retry-after'] ?? '60');
  const bound = (Number.isFinite(retryAfter) ? retryAfter : 60) * 1000 + 30_000;
  await expect.poll(async () => {
    // Node's fetch: no cookies, so no session or CSRF check answers before the rate limit does.
    const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return res.status;
  }, { timeout: bound, interval: 1000 }).not.toBe(429);
}

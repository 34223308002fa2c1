// The server allows a few sign-ins per minute per address (a brute-force
// guard, @fastify/rate-limit on POST /api/auth/login); a test suite signs in
// more often than that. On a 429 the tests wait for the condition "the guard
// lets a request through again", not for a fixed minute: the 429's
// Retry-After bounds the wait, and a probe request (an empty body, refused as
// 400 once the window has passed; it signs nobody in and counts against no
// account) is polled until it is no longer 429. The guard itself stays as it is.
// A plain loop, not expect.poll: signIn also runs in beforeAll hooks, where
// vitest refuses expect.poll.
import type { Response } from 'playwright-core';

/** Resolves once the login rate limit lets requests through again; throws if it has not after Retry-After + 30 s. */
export async function waitOutLoginLimit(baseUrl: string, refused: Response): Promise<void> {
  const retryAfter = Number(refused.headers()['retry-after'] ?? '60');
  const deadline = Date.now() + (Number.isFinite(retryAfter) ? retryAfter : 60) * 1000 + 30_000;
  for (;;) {
    // Node's fetch: no cookies, so no session or CSRF check answers before the rate limit does.
    const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (res.status !== 429) return;
    if (Date.now() > deadline) throw new Error(`the login rate limit still answers 429 after Retry-After + 30 s`);
    // Probe again when the server says the window may have passed (at most 5 s later): each probe counts against the limit too.
    const wait = Number(res.headers.get('retry-after') ?? '1');
    await new Promise((r) => setTimeout(r, Math.min(Math.max(Number.isFinite(wait) ? wait : 1, 1), 5) * 1000));
  }
}

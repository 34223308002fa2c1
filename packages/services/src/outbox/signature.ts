// The signature of a webhook request, and how a receiver checks it:
// X-Sentinel-Signature = `sha256=` + hex HMAC-SHA256(secret, `<timestamp>.<body>`),
// X-Sentinel-Timestamp = Unix seconds. A receiver refuses a request whose
// timestamp is outside its replay window (default 5 minutes) and remembers the
// Idempotency-Key of requests it accepted within that window.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const REPLAY_WINDOW_SECONDS = 300;

export function signPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'malformed' | 'stale' | 'mismatch' };

/** What a receiver (一网统管 or a test double) runs on each request. */
export function verifySignature(
  secret: string, request: { timestamp: string | undefined; signature: string | undefined; body: string },
  nowMs: number, windowSeconds = REPLAY_WINDOW_SECONDS,
): SignatureCheck {
  const { timestamp, signature, body } = request;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > windowSeconds) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

// Delivers the outbox to 一网统管: signed JSON over HTTP(S) POST, one event
// per request, retried with exponential back-off while the receiver is down
// or slow, parked after the last allowed attempt (an admin retries it from
// the cockpit). At least once: the receiver de-duplicates on the idempotency
// key (Idempotency-Key = X-Sentinel-Event-Id; a slow receiver may get an event
// again after we gave up waiting); an event is marked delivered once, on its
// first 2xx answer, and never sent after that.
import { claimDueOutbox, markOutboxDelivered, parkOutbox, rescheduleOutbox, type Database } from '@sentinel/db';
import { signPayload } from './signature.ts';

export interface WebhookTarget {
  readonly url: string;
  /** Shared secret for the HMAC-SHA256 signature. */
  readonly secret: string;
  /** Give up waiting after this many ms (default 5 s). */
  readonly timeoutMs?: number;
  /** Failed attempts before the event is parked (default 12). */
  readonly maxAttempts?: number;
  /** First retry delay (default 10 s), doubled each attempt up to backoffMaxMs (default 1 h). */
  readonly backoffMs?: number;
  readonly backoffMaxMs?: number;
}

export interface DeliveryReport {
  readonly attempted: number;
  readonly delivered: number;
  readonly failed: number;
  /** Of the failed: parked now, after their last allowed attempt. */
  readonly parked: number;
}

/** 10 s, 20 s, 40 s … capped at one hour (or the target's own policy). */
export function backoffMs(attempts: number, baseMs = 10_000, maxMs = 3_600_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
}

async function post(target: WebhookTarget, event: { eventId: string; eventType: string; payload: unknown }, timestamp: string): Promise<string | null> {
  const body = JSON.stringify(event.payload);
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'idempotency-key': event.eventId,
        'x-sentinel-event-id': event.eventId,
        'x-sentinel-event-type': event.eventType,
        'x-sentinel-timestamp': timestamp,
        'x-sentinel-signature': signPayload(target.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(target.timeoutMs ?? 5000),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

export async function deliverOutbox({ db, now, target, limit = 50 }: { db: Database; now: () => number; target: WebhookTarget; limit?: number }): Promise<DeliveryReport> {
  const timeoutMs = target.timeoutMs ?? 5000;
  const maxAttempts = target.maxAttempts ?? 12;
  const start = now();
  // The lease outlasts one request, so a crashed worker's events come back after it.
  const claimed = await claimDueOutbox(db, new Date(start), new Date(start + timeoutMs * 2 + 1000), limit);
  let delivered = 0;
  let failed = 0;
  let parked = 0;
  for (const event of claimed) {
    const error = await post(target, event, String(Math.floor(now() / 1000)));
    if (error === null) {
      await markOutboxDelivered(db, event.id, new Date(now()));
      delivered += 1;
      continue;
    }
    failed += 1;
    const attempts = event.attempts + 1;
    if (attempts >= maxAttempts) {
      await parkOutbox(db, event.id, attempts, new Date(now()), error);
      parked += 1;
    } else {
      await rescheduleOutbox(db, event.id, attempts, new Date(now() + backoffMs(attempts, target.backoffMs, target.backoffMaxMs)), error);
    }
  }
  return { attempted: claimed.length, delivered, failed, parked };
}

/** Runs deliverOutbox every `intervalMs` until stopped; errors are reported, never thrown. */
export function startOutboxWorker(db: Database, target: WebhookTarget, options: { intervalMs?: number; now?: () => number; onError?: (e: unknown) => void } = {}): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const now = options.now ?? Date.now;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : deliverOutbox({ db, now, target }))).catch((e: unknown) => options.onError?.(e));
  }, options.intervalMs ?? 5000);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

// Delivers the outbox to 一网统管: signed JSON over HTTPS POST, one event per
// request, retried with exponential back-off while the receiver is down or
// slow. The receiver de-duplicates on X-Sentinel-Event-Id (a slow receiver
// may get an event again after we gave up waiting); an event is marked
// delivered once, on its first 2xx answer, and never sent after that.
import { createHmac } from 'node:crypto';
import { claimDueOutbox, markOutboxDelivered, rescheduleOutbox, type Database } from '@sentinel/db';

export interface WebhookTarget {
  readonly url: string;
  /** Shared secret for the HMAC-SHA256 signature. */
  readonly secret: string;
  /** Give up waiting after this many ms (default 5 s). */
  readonly timeoutMs?: number;
}

export interface DeliveryReport {
  readonly attempted: number;
  readonly delivered: number;
  readonly failed: number;
}

/** 10 s, 20 s, 40 s … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** `sha256=<hex>` of `<timestamp>.<body>`: the receiver recomputes it and rejects stale timestamps. */
export function signPayload(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function deliverOutbox({ db, now, target, limit = 50 }: { db: Database; now: () => number; target: WebhookTarget; limit?: number }): Promise<DeliveryReport> {
  const timeoutMs = target.timeoutMs ?? 5000;
  const start = now();
  // The lease outlasts one request, so a crashed worker's events come back after it.
  const claimed = await claimDueOutbox(db, new Date(start), new Date(start + timeoutMs * 2 + 1000), limit);
  let delivered = 0;
  let failed = 0;
  for (const event of claimed) {
    const body = JSON.stringify(event.payload);
    const timestamp = String(Math.floor(now() / 1000));
    let error: string | null = null;
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-sentinel-event-id': event.eventId,
          'x-sentinel-event-type': event.eventType,
          'x-sentinel-timestamp': timestamp,
          'x-sentinel-signature': signPayload(target.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    if (error === null) {
      await markOutboxDelivered(db, event.id, new Date(now()));
      delivered += 1;
    } else {
      const attempts = event.attempts + 1;
      await rescheduleOutbox(db, event.id, attempts, new Date(now() + backoffMs(attempts)), error);
      failed += 1;
    }
  }
  return { attempted: claimed.length, delivered, failed };
}

/** Runs deliverOutbox every `intervalMs` until stopped; errors are reported, never thrown. */
export function startOutboxWorker(db: Database, target: WebhookTarget, options: { intervalMs?: number; onError?: (e: unknown) => void } = {}): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? undefined : deliverOutbox({ db, now: Date.now, target }))).catch((e: unknown) => options.onError?.(e));
  }, options.intervalMs ?? 5000);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

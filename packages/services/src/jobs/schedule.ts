// The schedule: the inbox is looked at every SENTINEL_INBOX_POLL_SECONDS, and
// detection runs daily at SENTINEL_DETECTION_TIME (Asia/Shanghai), after the
// night's feeds. Each tick only enqueues a job, under a key naming its slot,
// so two servers (or a restart within the slot) do not add it twice.
import { dayToIso, shanghaiDay } from '@sentinel/domain';
import { scheduleDaily } from '../retention/daily-schedule.ts';
import type { JobKind } from './definitions.ts';

type Enqueue = (kind: JobKind, payload?: Record<string, unknown>, dedupeKey?: string | null) => Promise<number | null>;

export function startJobSchedule(o: {
  enqueue: Enqueue; now: () => number; inboxPollMs: number | null; detectionMinuteOfDay: number;
  onEnqueued: () => void; onError: (err: unknown) => void;
}): { stop(): void } {
  const stops: Array<() => void> = [];
  if (o.inboxPollMs !== null) {
    const poll = o.inboxPollMs;
    const scan = () => { o.enqueue('feeds.scan', {}, `feeds.scan:${Math.floor(o.now() / poll)}`).then(o.onEnqueued, o.onError); };
    scan();
    const timer = setInterval(scan, poll);
    timer.unref();
    stops.push(() => clearInterval(timer));
  }
  const daily = scheduleDaily(o.detectionMinuteOfDay, async () => {
    await o.enqueue('detection.run', { reason: 'schedule' }, `detection:daily:${dayToIso(shanghaiDay(o.now()))}`);
    o.onEnqueued();
  }, o.onError, o.now);
  stops.push(() => daily.stop());
  return { stop: () => { for (const s of stops) s(); } };
}

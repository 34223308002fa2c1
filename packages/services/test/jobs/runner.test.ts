// The job runner's guarantees on both engines, on a moved clock: a job whose
// server died mid-run (lease not renewed) is taken again after the lease and
// finished once; a failing job is retried with back-off, then marked failed
// and can be retried by the admin; a schedule slot enqueues once; one job
// at a time per queue.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimNextJob, listJobs, type Database } from '@sentinel/db';
import { jobEnqueuer, listJobViews, retryJob, runOneJob } from '../../src/index.ts';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { clockAt, ctxFor } from '../closed-loop/fixtures.ts';

const MINUTE = 1 / 1440;

describeEachEngine('job runner', (engine) => {
  let db: Database;
  beforeAll(async () => { db = await engine.open(); });
  afterAll(async () => db.close());

  it('finishes once a job interrupted by a crash, after its lease', async () => {
    const clock = clockAt('2026-12-07T05:00:00+08:00');
    const enqueue = jobEnqueuer(db, clock.now, 3);
    expect(await enqueue('feeds.scan', {}, 'feeds.scan:slot-1')).not.toBeNull();
    expect(await enqueue('feeds.scan', {}, 'feeds.scan:slot-1')).toBeNull(); // the same slot twice is one job
    // A server claims it and dies: no finish, no heartbeat.
    const dead = await claimNextJob(db, new Date(clock.now()), new Date(clock.now() + 60_000));
    expect(dead).toMatchObject({ kind: 'feeds.scan', attempt: 1 });
    // Within the lease nobody else takes it.
    expect(await runOneJob({ db, inbox: null, now: clock.now })).toBe(false);
    clock.advanceDays(2 * MINUTE);
    expect(await runOneJob({ db, inbox: null, now: clock.now })).toBe(true); // restarted server
    expect(await runOneJob({ db, inbox: null, now: clock.now })).toBe(false);
    const { rows } = await listJobs(db, null, 10, 0);
    expect(rows.map((j) => [j.kind, j.status, j.attempts])).toEqual([['feeds.scan', 'succeeded', 2]]);
  });

  it('retries a failing job with back-off, then marks it failed; the admin retries it', async () => {
    const clock = clockAt('2026-12-08T06:00:00+08:00');
    const enqueue = jobEnqueuer(db, clock.now, 2);
    const id = await enqueue('alerts.notify', { runId: 'run_missing' }, null);
    // A notify of a run that is not there finds nothing to send: succeeds with 0 events.
    expect(await runOneJob({ db, inbox: null, now: clock.now })).toBe(true);
    const badId = await enqueue('no.such.kind' as 'feeds.scan', {}, null);
    expect(await runOneJob({ db, inbox: null, now: clock.now, retryMs: 1000 })).toBe(true);
    expect(await runOneJob({ db, inbox: null, now: clock.now, retryMs: 1000 })).toBe(false); // backing off
    clock.advanceDays(MINUTE);
    expect(await runOneJob({ db, inbox: null, now: clock.now, retryMs: 1000 })).toBe(true);
    const admin = ctxFor(db, clock, 'admin', 'whole');
    const failed = await listJobViews({ ctx: admin, input: { status: 'failed', limit: 10, offset: 0 } });
    expect(failed.items.map((j) => [j.id, j.attempts, j.lastError])).toEqual([[badId, 2, expect.stringContaining('unknown job kind')]]);
    await retryJob({ ctx: admin, input: { id: badId as number } });
    expect((await listJobViews({ ctx: admin, input: { status: 'queued', limit: 10, offset: 0 } })).items.map((j) => j.id)).toEqual([badId]);
    const done = await listJobViews({ ctx: admin, input: { status: 'succeeded', limit: 10, offset: 0 } });
    expect(done.items.find((j) => j.id === id)?.result).toMatchObject({ events: 0 });
  });

  it('runs one job at a time per queue', async () => {
    const clock = clockAt('2026-12-09T06:00:00+08:00');
    await db.exec(`DELETE FROM jobs`);
    const enqueue = jobEnqueuer(db, clock.now, 3);
    await enqueue('feeds.scan', {}, null);
    await enqueue('feeds.scan', {}, null);
    const first = await claimNextJob(db, new Date(clock.now()), new Date(clock.now() + 60_000));
    expect(first).not.toBeNull();
    expect(await claimNextJob(db, new Date(clock.now()), new Date(clock.now() + 60_000))).toBeNull();
  });
});

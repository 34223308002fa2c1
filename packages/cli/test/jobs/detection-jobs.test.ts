// Detection as jobs per subdistrict (#15), in one process on both engines:
// the fan-out adds one job per subdistrict; each job scores only its houses
// and stores one run; a job retried after its run was committed stores
// nothing new; a worker whose lease was taken over cannot finish the job.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimNextJob, finishJob, latestSucceededRun, type Database } from '@sentinel/db';
import { ensureInbox, importDataset, jobEnqueuer, runJobsUntilIdle, runOneJob, runSubdistrictDetection } from '@sentinel/services';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { JINGAN_SUBDISTRICTS, writeSubdistrictDataset } from './subdistrict-dataset.ts';

const SUBDISTRICTS = JINGAN_SUBDISTRICTS.slice(0, 3);
let dataset: string;

beforeAll(async () => {
  dataset = await writeSubdistrictDataset({ subdistricts: SUBDISTRICTS, houses: 45, days: 40, seed: 11 });
});
afterAll(async () => { await rm(dataset, { recursive: true, force: true }); });

function movedClock(iso: string) {
  let t = Date.parse(iso);
  return { now: () => t, advanceMs: (ms: number) => { t += ms; } };
}

describeEachEngine('detection jobs per subdistrict', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
    await importDataset(db, dataset);
  });
  afterAll(async () => { await db?.close(); });

  it('fans out one job per subdistrict, each storing one run over only its houses', async () => {
    const clock = movedClock('2026-11-16T06:00:00+08:00');
    const enqueue = jobEnqueuer(db, clock.now, 3);
    await enqueue('detection.run', { reason: 'test' }, 'detection:daily:2026-11-16');
    expect(await runJobsUntilIdle({ db, inbox: null, now: clock.now })).toBe(1 + 2 * SUBDISTRICTS.length); // fan-out, detection and notify per subdistrict
    const jobs = await db.query<{ kind: string; queue: string; status: string; n: number }>(
      `SELECT kind, queue, status, count(*)::int AS n FROM jobs WHERE kind = 'detection.subdistrict' GROUP BY kind, queue, status ORDER BY queue`);
    expect(jobs.rows.sort((a, b) => a.queue.localeCompare(b.queue))).toEqual([...SUBDISTRICTS].sort((a, b) => a.localeCompare(b))
      .map((q) => ({ kind: 'detection.subdistrict', queue: q, status: 'succeeded', n: 1 })));

    const runs = await db.query<{ subdistrict: string; house_count: number; houses: number; alerts: number; foreign: number; run_trigger: string }>(`
      SELECT r.subdistrict, r.house_count, r.run_trigger,
             (SELECT count(*)::int FROM houses h WHERE h.subdistrict = r.subdistrict) AS houses,
             (SELECT count(*)::int FROM alerts a WHERE a.run_id = r.id) AS alerts,
             (SELECT count(*)::int FROM alerts a JOIN houses h ON h.house_id = a.house_id WHERE a.run_id = r.id AND h.subdistrict <> r.subdistrict) AS foreign
        FROM detection_runs r WHERE r.status = 'succeeded' ORDER BY r.subdistrict`);
    expect(runs.rows.map((r) => r.subdistrict).sort()).toEqual([...SUBDISTRICTS].sort());
    for (const r of runs.rows) {
      expect(r.houses).toBeGreaterThan(0);
      expect({ count: r.house_count, alerts: r.alerts, foreign: r.foreign, trigger: r.run_trigger }).toEqual({ count: r.houses, alerts: r.houses, foreign: 0, trigger: 'detection:daily:2026-11-16' });
    }
    // Each subdistrict's cockpit shows its own run.
    for (const s of SUBDISTRICTS) expect((await latestSucceededRun(db, s))?.subdistrict).toBe(s);
  });

  it('a job retried after its run was committed stores nothing new', async () => {
    const job = await db.query<{ payload: { subdistrict: string; asOf: string; trigger: string } }>(
      `SELECT payload FROM jobs WHERE kind = 'detection.subdistrict' ORDER BY id LIMIT 1`);
    const { payload } = job.rows[0];
    const before = await db.query<{ runs: number; alerts: number }>('SELECT (SELECT count(*)::int FROM detection_runs) AS runs, (SELECT count(*)::int FROM alerts) AS alerts');
    const again = await runSubdistrictDetection(db, payload);
    expect(again.alreadyStored).toBe(true);
    expect(again.run.subdistrict).toBe(payload.subdistrict);
    const after = await db.query<{ runs: number; alerts: number }>('SELECT (SELECT count(*)::int FROM detection_runs) AS runs, (SELECT count(*)::int FROM alerts) AS alerts');
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('a worker whose lease ran out cannot finish the job another worker took over', async () => {
    const clock = movedClock('2026-11-17T06:00:00+08:00');
    const enqueue = jobEnqueuer(db, clock.now, 3);
    const id = await enqueue('alerts.notify', { runId: 'run_none' }, 'notify:lease-test');
    const stale = await claimNextJob(db, new Date(clock.now()), new Date(clock.now() + 5_000), 'host-a:1');
    expect(stale).toMatchObject({ id, attempt: 1 });
    clock.advanceMs(6_000); // host-a stopped renewing: its lease ran out
    expect(await runOneJob({ db, inbox: null, now: clock.now, workerId: 'host-b:2' })).toBe(true);
    expect(await finishJob(db, id as number, 1, new Date(clock.now()), { late: true })).toBe(false);
    const row = await db.query<{ status: string; attempts: number; locked_by: string; result: Record<string, unknown> }>(
      'SELECT status, attempts, locked_by, result FROM jobs WHERE id = $1', [id]);
    expect(row.rows[0]).toMatchObject({ status: 'succeeded', attempts: 2, locked_by: 'host-b:2', result: { events: 0 } });
  });

  it('a job whose worker died on its last attempt is marked failed, not retried for ever', async () => {
    const clock = movedClock('2026-11-18T06:00:00+08:00');
    const id = await jobEnqueuer(db, clock.now, 1)('alerts.notify', { runId: 'run_none' }, 'notify:last-attempt');
    expect(await claimNextJob(db, new Date(clock.now()), new Date(clock.now() + 5_000), 'host-a:1')).toMatchObject({ id, attempt: 1 });
    clock.advanceMs(6_000);
    expect(await runOneJob({ db, inbox: null, now: clock.now })).toBe(false);
    const row = await db.query<{ status: string; last_error: string }>('SELECT status, last_error FROM jobs WHERE id = $1', [id]);
    expect(row.rows[0].status).toBe('failed');
    expect(row.rows[0].last_error).toContain('lease expired');
  });

  it('a late meter feed re-scores only the subdistricts whose meters it touched', async () => {
    const clock = movedClock('2026-11-19T06:00:00+08:00');
    const [late] = SUBDISTRICTS;
    const meter = (await db.query<{ meter_id: string; last: number }>(`
      SELECT m.meter_id, (SELECT max(r.value) FROM readings r WHERE r.meter_ref = m.id)::float8 AS last
        FROM meters m JOIN houses h ON h.house_id = m.house_id WHERE h.subdistrict = $1 AND m.kind = 'water' ORDER BY m.meter_id LIMIT 1`, [late])).rows[0];
    const inbox = await mkdtemp(join(tmpdir(), 'sentinel-late-feed-'));
    try {
      await ensureInbox(inbox);
      await writeFile(join(inbox, 'readings-water', 'late.csv'),
        `meter_id,read_at,value,estimated\n${meter.meter_id},2026-11-16T00:00:00,${meter.last + 0.4},0\n${meter.meter_id},2026-11-17T00:00:00,${meter.last + 0.9},0\n`);
      await jobEnqueuer(db, clock.now, 3)('feeds.scan', {}, 'feeds.scan:late');
      await runJobsUntilIdle({ db, inbox, now: clock.now });
      const scan = await db.query<{ result: { changedSubdistricts: string[]; detectionJob: number } }>(`SELECT result FROM jobs WHERE dedupe_key = 'feeds.scan:late'`);
      expect(scan.rows[0].result.changedSubdistricts).toEqual([late]);
      const jobs = await db.query<{ subdistrict: string; status: string }>(`
        SELECT j.payload->>'subdistrict' AS subdistrict, j.status FROM jobs j, jobs f
         WHERE f.id = $1 AND j.kind = 'detection.subdistrict' AND j.payload->>'trigger' = f.dedupe_key`, [scan.rows[0].result.detectionJob]);
      expect(jobs.rows).toEqual([{ subdistrict: late, status: 'succeeded' }]);
    } finally {
      await rm(inbox, { recursive: true, force: true });
    }
  });
});

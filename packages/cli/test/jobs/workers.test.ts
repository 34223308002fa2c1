// Worker processes on real PostgreSQL (#15 "Done when"): a 10-subdistrict
// detection is shared by `sentinel worker` processes, each subdistrict stored
// exactly once, and one worker killed with SIGKILL in the middle of a job
// loses nothing: its job is claimed again after the lease and finished by a
// surviving worker, and no duplicate run is stored.
//
// To kill a worker mid-job for certain (not "probably mid-job"), the test
// holds, uncommitted, a run row with the key of each of the two subdistricts
// claimed last: the worker that reaches the insert of such a run waits on the
// unique key, inside its job. Once both workers wait there (each having
// finished some of the other eight), one is killed and the gate rolled back.
// Every wait is a condition.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@sentinel/db';
import { importDataset, jobEnqueuer } from '@sentinel/services';
import { createServerDatabase } from '../../../db/test/engines.ts';
import { JINGAN_SUBDISTRICTS, writeSubdistrictDataset } from './subdistrict-dataset.ts';

const BIN = fileURLToPath(new URL('../../bin/sentinel.js', import.meta.url));
const PG_URL = process.env.TEST_DATABASE_URL;
const TRIGGER = 'detection:workers-test';
const AS_OF = '2026-11-15';

interface Worker { id: string; child: ChildProcess; out: string; exited: Promise<number | null> }

async function waitFor<T>(what: string, probe: () => Promise<T | null | false> | T | null | false, timeoutMs = 150_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100)); // poll interval of a condition, not a fixed wait
  }
}

function startWorker(id: string, url: string): Worker {
  const child = spawn(process.execPath, [BIN, 'worker', '--id', id, '--lease-seconds', '3', '--poll-ms', '100'], {
    env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: Worker = { id, child, out: '', exited: new Promise((r) => child.once('exit', (code) => r(code))) };
  child.stdout?.on('data', (d: Buffer) => { w.out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { w.out += d.toString(); });
  return w;
}

const ready = (w: Worker) => waitFor(`${w.id} ready`, () => w.out.includes('worker ready') || (w.child.exitCode !== null ? Promise.reject(new Error(`${w.id} exited: ${w.out}`)) : false));

const suite = PG_URL ? describe : process.env.CI === 'true' ? describe : describe.skip;

suite('worker processes on PostgreSQL', () => {
  let dataset: string;
  let server: { url: string; drop: () => Promise<void> };
  let db: Database;
  const workers: Worker[] = [];

  beforeAll(async () => {
    if (!PG_URL) throw new Error('TEST_DATABASE_URL 未设置：CI 中必须在 PostgreSQL 上运行 (TEST_DATABASE_URL is not set)');
    dataset = await writeSubdistrictDataset({ subdistricts: JINGAN_SUBDISTRICTS, houses: 120, days: 40, seed: 5 });
    server = await createServerDatabase();
    db = await openDatabase({ databaseUrl: server.url });
    await importDataset(db, dataset);
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await db?.close();
    await server?.drop();
    if (dataset) await rm(dataset, { recursive: true, force: true });
  });

  it('two workers split a 10-subdistrict detection, each subdistrict once, and survive a kill -9 of one mid-job', async () => {
    const a = startWorker('worker-a', server.url);
    const b = startWorker('worker-b', server.url);
    workers.push(a, b);
    await Promise.all([ready(a), ready(b)]);

    // Gates on the two subdistricts claimed last: an uncommitted run row with
    // their key, so a worker's insert of that run waits, inside its job.
    const order = (await db.query<{ subdistrict: string }>('SELECT DISTINCT subdistrict FROM houses ORDER BY subdistrict')).rows.map((r) => r.subdistrict);
    const gated = order.slice(-2);
    const gate = new pg.Client({ connectionString: server.url });
    await gate.connect();
    let killedJob = 0;
    try {
      await gate.query('BEGIN');
      for (const s of gated) {
        await gate.query(`INSERT INTO detection_runs (id, started_at, finished_at, as_of_day, model_version, params, status, triggered_by, duration_ms, subdistrict, run_trigger)
          VALUES ($1, now(), now(), $2, 'gate', '{}', 'succeeded', 'test', 0, $3, $4)`, [`run_gate_${gated.indexOf(s)}`, AS_OF, s, TRIGGER]);
      }
      await jobEnqueuer(db, Date.now, 3)('detection.run', { reason: 'test', asOf: AS_OF }, TRIGGER);

      const gatedJobOf = async (w: string) => {
        const r = await db.query<{ id: string }>(
          `SELECT id FROM jobs WHERE kind = 'detection.subdistrict' AND status = 'running' AND locked_by = $1 AND payload->>'subdistrict' = ANY($2::text[])`, [w, gated]);
        return r.rows[0] ? Number(r.rows[0].id) : null;
      };
      // Both workers went through the other eight subdistricts and are now each inside a gated job.
      killedJob = await waitFor('worker-a inside a gated detection job', () => gatedJobOf('worker-a'));
      await waitFor('worker-b inside a gated detection job', () => gatedJobOf('worker-b'));
      a.child.kill('SIGKILL');
      await a.exited;
      await gate.query('ROLLBACK'); // the gate rows vanish; worker-b goes on, alone
    } finally {
      await gate.end();
    }

    // Done = the fan-out, ten detection jobs and their ten notifications, all succeeded.
    const done = await waitFor('every job succeeded', async () => {
      const r = await db.query<{ id: string; kind: string; status: string; attempts: number; locked_by: string; subdistrict: string }>(
        `SELECT id, kind, status, attempts, locked_by, payload->>'subdistrict' AS subdistrict FROM jobs`);
      return r.rows.length === 1 + 2 * JINGAN_SUBDISTRICTS.length && r.rows.every((j) => j.status === 'succeeded')
        ? r.rows.filter((j) => j.kind === 'detection.subdistrict') : null;
    });

    // Each subdistrict once: one job and one stored run each, under this trigger.
    expect(done.map((j) => j.subdistrict).sort()).toEqual([...JINGAN_SUBDISTRICTS].sort());
    const runs = await db.query<{ subdistrict: string; n: number; alerts: number; houses: number }>(`
      SELECT r.subdistrict, count(*)::int AS n, sum((SELECT count(*) FROM alerts a WHERE a.run_id = r.id))::int AS alerts,
             (SELECT count(*)::int FROM houses h WHERE h.subdistrict = r.subdistrict) AS houses
        FROM detection_runs r WHERE r.run_trigger = $1 GROUP BY r.subdistrict`, [TRIGGER]);
    expect(runs.rows.map((r) => r.subdistrict).sort()).toEqual([...JINGAN_SUBDISTRICTS].sort());
    for (const r of runs.rows) expect({ s: r.subdistrict, n: r.n, alerts: r.alerts }).toEqual({ s: r.subdistrict, n: 1, alerts: r.houses });
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM detection_runs`)).rows[0].n).toBe(JINGAN_SUBDISTRICTS.length);

    // The two workers split the work; the killed worker's job was claimed again and finished by the survivor.
    const killed = done.find((j) => Number(j.id) === killedJob);
    expect(killed).toMatchObject({ attempts: 2, locked_by: 'worker-b' });
    expect(done.filter((j) => j.attempts !== 1).map((j) => Number(j.id))).toEqual([killedJob]);
    const byWorker = new Map<string, number>();
    for (const j of done) byWorker.set(j.locked_by, (byWorker.get(j.locked_by) ?? 0) + 1);
    expect(byWorker.get('worker-a')).toBeGreaterThan(0); // finished before it was killed
    expect(byWorker.get('worker-b')).toBeGreaterThan(1);
    expect([...byWorker.keys()].sort()).toEqual(['worker-a', 'worker-b']);

    // A worker stops cleanly on SIGTERM.
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  });
});


// `npm run bench:workers`: detection as jobs per subdistrict (#15) on
// PostgreSQL with 1 and then 2 `sentinel worker` processes: wall time, the
// span from the first job's start to the last one's end, per-job time and
// peak RSS per worker; then what each big table costs on disk per row
// (pg_column_size, pg_relation_size, pg_indexes_size), the figures
// docs/scale.md multiplies up to a city.
//
// BENCH_DATABASE_URL (default TEST_DATABASE_URL) names a PostgreSQL server;
// the bench creates and drops its own database there (BENCH_KEEP=1 keeps
// it). Size: BENCH_WORKERS_HOUSES (default 2000) houses, one year, split into
// BENCH_WORKERS_SUBDISTRICTS (default 8) subdistricts. A few minutes on a
// shared 2-core machine; the 1,000,000-dwelling bench of the issue is not for
// this machine (docs/performance.md).
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '@sentinel/db';
import { importDataset, jobEnqueuer } from '@sentinel/services';
import { JINGAN_SUBDISTRICTS, writeSubdistrictDataset } from '../packages/cli/test/jobs/subdistrict-dataset.ts';

const SENTINEL = join(import.meta.dirname, '..', 'packages/cli/bin/sentinel.js');
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const HOUSES = Number(process.env.BENCH_WORKERS_HOUSES ?? 2000);
const SUBDISTRICTS = Number(process.env.BENCH_WORKERS_SUBDISTRICTS ?? 8);
const NAME = 'sentinel_bench_workers';
const TABLES = ['readings', 'meter_daily_consumption', 'access_events', 'complaints', 'houses', 'meters', 'alerts', 'detection_runs', 'jobs'];

if (!SERVER) throw new Error('BENCH_DATABASE_URL (or TEST_DATABASE_URL) must name a PostgreSQL server');
if (SUBDISTRICTS > JINGAN_SUBDISTRICTS.length) throw new Error(`at most ${JINGAN_SUBDISTRICTS.length} subdistricts`);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

interface WorkerRun { id: string; exitMs: number; maxRssMb: number; jobs: number; cpuS: number }

function runWorker(id: string, url: string, t0: number): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SENTINEL, 'worker', '--id', id, '--until-idle', '--poll-ms', '200'], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => {
      if (code !== 0) { reject(new Error(`${id} exited ${code}: ${out}`)); return; }
      const last = /exits after (\d+) job\(s\), maxRSS (\d+) MB, CPU ([\d.]+) s/.exec(out);
      resolve({ id, exitMs: performance.now() - t0, maxRssMb: Number(last?.[2] ?? NaN), jobs: Number(last?.[1] ?? NaN), cpuS: Number(last?.[3] ?? NaN) });
    });
  });
}

const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const names = JINGAN_SUBDISTRICTS.slice(0, SUBDISTRICTS);
const load0 = loadavg();
process.stderr.write(`generating ${HOUSES} houses x 365 days in ${SUBDISTRICTS} subdistricts …\n`);
const dataset = await writeSubdistrictDataset({ subdistricts: names, houses: HOUSES, days: 365, seed: 2026 });
await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
await admin(`CREATE DATABASE ${NAME}`);
const url = new URL(SERVER);
url.pathname = `/${NAME}`;
const db = await openDatabase({ databaseUrl: url.toString() });
try {
  const ti = performance.now();
  await importDataset(db, dataset);
  const importS = (performance.now() - ti) / 1000;
  process.stderr.write(`imported in ${fmt(importS)} s\n`);
  const rows: string[] = [];
  for (const workers of [1, 2]) {
    const trigger = `bench:${workers}w`;
    await jobEnqueuer(db, Date.now, 3)('detection.run', { reason: 'bench' }, trigger);
    const t0 = performance.now();
    const runs = await Promise.all(Array.from({ length: workers }, (_, i) => runWorker(`w${i + 1}`, url.toString(), t0)));
    const wallS = Math.max(...runs.map((r) => r.exitMs)) / 1000;
    const span = await db.query<{ span: number; jobs: number; mean_ms: number; max_ms: number; houses: number }>(`
      SELECT extract(epoch FROM max(finished_at) - min(started_at))::float8 AS span, count(*)::int AS jobs,
             avg((result->>'durationMs')::float8)::float8 AS mean_ms, max((result->>'durationMs')::float8)::float8 AS max_ms,
             sum((result->>'houses')::int)::int AS houses
        FROM jobs WHERE kind = 'detection.subdistrict' AND payload->>'trigger' = $1`, [trigger]);
    const s = span.rows[0];
    rows.push(`| ${workers} | ${fmt(wallS)} s | ${fmt(Number(s.span))} s | ${s.jobs} (${s.houses} houses) | ${fmt(Number(s.mean_ms) / 1000, 2)} s / ${fmt(Number(s.max_ms) / 1000, 2)} s | ` +
      `${runs.map((r) => `${r.id}: ${r.jobs} jobs, ${r.maxRssMb} MB, ${fmt(r.cpuS)} s CPU`).join('; ')} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const sizes = await Promise.all(TABLES.map(async (t) => {
    const r = await db.query<{ n: number; avg: number; heap: number; idx: number; total: number }>(`
      SELECT (SELECT count(*) FROM ${t})::float8 AS n, (SELECT avg(pg_column_size(x.*)) FROM ${t} x)::float8 AS avg,
             pg_relation_size('${t}')::float8 AS heap, pg_indexes_size('${t}')::float8 AS idx, pg_total_relation_size('${t}')::float8 AS total`);
    const v = r.rows[0];
    const per = (bytes: number) => (v.n > 0 ? fmt(Number(bytes) / Number(v.n), 0) : '—');
    return `| ${t} | ${fmt(Number(v.n), 0)} | ${v.avg === null ? '—' : fmt(Number(v.avg), 0)} | ${per(v.heap)} | ${per(v.idx)} | ${per(v.total)} | ${fmt(Number(v.total) / 2 ** 20)} MB |`;
  }));
  const load1 = loadavg();
  process.stdout.write([
    `## detection workers bench: ${HOUSES} houses x 1 year in ${SUBDISTRICTS} subdistricts, PostgreSQL ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v}`,
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${fmt(totalmem() / 2 ** 30)} GB; load average ${load0.map((l) => fmt(l, 2)).join(' ')} at start, ${load1.map((l) => fmt(l, 2)).join(' ')} at end`,
    `import: ${fmt(importS)} s`,
    '',
    '| workers | wall (spawn → last exit) | jobs span (first start → last end) | subdistrict jobs | per job mean / max (wall) | per worker (peak RSS, CPU incl. start-up) |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '| table | rows | tuple bytes (avg pg_column_size) | heap bytes/row | index bytes/row | total bytes/row | total |',
    '|---|---|---|---|---|---|---|',
    ...sizes,
    '',
  ].join('\n'));
} finally {
  await db.close();
  if (process.env.BENCH_KEEP !== '1') await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await rm(dataset, { recursive: true, force: true });
}

// `node --import tsx bench/startup.ts`: how long `sentinel serve` takes from
// process spawn until /api/health answers 200, run from the compiled
// JavaScript (what `npm start` runs, ADR 0002) and from the TypeScript
// sources through tsx (SENTINEL_FROM_SOURCE=1, what a fresh edit runs).
// Each mode is started RUNS times (default 5) on the same embedded database
// (the e2e demo district: 400 houses, 120 days, generated and imported once
// under /tmp/sentinel-startup-bench); the table gives the median and the
// worst, with the machine and its load average, since this machine is
// shared and start-up is mostly CPU-bound module loading.
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { CLI, REPO_ROOT, startSentinel } from '../packages/web/e2e/server.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const DATA_DIR = process.env.SENTINEL_STARTUP_BENCH_DIR ?? '/tmp/sentinel-startup-bench/data';

interface Timing { listenMs: number; healthMs: number }

/** Spawns `sentinel serve` and times the first 200 of /api/health. */
async function timeOneStart(fromSource: boolean): Promise<Timing> {
  const env = { ...process.env, SENTINEL_DATA_DIR: DATA_DIR, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SENTINEL_FROM_SOURCE: fromSource ? '1' : '0' };
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (d: Buffer) => {
        output += d.toString();
        const m = /Sentinel is running: (http:\/\/[^/\s]+)\//.exec(output);
        if (m) resolve(m[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => reject(new Error(`sentinel serve exited (${code}):\n${output}`)));
    });
    const listenMs = performance.now() - t0;
    // A benchmark may poll: it measures, it asserts nothing.
    for (;;) {
      const res = await fetch(`${url}/api/health`).catch(() => null);
      if (res?.status === 200) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return { listenMs, healthMs: performance.now() - t0 };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  // The compiled build must be fresh, or the "compiled" runs would fall back to tsx.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'packages/cli/build/compile.js'), '--if-stale'], { stdio: 'inherit' });
  const prepared = await startSentinel({ dataDir: DATA_DIR, timeoutMs: 900_000 });
  await prepared.stop();
  process.stdout.write(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  process.stdout.write(`dataset: the e2e demo district (400 houses, 120 days) in ${DATA_DIR}; ${RUNS} starts per mode\n\n`);
  process.stdout.write('| mode | listening (median) | /api/health 200 (median) | worst |\n| --- | --- | --- | --- |\n');
  for (const [label, fromSource] of [['compiled JavaScript (npm start)', false], ['TypeScript through tsx', true]] as const) {
    const runs: Timing[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeOneStart(fromSource));
    const health = runs.map((r) => r.healthMs);
    process.stdout.write(`| ${label} | ${sec(median(runs.map((r) => r.listenMs)))} | ${sec(median(health))} | ${sec(Math.max(...health))} |\n`);
  }
  process.stdout.write(`\nload average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
}

await main();

// `npm run bench:detect`: times `sentinel detect` end to end (files → alerts.csv)
// on a generated 20,000-house year, and the detection engine alone on 20,000
// and 100,000 houses, each in a fresh process so peak memory (maxRSS) and CPU
// time (user + sys, every thread) are its own. Datasets are generated under
// /tmp (never in the repo) and reused. BENCH_DETECT_HOUSES=20000,100000 times
// the command on each of those district sizes (a 100,000-house year takes
// minutes to generate and ~4.5 GB of disk).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BENCH_DIR = process.env.SENTINEL_BENCH_DIR ?? '/tmp/sentinel-bench';
const SENTINEL = join(ROOT, 'packages/cli/bin/sentinel.js');

interface Measure { label: string; seconds: number; cpuSeconds: number; maxRssMb: number; detail: string }

function timed(label: string, args: string[], detail: string): Measure {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  const rssLine = /MAXRSS_KB=(\d+)/.exec(r.stdout + r.stderr);
  const engine = /ENGINE_S=([\d.]+)/.exec(r.stdout);
  const cpu = /CPU_S=([\d.]+)/.exec(r.stdout);
  return {
    label, seconds: engine ? Number(engine[1]) : seconds, cpuSeconds: cpu ? Number(cpu[1]) : Number.NaN,
    maxRssMb: rssLine ? Number(rssLine[1]) / 1024 : Number.NaN, detail,
  };
}

function ensureDemo(houses: number, seed: number): string {
  const dir = join(BENCH_DIR, `demo-${houses}-${seed}`);
  if (!existsSync(join(dir, 'houses.csv'))) {
    process.stderr.write(`generating ${houses} houses → ${dir} …\n`);
    execFileSync(process.execPath, [SENTINEL, 'demo', '--out', dir, '--houses', String(houses), '--seed', String(seed), '--days', '365'], { stdio: 'inherit' });
  }
  return dir;
}

const mode = process.argv[2];
if (mode === '--engine') {
  // child: the engine alone on a synthetic district of N houses × 365 days
  const houses = Number(process.argv[3]);
  const { synthesize } = await import('../packages/detection/test/helpers/synthetic.ts');
  const { detect } = await import('../packages/detection/src/detect.ts');
  const { input } = synthesize({ houses, days: 365, seed: 1 });
  const t = performance.now();
  const r = detect(input);
  const s = (performance.now() - t) / 1000;
  console.log(`ENGINE_S=${s.toFixed(2)} ALERTS=${r.alerts.length} MAXRSS_KB=${process.resourceUsage().maxRSS}`);
} else if (mode === '--cli') {
  // child: the real command, in this process so maxRSS is the command's
  const { main } = await import('../packages/cli/src/main.ts');
  const code = await main(['detect', '--data', process.argv[3], '--out', process.argv[4], '--quiet']);
  const u = process.resourceUsage();
  console.log(`MAXRSS_KB=${u.maxRSS} CPU_S=${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)}`);
  process.exitCode = code;
} else {
  const results: Measure[] = [];
  const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
  const sizes = (process.env.BENCH_DETECT_HOUSES ?? '20000').split(',').map(Number).filter((n) => n > 0);
  for (const houses of sizes) {
    const d = ensureDemo(houses, houses === 20_000 ? 2026 : 99);
    const label = `detect CLI, ${houses.toLocaleString('en')} houses, 1 year (files → alerts.csv)`;
    results.push(timed(label, ['--import', 'tsx', import.meta.filename, '--cli', d, join(BENCH_DIR, `alerts-${houses}.csv`)], d));
  }
  for (const n of [20_000, 100_000]) {
    const m = timed(`engine only, ${n.toLocaleString('en')} houses × 365 days (water + electricity)`, ['--import', 'tsx', import.meta.filename, '--engine', String(n)], 'synthetic DailyMatrix');
    results.push(m);
  }
  console.log(`load average before/after: ${loadBefore} / ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('| run | wall time (s) | CPU user+sys (s) | peak RSS (MB) |\n|---|---|---|---|');
  for (const r of results) console.log(`| ${r.label} | ${r.seconds.toFixed(1)} | ${Number.isNaN(r.cpuSeconds) ? '—' : r.cpuSeconds.toFixed(1)} | ${r.maxRssMb.toFixed(0)} |`);
}

// `node --import tsx bench/load.ts`: concurrent clients against a real
// `sentinel serve` on loopback, over the main reads (alerts list, household
// file, map areas, cases list) and writes (case transitions: 改派 reassign on
// dispatched cases). Prints p50/p95/p99, errors and requests/s per endpoint
// and overall, and the server's resident memory (peak), for each client count.
//
//   ENGINE=postgres DATABASE_URL=postgres://…/postgres HOUSES=100000 DAYS=30 node --import tsx bench/load.ts
//   ENGINE=pglite HOUSES=5000 DAYS=365 node --import tsx bench/load.ts
//
// CLIENTS (default "50,200"), REQUESTS per client count (default 3000) and
// SECONDS (default 60, whichever comes first) bound every run; SERVE_FLAGS
// passes Node flags to the server (a CPU profile: "--cpu-prof --cpu-prof-dir=DIR"). The dataset
// (demo district, imported, whistle run, demo accounts) is prepared once
// under /tmp/sentinel-load (WORK) and in the database `sentinel_load_<HOUSES>_<DAYS>d`
// (PostgreSQL; LOAD_DB names another) or the folder WORK/pglite-<HOUSES>-<DAYS>d
// (embedded), then reused. PREPARE_ONLY=1 prepares the dataset and stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = path.join(REPO, 'packages/cli/bin/sentinel.js');
const ENGINE = process.env.ENGINE === 'pglite' ? 'pglite' : 'postgres';
const HOUSES = Number(process.env.HOUSES ?? (ENGINE === 'pglite' ? 5000 : 100_000));
const DAYS = Number(process.env.DAYS ?? 30);
const CLIENTS = (process.env.CLIENTS ?? '50,200').split(',').map(Number);
const REQUESTS = Number(process.env.REQUESTS ?? 3000);
const SECONDS = Number(process.env.SECONDS ?? 60);
const WORK = process.env.WORK ?? '/tmp/sentinel-load';
const DEMO_DIR = path.join(WORK, `demo-${HOUSES}-${DAYS}d`);
const WRITE_CASES = 40;
const PASSWORD = 'sentinel-demo-2026';
let writes = 0;

function databaseEnv(): NodeJS.ProcessEnv {
  if (ENGINE === 'pglite') return { SENTINEL_DATA_DIR: path.join(WORK, `pglite-${HOUSES}-${DAYS}d`), DATABASE_URL: '' };
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('ENGINE=postgres needs DATABASE_URL (a server the bench may create a database on)');
  const url = new URL(admin);
  url.pathname = `/${process.env.LOAD_DB ?? `sentinel_load_${HOUSES}_${DAYS}d`}`;
  return { DATABASE_URL: url.toString() };
}

function sentinel(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sentinel ${args.join(' ')}: exit ${code}`))));
  });
}

/** The demo district in the database, once: generated, imported, scored, with the demo accounts. */
async function prepare(env: NodeJS.ProcessEnv): Promise<void> {
  if (!existsSync(path.join(DEMO_DIR, 'houses.csv'))) {
    mkdirSync(DEMO_DIR, { recursive: true });
    await sentinel(['demo', '--out', DEMO_DIR, '--houses', String(HOUSES), '--days', String(DAYS)], env);
  }
  if (ENGINE === 'postgres') {
    const url = new URL(env.DATABASE_URL as string);
    const name = url.pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    if (exists) return;
  } else if (existsSync(path.join(env.SENTINEL_DATA_DIR as string, 'PG_VERSION'))) {
    return;
  }
  process.stdout.write(`preparing ${ENGINE} with ${HOUSES} houses, ${DAYS} days of readings…\n`);
  await sentinel(['import', '--data', DEMO_DIR, '--quiet'], env);
  await sentinel(['detect', '--db'], env);
  const { openDatabase } = await import('@sentinel/db');
  const { seedDemoUsers } = await import('@sentinel/services');
  const db = await openDatabase(ENGINE === 'pglite' ? { dataDir: env.SENTINEL_DATA_DIR as string } : { databaseUrl: env.DATABASE_URL as string });
  try {
    await seedDemoUsers(db);
  } finally {
    await db.close();
  }
}

interface Server { url: string; child: ChildProcess }

function serve(env: NodeJS.ProcessEnv): Promise<Server> {
  // SERVE_FLAGS: Node flags for the server alone (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const flags = process.env.SERVE_FLAGS ? process.env.SERVE_FLAGS.split(' ') : [];
  const child = spawn(process.execPath, [...flags, CLI, 'serve'], {
    cwd: REPO, env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.on('exit', (code) => reject(new Error(`sentinel serve exited ${code}: ${out}`)));
  });
}

/** CPU time (user + system) a process has used so far, ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process, MB (Linux /proc). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

class Session {
  constructor(readonly base: string, private readonly cookie: string, private readonly csrf: string) {}

  static async login(base: string, username: string): Promise<Session> {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const body = await res.json() as { csrfToken: string };
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return new Session(base, cookie, body.csrfToken);
  }

  async get<T>(p: string): Promise<T> {
    const res = await fetch(this.base + p, { headers: { cookie: this.cookie } });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    return await res.json() as T;
  }

  async post<T>(p: string, body: unknown): Promise<T> {
    const res = await fetch(this.base + p, {
      method: 'POST', headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${p}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    return await res.json() as T;
  }
}

interface AlertItem { houseId: string; score: number; level: 'red' | 'yellow' | 'green'; reasons: string[] }
interface CaseItem { id: string; state: string; assignee: { unitName: string } | null }

/**
 * The write targets: dispatched cases (opened from the top alerts once, then
 * reused), each reassigned (改派) back and forth between two committees of
 * the directory (dispatch only names units of the directory). `unitOf` holds
 * each case's current unit, so every reassignment names the other one.
 */
interface WriteTargets { caseIds: string[]; units: [string, string]; unitOf: Map<string, string> }

async function writeTargets(ops: Session, runId: string | null, alerts: AlertItem[]): Promise<WriteTargets> {
  const directory = await ops.get<{ items: { name: string; role: string; active: boolean }[] }>('/api/directory/units?assignable=true');
  const committees = directory.items.filter((u) => u.role === 'committee' && u.active).map((u) => u.name);
  if (committees.length < 2) throw new Error(`the directory has ${committees.length} active committees; the writes need two`);
  const units: [string, string] = [committees[0], committees[1]];
  const have = await ops.get<{ items: CaseItem[] }>(`/api/cases?state=dispatched&pageSize=${WRITE_CASES}`);
  for (const a of alerts) {
    if (have.items.length >= WRITE_CASES) break;
    const opened = await ops.post<{ caseId: string }>('/api/intake/alerts', { houseId: a.houseId, score: a.score, level: a.level, reasons: a.reasons, runId });
    const caseId = opened.caseId;
    try {
      await ops.post(`/api/cases/${caseId}/transitions`, { action: 'dispatch', evidence: { assignee: { role: 'committee', unitName: units[0] } } });
      have.items.push({ id: caseId, state: 'dispatched', assignee: { unitName: units[0] } });
    } catch (err) {
      // already past discovery (an earlier bench run): not a write target
      process.stdout.write(`  (case ${caseId} not dispatched: ${(err as Error).message.slice(0, 120)})\n`);
    }
  }
  const unitOf = new Map(have.items.map((c) => [c.id, c.assignee?.unitName ?? units[0]]));
  return { caseIds: have.items.map((c) => c.id), units, unitOf };
}

type Kind = 'alerts' | 'household' | 'map' | 'cases' | 'transition';
const MIX: readonly Kind[] = ['alerts', 'alerts', 'household', 'household', 'household', 'map', 'map', 'cases', 'cases', 'transition'];

interface Result { kind: Kind; ms: number; ok: boolean }

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function runLevel(server: Server, sessions: Session[], houses: string[], targets: WriteTargets, clients: number): Promise<void> {
  const results: Result[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let issued = 0;
  let peakRss = rssMb(server.child.pid as number);
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMb(server.child.pid as number)); }, 200);
  let seq = 0;
  const firstErrors: string[] = [];
  const one = async (s: Session): Promise<void> => {
    const n = seq++;
    const kind = MIX[n % MIX.length];
    const t0 = performance.now();
    try {
      switch (kind) {
        case 'alerts': await s.get(`/api/alerts?page=${1 + (n % 10)}&pageSize=50`); break;
        case 'household': await s.get(`/api/households/${encodeURIComponent(houses[n % houses.length])}`); break;
        case 'map': await s.get(`/api/map/areas?level=${n % 4 === 1 ? 'community' : 'neighborhood'}`); break;
        case 'cases': await s.get(`/api/cases?page=1&pageSize=50`); break;
        case 'transition': {
          // Each case alternates between two committees (a reassignment must name another unit).
          const id = targets.caseIds[writes++ % targets.caseIds.length];
          const unitName = targets.unitOf.get(id) === targets.units[0] ? targets.units[1] : targets.units[0];
          targets.unitOf.set(id, unitName);
          await s.post(`/api/cases/${id}/transitions`, { action: 'reassign', evidence: { assignee: { role: 'committee', unitName }, note: '负载测试改派' } });
          break;
        }
      }
      results.push({ kind, ms: performance.now() - t0, ok: true });
    } catch (err) {
      results.push({ kind, ms: performance.now() - t0, ok: false });
      if (firstErrors.length < 3) firstErrors.push((err as Error).message);
    }
  };
  const started = performance.now();
  const cpuStart = cpuMs(server.child.pid as number);
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    const s = sessions[c % sessions.length];
    while (issued < REQUESTS && performance.now() < deadline) {
      issued++;
      await one(s);
    }
  }));
  const wall = (performance.now() - started) / 1000;
  // Server CPU per request travels between machines; on a shared machine the
  // latencies follow the CPU share the server gets (see the load average).
  const cpuPerRequest = (cpuMs(server.child.pid as number) - cpuStart) / Math.max(1, results.length);
  clearInterval(sampler);
  const rows: string[][] = [];
  for (const kind of [...new Set(MIX), 'all'] as const) {
    const rs = results.filter((r) => kind === 'all' || r.kind === kind);
    const ms = rs.filter((r) => r.ok).map((r) => r.ms).sort((a, b) => a - b);
    rows.push([kind, String(rs.length), String(rs.length - ms.length), pct(ms, 50).toFixed(0), pct(ms, 95).toFixed(0), pct(ms, 99).toFixed(0), (rs.length / wall).toFixed(1)]);
  }
  process.stdout.write(`\n${ENGINE}, ${HOUSES} houses (${DAYS} days of readings), ${clients} clients: ${results.length} requests in ${wall.toFixed(1)} s, server RSS peak ${peakRss.toFixed(0)} MB, server CPU ${cpuPerRequest.toFixed(1)} ms per request; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
  const header = ['request', 'n', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'];
  for (const r of [header, ...rows]) process.stdout.write(`  ${r.map((c, i) => (i === 0 ? c.padEnd(11) : c.padStart(7))).join(' ')}\n`);
  for (const e of firstErrors) process.stdout.write(`  error: ${e}\n`);
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const env = databaseEnv();
  await prepare(env);
  if (process.env.PREPARE_ONLY === '1') return;
  const server = await serve(env);
  try {
    const ops = await Session.login(server.url, 'ops');
    const alerts = await ops.get<{ run: { id: string } | null; items: AlertItem[] }>('/api/alerts?page=1&pageSize=500');
    const houses = alerts.items.map((a) => a.houseId);
    if (houses.length === 0) throw new Error('no alerts: run the whistle first (sentinel detect --db)');
    const targets = await writeTargets(ops, alerts.run?.id ?? null, alerts.items);
    // A few sessions of the whole-subdistrict role, as a team would have.
    const sessions = [ops, await Session.login(server.url, 'ops'), await Session.login(server.url, 'ops'), await Session.login(server.url, 'ops')];
    process.stdout.write(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB; load average at start ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
    process.stdout.write(`server RSS idle: ${rssMb(server.child.pid as number).toFixed(0)} MB; ${houses.length} alert houses, ${targets.caseIds.length} dispatched cases for writes\n`);
    // A short warm-up (connection pools, JIT) that is not measured.
    await Promise.all(Array.from({ length: 10 }, () => ops.get('/api/map/areas?level=neighborhood')));
    for (const c of CLIENTS) await runLevel(server, sessions, houses, targets, c);
  } finally {
    server.child.kill('SIGINT');
    await new Promise((r) => server.child.once('exit', r));
  }
}

await main();

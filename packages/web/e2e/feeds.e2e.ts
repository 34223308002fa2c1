// Run by itself (#14 "Done when"): a real `sentinel serve` with an inbox and
// a 一网统管 webhook configured, nothing clicked. A day's files dropped into
// the inbox are imported, detection runs, new red alerts appear in the API
// and reach a local receiver that checks every signature; the files end in
// archive/ with their reports. A broken file lands in failed/ with its
// report, and the next good file still goes through.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifySignature } from '@sentinel/services';
import { REPO_ROOT } from './server.ts';

const CLI = path.join(REPO_ROOT, 'packages/cli/bin/sentinel.js');
const SECRET = 'e2e-webhook-secret-0123456789';
const PASSWORD = 'feeds-e2e-password-2026';

const root = mkdtempSync(path.join(tmpdir(), 'sentinel-feeds-e2e-'));
const dataset = path.join(root, 'dataset');
const inbox = path.join(root, 'inbox');
const received: Array<{ type: string; houseId: string; key: string }> = [];
let badSignatures = 0;
let receiver: Server;
let child: ChildProcess | null = null;
let baseUrl = '';
let output = '';

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 240_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`等待超时 timed out waiting for ${what}\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function cli(args: string[], env: NodeJS.ProcessEnv): void {
  const res = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 300_000 });
  if (res.status !== 0) throw new Error(`sentinel ${args.join(' ')}: ${res.stderr}`);
}

function drop(source: string, from: string, name = path.basename(from)): void {
  mkdirSync(path.join(inbox, source), { recursive: true });
  // Written under a temporary name, then renamed: the inbox never sees half a file.
  const part = path.join(inbox, source, `.${name}.part`);
  copyFileSync(from, part);
  spawnSync('mv', [part, path.join(inbox, source, name)]);
}

const listing = (source: string, sub: string) => (existsSync(path.join(inbox, source, sub)) ? readdirSync(path.join(inbox, source, sub)) : []);

async function login(username: string): Promise<string> {
  return (await session(username)).cookie;
}

/** The session cookies and the CSRF token state-changing requests echo. */
async function session(username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  expect(res.status).toBe(200);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('sentinel_csrf='))?.slice('sentinel_csrf='.length) ?? '');
  return { cookie: cookies.join('; '), csrf };
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(SECRET, { timestamp: req.headers['x-sentinel-timestamp'] as string, signature: req.headers['x-sentinel-signature'] as string, body }, Date.now());
      if (!check.ok) { badSignatures += 1; res.writeHead(401).end(); return; }
      const payload = JSON.parse(body) as { type: string; houseId: string };
      received.push({ type: payload.type, houseId: payload.houseId, key: String(req.headers['idempotency-key']) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ywtg`;

  const env = {
    ...process.env, DATABASE_URL: '', SENTINEL_DATA_DIR: path.join(root, 'db'), SENTINEL_INBOX: inbox, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    SENTINEL_INBOX_POLL_SECONDS: '1', SENTINEL_WEBHOOK_URL: hook, SENTINEL_WEBHOOK_SECRET: SECRET, SENTINEL_WEBHOOK_POLL_SECONDS: '1', SENTINEL_PASSWORD: PASSWORD,
  };
  cli(['demo', '--out', dataset, '--houses', '300', '--days', '120'], env);
  cli(['user', 'create', '--username', 'ops', '--name', '值班员', '--role', 'ops_center', '--unit', '街道城运中心', '--subdistrict', '岚汾路街道'], env);
  cli(['user', 'create', '--username', 'admin', '--name', '管理员', '--role', 'admin', '--unit', '街道城运中心', '--subdistrict', '岚汾路街道'], env);
  child = spawn(process.execPath, [CLI, 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  baseUrl = await waitFor('the server to listen', () => /Sentinel is running: (http:\/\/[^/\s]+)\//.exec(output)?.[1], 120_000);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await new Promise<void>((resolve) => { receiver.closeAllConnections(); receiver.close(() => resolve()); });
  await rm(root, { recursive: true, force: true });
});

it('imports the files dropped into the inbox, runs detection and hands new red alerts to 一网统管, signed', async () => {
  drop('houses', path.join(dataset, 'houses.csv'));
  drop('meters', path.join(dataset, 'meters.csv'));
  drop('readings-water', path.join(dataset, 'readings/water.csv'));
  drop('readings-electricity', path.join(dataset, 'readings/electricity.csv'));

  await waitFor('every file archived', () => ['houses', 'meters', 'readings-water', 'readings-electricity'].every((s) => listing(s, 'archive').length === 2));
  for (const s of ['houses', 'meters', 'readings-water', 'readings-electricity']) {
    const report = JSON.parse(readFileSync(path.join(inbox, s, 'archive', `${listing(s, 'archive').find((f) => !f.endsWith('.json'))}.report.json`), 'utf8')) as { status: string };
    expect(report.status).toBe('imported');
    expect(readdirSync(path.join(inbox, s)).filter((f) => f.endsWith('.csv'))).toEqual([]);
  }

  const ops = await login('ops');
  const alerts = await waitFor('red alerts in the cockpit', async () => {
    const res = await fetch(`${baseUrl}/api/alerts?level=red&pageSize=500`, { headers: { cookie: ops } });
    const body = (await res.json()) as { total: number; items: Array<{ houseId: string }> };
    return res.status === 200 && body.total > 0 ? body : null;
  });
  const redHouses = alerts.items.map((a) => a.houseId).sort();
  await waitFor('every new red alert at the receiver', () => received.filter((r) => r.type === 'alert.red').length >= redHouses.length);
  expect(received.filter((r) => r.type === 'alert.red').map((r) => r.houseId).sort()).toEqual(redHouses);
  expect(new Set(received.map((r) => r.key)).size).toBe(received.length);
  expect(badSignatures).toBe(0);

  // The admin sees the jobs of the pipeline (detection fans out per subdistrict), all succeeded.
  const admin = await login('admin');
  const jobs = (await (await fetch(`${baseUrl}/api/admin/jobs?pageSize=100`, { headers: { cookie: admin } })).json()) as { items: Array<{ kind: string; status: string }> };
  for (const kind of ['feeds.scan', 'detection.run', 'detection.subdistrict', 'alerts.notify']) expect(jobs.items.some((j) => j.kind === kind && j.status === 'succeeded'), kind).toBe(true);
  const outbox = (await (await fetch(`${baseUrl}/api/admin/outbox`, { headers: { cookie: admin } })).json()) as { counts: { delivered: number; parked: number } };
  expect(outbox.counts).toMatchObject({ delivered: received.length, parked: 0 });

  // Re-delivering a file changes nothing: archived again as unchanged, no new run to notify.
  drop('readings-water', path.join(dataset, 'readings/water.csv'));
  await waitFor('the re-delivered file archived', () => listing('readings-water', 'archive').length === 4);
  const again = listing('readings-water', 'archive').filter((f) => f.endsWith('.report.json')).map((f) => JSON.parse(readFileSync(path.join(inbox, 'readings-water', 'archive', f), 'utf8')) as { status: string });
  expect(again.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
}, 600_000);

it('puts a broken file into failed/ with its report; the next good file still goes through', async () => {
  const broken = path.join(root, 'complaints-broken.csv');
  writeFileSync(broken, 'nothing,useful\n1,2\n');
  drop('complaints', broken, '2026-12-07-complaints.csv');
  await waitFor('the broken file in failed/', () => listing('complaints', 'failed').length === 2);
  const report = JSON.parse(readFileSync(path.join(inbox, 'complaints', 'failed', '2026-12-07-complaints.csv.report.json'), 'utf8')) as { status: string; error: string };
  expect(report.status).toBe('failed');
  expect(report.error).toMatch(/ticket_id|缺少/);

  drop('complaints', path.join(dataset, 'complaints.csv'), '2026-12-08-complaints.csv');
  await waitFor('the good file in archive/', () => listing('complaints', 'archive').length === 2);
  const good = JSON.parse(readFileSync(path.join(inbox, 'complaints', 'archive', '2026-12-08-complaints.csv.report.json'), 'utf8')) as { status: string; rowsNew: number };
  expect(good).toMatchObject({ status: 'imported' });
  expect(good.rowsNew).toBeGreaterThan(0);
}, 300_000);

it('takes a staff upload through the same import, lists its rejected rows, and reports freshness', async () => {
  const ops = await session('ops');
  const text = readFileSync(path.join(dataset, 'complaints.csv'), 'utf8').trimEnd().split('\n');
  const header = text[0].split(',');
  const bad = header.map((h) => (h === 'received_at' ? 'not-a-date' : h === 'ticket_id' ? 'T-UPLOAD-BAD' : h === 'channel' ? '12345' : h === 'address' ? '某路1号' : '')).join(',');
  const form = new FormData();
  form.append('file', new Blob([`${text[0]}\n${bad}\n`], { type: 'text/csv' }), 'upload-complaints.csv');
  const res = await fetch(`${baseUrl}/api/imports/upload?table=complaints`, { method: 'POST', headers: { cookie: ops.cookie, 'x-csrf-token': ops.csrf }, body: form });
  expect(res.status).toBe(200);
  const result = (await res.json()) as { batchId: number; status: string; rowsRejected: number; rowsRead: number };
  expect(result).toMatchObject({ rowsRead: 1, rowsRejected: 1 });
  const rejected = (await (await fetch(`${baseUrl}/api/imports/${result.batchId}/rejected`, { headers: { cookie: ops.cookie } })).json()) as { items: Array<{ line: number; column: string | null; reason: string }> };
  expect(rejected.items).toEqual([expect.objectContaining({ line: 2, column: 'received_at' })]);

  const fresh = (await (await fetch(`${baseUrl}/api/freshness`, { headers: { cookie: ops.cookie } })).json()) as { feeds: Array<{ feed: string; newestDataDay: string | null; lastImportAt: string | null }>; lastRun: { id: string } | null };
  expect(fresh.feeds.find((f) => f.feed === 'readings-water')).toMatchObject({ newestDataDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), lastImportAt: expect.any(String) });
  expect(fresh.lastRun).not.toBeNull();
}, 120_000);

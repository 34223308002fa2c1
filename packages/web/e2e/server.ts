// Starts a real Sentinel for browser tests and the first-load bench: a small
// demo district (generated once per data folder) imported by `sentinel start`
// into a fresh embedded database, on a free port. Nothing is mocked: the
// browser talks to the same server `npm start` runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = path.join(REPO_ROOT, 'packages/cli/bin/sentinel.js');
export const WEB_DIST = path.join(REPO_ROOT, 'packages/web/dist');

export interface RunningServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sentinel ${args.join(' ')} 失败（退出码 ${code}）：${err}`))));
  });
}

/** Builds packages/web/dist when it is missing (or when asked), so tests run against the real bundle. */
export function buildWeb(force = false): Promise<void> {
  if (!force && existsSync(path.join(WEB_DIST, 'index.html'))) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '-w', '@sentinel/web'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`前端构建失败（退出码 ${code}）`))));
  });
}

/**
 * The demo accounts (one per role) the tests sign in with, created by the
 * services' own seeding on the imported register (idempotent; a no-op when
 * `sentinel start` has already created them).
 */
async function seedAccounts(dataDir: string): Promise<void> {
  const { openDatabase } = await import('@sentinel/db');
  const { seedDemoUsers } = await import('@sentinel/services');
  const db = await openDatabase({ dataDir });
  try {
    await seedDemoUsers(db);
  } finally {
    await db.close();
  }
}

export interface StartOptions {
  /** Folder of the embedded database; the demo dataset goes beside it (`<dir>-demo`). */
  dataDir: string;
  houses?: number;
  days?: number;
  /** How long to wait for the import and the listen (ms). */
  timeoutMs?: number;
}

export async function startSentinel(options: StartOptions): Promise<RunningServer> {
  const env = { ...process.env, SENTINEL_DATA_DIR: options.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const demoDir = path.join(path.dirname(options.dataDir), `${path.basename(options.dataDir)}-demo`);
  if (!existsSync(path.join(demoDir, 'houses.csv'))) {
    mkdirSync(demoDir, { recursive: true });
    await run(['demo', '--out', demoDir, '--houses', String(options.houses ?? 400), '--days', String(options.days ?? 120)], env);
  }
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await run(['import', '--data', demoDir, '--quiet'], env);
    // `sentinel start` runs the whistle only when it imports the demo itself; here the import came first.
    await run(['detect', '--db'], env);
    await seedAccounts(options.dataDir);
    // Demo mode, as if `sentinel start` had imported the district itself (its DEMO_MARKER):
    // the demo seeds and the demo clock are part of what the browser tests see.
    writeFileSync(path.join(options.dataDir, '.sentinel-demo'), `demo district from ${demoDir}\n`);
  }
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: the caller removes its data folder after a failed start.
      child.kill('SIGKILL');
      reject(new Error(`Sentinel 未在时限内启动：\n${output}`));
    }, options.timeoutMs ?? 180_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /Sentinel is running: (http:\/\/[^/\s]+)\//.exec(output);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Sentinel 启动失败（退出码 ${code}）：\n${output}`)); });
  });
  return {
    url,
    dataDir: options.dataDir,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      // SIGTERM lets the server close PGlite cleanly (serve-app.ts).
      child.kill('SIGTERM');
    }),
  };
}

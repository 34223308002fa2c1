// `npm run bench:import`: imports a 20,000-house, one-year demo district into
// PGlite (a data folder) and into PostgreSQL, next to a raw COPY of the same
// readings into the same engine, and prints rows/s, peak RSS, dataset size
// and the machine. Each measured step runs in its own process.
//
// Environment: BENCH_HOUSES (default 20000), BENCH_DIR (default
// /tmp/sentinel-bench; the dataset is generated once and reused),
// BENCH_DATABASE_URL or TEST_DATABASE_URL (a server database the bench may
// drop and recreate `sentinel_bench` on; PostgreSQL is skipped without one).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeReadingsCopyFile } from './import/copy-file.ts';
import { machineLine } from './import/machine.ts';

const HOUSES = Number(process.env.BENCH_HOUSES ?? 20_000);
const ROOT = process.env.BENCH_DIR ?? '/tmp/sentinel-bench';
const DATASET = join(ROOT, `demo-${HOUSES}`);
const COPY_FILE = join(ROOT, `demo-${HOUSES}.readings.copy`);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const REPO = fileURLToPath(new URL('..', import.meta.url));

interface StepResult {
  wallMs: number;
  peakRssMb: number;
  [key: string]: unknown;
}

function runStep(step: string, args: Record<string, string>): StepResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'bench/import/child.ts'), step, JSON.stringify(args)], {
    cwd: REPO, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, DATABASE_URL: '' },
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as StepResult;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function freshServerDatabase(url: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (rows: number, ms: number): string => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;

async function main(): Promise<void> {
  await mkdir(ROOT, { recursive: true });
  if (!existsSync(join(DATASET, 'houses.csv'))) {
    process.stdout.write(`生成演示数据 generating the demo dataset (${HOUSES} houses) in ${DATASET} ...\n`);
    execFileSync(process.execPath, [join(REPO, 'packages/cli/bin/sentinel.js'), 'demo', '--out', DATASET, '--houses', String(HOUSES)], { stdio: 'inherit' });
  }
  if (!existsSync(COPY_FILE)) {
    process.stdout.write('准备原始 COPY 数据 preparing the raw COPY text ...\n');
    await writeReadingsCopyFile(DATASET, COPY_FILE);
  }
  process.stdout.write(`\n机器 machine: ${machineLine()}\n`);
  process.stdout.write(`数据集 dataset: ${DATASET}, ${mb(folderBytes(DATASET))} (${HOUSES} houses)\n\n`);

  const engines: { name: string; target: () => Promise<Record<string, string>> }[] = [
    {
      name: 'PGlite (folder)',
      target: async () => {
        const dir = join(ROOT, `pglite-${Date.now()}`);
        await rm(dir, { recursive: true, force: true });
        return { dataDir: dir };
      },
    },
  ];
  if (SERVER_URL) engines.push({ name: 'PostgreSQL', target: async () => ({ databaseUrl: await freshServerDatabase(SERVER_URL, 'sentinel_bench') }) });
  else process.stdout.write('跳过 PostgreSQL：未设置 BENCH_DATABASE_URL / TEST_DATABASE_URL (skipping PostgreSQL)\n');

  for (const engine of engines) {
    const importTarget = await engine.target();
    const imported = runStep('import', { ...importTarget, dataset: DATASET });
    const rawTarget = await engine.target();
    const raw = runStep('raw-copy', { ...rawTarget, copyFile: COPY_FILE });
    const readingsRows = imported.readingsRows as number;
    const readingsMs = imported.readingsMs as number;
    const rawRows = raw.rows as number;
    const ratio = (readingsRows / readingsMs) / (rawRows / (raw.pkMs as number));
    const ratioBare = (readingsRows / readingsMs) / (rawRows / (raw.bareIndexMs as number));
    const wholeRatio = (readingsRows / (imported.totalMs as number)) / (rawRows / (raw.pkMs as number));
    process.stdout.write([
      `== ${engine.name}`,
      `  import, readings files:   ${readingsRows.toLocaleString('en-US')} rows in ${(readingsMs / 1000).toFixed(1)} s = ${rate(readingsRows, readingsMs)}`,
      `  import, whole dataset:    ${(imported.rowsRead as number).toLocaleString('en-US')} rows (${(imported.rowsRejected as number).toLocaleString('en-US')} rejected) in ${((imported.totalMs as number) / 1000).toFixed(1)} s; daily consumption of ${imported.inlineConsumptionMeters} meters computed while loading, ${imported.consumptionMeters} recomputed afterwards in ${((imported.consumptionMs as number) / 1000).toFixed(1)} s`,
      `  raw COPY, readings table: ${rawRows.toLocaleString('en-US')} rows in ${((raw.pkMs as number) / 1000).toFixed(1)} s = ${rate(rawRows, raw.pkMs as number)} (same columns and primary key)`,
      `  raw COPY, bare + index:   ${((raw.bareIndexMs as number) / 1000).toFixed(1)} s = ${rate(rawRows, raw.bareIndexMs as number)} (COPY alone ${rate(rawRows, raw.bareMs as number)})`,
      `  import / raw COPY:        ${ratio.toFixed(2)}x readings files vs COPY into the readings table (goal >= 0.7x); ${ratioBare.toFixed(2)}x vs bare COPY + index; whole dataset incl. every other table ${wholeRatio.toFixed(2)}x`,
      `  peak RSS (Node process):  import ${imported.peakRssMb.toFixed(0)} MB, raw COPY ${raw.peakRssMb.toFixed(0)} MB`,
      `  per file: ${(imported.files as { file: string; rows: number; ms: number }[]).filter((f) => f.rows > 100_000).map((f) => `${f.file} ${rate(f.rows, f.ms)}`).join(', ')}`,
      '',
    ].join('\n'));
    if (importTarget.dataDir) {
      process.stdout.write(`  PGlite folder size after import: ${mb(folderBytes(importTarget.dataDir))}\n\n`);
      await rm(importTarget.dataDir, { recursive: true, force: true });
    }
    if (rawTarget.dataDir) await rm(rawTarget.dataDir, { recursive: true, force: true });
  }
}

await main();

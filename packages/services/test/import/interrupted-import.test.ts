// A batch that fails part-way leaves the database as it was before that batch:
// a thrown error mid-COPY (all engines) and a SIGKILLed process (PostgreSQL,
// and a PGlite folder reopened after the crash).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, openDatabase, type Database } from '@sentinel/db';
import { createServerDatabase, describeEachEngine } from '../../../db/test/engines.ts';
import { importDataset } from '../../src/index.ts';
import { writeBigReadings, writeTinyDataset } from './tiny-dataset.ts';

const BIG_FILE = 'readings/2020-hourly.csv';
const BIG_ROWS = 8 * 9_000;

async function batchStatuses(db: Database): Promise<Record<string, number>> {
  const res = await db.query<{ status: string; n: number }>('SELECT status::text AS status, count(*)::int AS n FROM import_batches GROUP BY status');
  return Object.fromEntries(res.rows.map((r) => [r.status, r.n]));
}

let dir: string;
beforeAll(async () => {
  dir = await writeTinyDataset();
  await writeBigReadings(dir, 9_000);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeEachEngine('interrupted import', (engine) => {
  it('an error thrown mid-COPY rolls that batch back, records it as failed, and the run goes on with the other files', async () => {
    const db = await engine.open();
    try {
      let events = 0;
      const first = await importDataset(db, dir, {
        copyChunkBytes: 16 << 10,
        onProgress: (e) => {
          if (e.kind === 'file-progress' && e.file === BIG_FILE && ++events === 2) throw new Error('模拟中断 simulated failure');
        },
      });
      expect(first.failed.map((f) => [f.file, f.status, f.rowsRead])).toEqual([[BIG_FILE, 'failed', 0]]);
      // Every other file was attempted and imported in its own batch.
      expect(first.files.filter((f) => f.status === 'imported').length).toBe(first.files.length - 1);
      const counts = await countRows(db);
      // None of the failed file's readings was kept; the other readings files were.
      expect(counts.readings).toBe(82);
      expect(counts.complaints).toBe(2);
      const failed = await db.query<{ file: string; rows_new: number; error: string; rejected: number }>(`
        SELECT b.file, b.rows_new, b.error, (SELECT count(*)::int FROM rejected_rows r WHERE r.batch_id = b.id) AS rejected
        FROM import_batches b WHERE b.status = 'failed'`);
      expect(failed.rows).toEqual([{ file: BIG_FILE, rows_new: 0, error: '模拟中断 simulated failure', rejected: 0 }]);
      expect((await batchStatuses(db)).running).toBeUndefined();

      // The next import completes the job.
      const report = await importDataset(db, dir);
      const big = report.files.find((f) => f.file === BIG_FILE);
      expect(big?.status).toBe('imported');
      expect(big?.rowsNew).toBe(BIG_ROWS);
      expect((await countRows(db)).readings).toBe(BIG_ROWS + 82);
    } finally {
      await db.close();
    }
  });
});

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));

/** Runs the child until it reports it is stalled mid-COPY, then SIGKILLs it. */
function killMidImport(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, BIG_FILE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('STALLED')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL' && out.includes('STALLED')) resolve();
      else reject(new Error(`child did not stall: ${out} ${err}`));
    });
  });
}

describe('killed import (SIGKILL mid-COPY)', () => {
  it('leaves no partial batch in a PGlite folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sentinel-kill-'));
    try {
      await killMidImport({ SENTINEL_DATA_DIR: dataDir, DATABASE_URL: '' });
      const db = await openDatabase({ dataDir });
      try {
        expect((await countRows(db)).readings).toBe(0);
        expect(await batchStatuses(db)).toEqual({ imported: 2 }); // houses and meters committed before
        const report = await importDataset(db, dir);
        expect(report.files.find((f) => f.file === BIG_FILE)?.rowsNew).toBe(BIG_ROWS);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('leaves no partial batch in PostgreSQL', async () => {
    const server = await createServerDatabase();
    try {
      await killMidImport({ DATABASE_URL: server.url });
      const db = await openDatabase({ databaseUrl: server.url });
      try {
        expect((await countRows(db)).readings).toBe(0);
        expect(await batchStatuses(db)).toEqual({ imported: 2 });
      } finally {
        await db.close();
      }
    } finally {
      await server.drop();
    }
  });
});

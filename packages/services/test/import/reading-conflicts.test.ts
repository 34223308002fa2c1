// A second reading for the same meter and instant with another value is a
// rejected row naming both values (never silently dropped and counted as
// imported), on the fast path (adjacent rows), within a file (non-adjacent
// rows, staging path) and against the database; an exact repeat stays
// idempotent; every row is accounted for.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows, listRejectedRows, type Database } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { importDataset } from '../../src/index.ts';
import { tempDir } from '../../../../test/temp-dir.ts';
import { writeTinyDataset } from './tiny-dataset.ts';

const HEAD = 'meter_id,read_at,value';

async function storedValue(db: Database, meter: string, at: string): Promise<number[]> {
  const res = await db.query<{ value: number }>(
    'SELECT r.value FROM readings r JOIN meters m ON m.id = r.meter_ref WHERE m.meter_id = $1 AND r.read_at = $2::timestamptz', [meter, at]);
  return res.rows.map((r) => r.value);
}

describeEachEngine('conflicting duplicate readings', (engine) => {
  let dir: string;
  beforeAll(async () => {
    dir = await writeTinyDataset();
    // Sorts after 2026-02.csv: adjacent conflict, adjacent exact repeat, a non-adjacent conflict within the file.
    await writeFile(join(dir, 'readings', '2026-03.csv'), [
      HEAD,
      'W003,2026-03-01T00:00:00+08:00,200', // line 2
      'W003,2026-03-01T00:00:00+08:00,201', // line 3: adjacent, another value
      'W003,2026-03-01T00:00:00+08:00,200', // line 4: adjacent exact repeat
      'W003,2026-03-02T00:00:00+08:00,202', // line 5
      'E003,2026-03-01T00:00:00+08:00,50', // line 6
      'W003,2026-03-02T00:00:00+08:00,203', // line 7: non-adjacent, another value
      '',
    ].join('\n'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects the other value with a reason naming both, keeps the first, and changes nothing on a re-run', async () => {
    const db = await engine.open();
    try {
      const report = await importDataset(db, dir);
      const march = report.files.find((f) => f.file === 'readings/2026-03.csv');
      expect(march).toMatchObject({ status: 'imported', rowsRead: 6, rowsImported: 4, rowsRejected: 2, rowsNew: 3 });
      const stored = await listRejectedRows(db, march?.batchId ?? -1, { limit: 10, offset: 0 });
      expect(stored.rows.map((r) => [r.line, r.column, r.reason])).toEqual([
        [3, 'value', '表号 W003 在 2026-03-01 00:00:00 已有读数 200（readings/2026-03.csv 第2行），本行读数 201 与之不同：保留已有读数，本行未导入'],
        [7, 'value', '表号 W003 在 2026-03-02 00:00:00 已有读数 202（readings/2026-03.csv 第5行），本行读数 203 与之不同：保留已有读数，本行未导入'],
      ]);
      expect(await storedValue(db, 'W003', '2026-03-01T00:00:00+08:00')).toEqual([200]);
      expect(await storedValue(db, 'W003', '2026-03-02T00:00:00+08:00')).toEqual([202]);
      for (const f of report.files) expect(f.rowsImported + f.rowsRejected, f.file).toBe(f.rowsRead);

      // Re-reading every file (not skipped by checksum) adds nothing and rejects the same rows again.
      const before = await countRows(db);
      const again = await importDataset(db, dir, { force: true });
      const march2 = again.files.find((f) => f.file === 'readings/2026-03.csv');
      expect(march2).toMatchObject({ status: 'unchanged', rowsRead: 6, rowsImported: 4, rowsRejected: 2, rowsNew: 0 });
      expect(march2?.firstRejected.map((i) => i.line)).toEqual([3, 7]);
      const after = await countRows(db);
      expect(after.readings).toBe(before.readings);
    } finally {
      await db.close();
    }
  });

  it('rejects a value that conflicts with one imported earlier, naming the earlier file and line', async () => {
    const db = await engine.open();
    try {
      await importDataset(db, dir);
      const later = tempDir('sentinel-later-');
      await mkdir(join(later, 'readings'), { recursive: true });
      await cp(join(dir, 'houses.csv'), join(later, 'houses.csv'));
      await cp(join(dir, 'meters.csv'), join(later, 'meters.csv'));
      await writeFile(join(later, 'readings', 'fix.csv'), `${HEAD}\nE003,2026-03-01T00:00:00+08:00,50\nE003,2026-03-01T12:00:00+08:00,51\nW003,2026-03-01T00:00:00+08:00,199.5\n`);
      // Only an adjacent conflict: the fast path alone (no unique violation, no staging).
      await writeFile(join(later, 'readings', 'adj.csv'), `${HEAD}\nE004,2026-04-01T00:00:00+08:00,7\nE004,2026-04-01T00:00:00+08:00,8\n`);
      const report = await importDataset(db, later);
      const adj = report.files.find((f) => f.file === 'readings/adj.csv');
      expect(adj).toMatchObject({ rowsRead: 2, rowsImported: 1, rowsRejected: 1, rowsNew: 1 });
      expect(adj?.firstRejected.map((i) => [i.line, i.reason])).toEqual([
        [3, '表号 E004 在 2026-04-01 00:00:00 已有读数 7（readings/adj.csv 第2行），本行读数 8 与之不同：保留已有读数，本行未导入'],
      ]);
      expect((await listRejectedRows(db, adj?.batchId ?? -1, { limit: 10, offset: 0 })).total).toBe(1);
      const fix = report.files.find((f) => f.file === 'readings/fix.csv');
      expect(fix).toMatchObject({ rowsRead: 3, rowsImported: 2, rowsRejected: 1, rowsNew: 1 });
      expect(fix?.firstRejected.map((i) => i.reason)).toEqual([
        '表号 W003 在 2026-03-01 00:00:00 已有读数 200（readings/2026-03.csv 第2行），本行读数 199.5 与之不同：保留已有读数，本行未导入',
      ]);
      expect(await storedValue(db, 'W003', '2026-03-01T00:00:00+08:00')).toEqual([200]);
    } finally {
      await db.close();
    }
  });
});

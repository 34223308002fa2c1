// Hostile files through the whole import (fast-check, seeded, a few runs per
// engine so CI stays fast): random bytes, broken quotes, GBK/UTF-8 mixes,
// huge fields, formula-looking cells, bad and implausible dates, as CSV and
// XLSX, in readings/, access_events/ or as complaints. The import never
// throws; a file is either failed as a whole with a reason naming it (and
// nothing of it kept) or every row read is imported or rejected, the
// rejected ones all in rejected_rows, and the table grew by what it reports.
import fc from 'fast-check';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { countRows, listRejectedRows } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { tempDir } from '../../../../test/temp-dir.ts';
import { extensionOf, hostileFile, writeHostileFile, type HostileFile } from '../../../ingest/test/hostile-files.ts';
import { importDataset } from '../../src/index.ts';
import { writeTinyDataset } from './tiny-dataset.ts';

const COUNTED = { readings: 'readings', access_events: 'access_events', complaints: 'complaints' } as const;

/** Where the hostile file goes in a dataset folder, and the name the import shows for it. */
function placeOf(f: HostileFile, n: number): { rel: string; shown: string } {
  const ext = extensionOf(f);
  if (f.table === 'complaints') return { rel: `complaints.${ext}`, shown: `complaints.${ext}` };
  const rel = `${f.table}/zz-hostile-${n}.${ext}`;
  return { rel, shown: rel };
}

describeEachEngine('hostile input through the import', (engine) => {
  it('never crashes, and accounts for every row read', async () => {
    const base = await writeTinyDataset();
    const db = await engine.open();
    try {
      await importDataset(db, base);
      let n = 0;
      await fc.assert(fc.asyncProperty(hostileFile, async (f) => {
        const dir = tempDir('sentinel-hostile-');
        await mkdir(join(dir, 'readings'));
        await mkdir(join(dir, 'access_events'));
        // Same content as already imported: skipped by checksum, so only the hostile file is read.
        for (const rel of ['houses.csv', 'meters.csv', 'readings/2026-01.csv']) await copyFile(join(base, rel), join(dir, rel));
        const place = placeOf(f, n++);
        await writeHostileFile(join(dir, place.rel), f);
        const before = await countRows(db);
        const report = await importDataset(db, dir, { force: false });
        const file = report.files.find((r) => r.file === place.shown);
        expect(file, place.shown).toBeDefined();
        if (file === undefined) return;
        const after = await countRows(db);
        const table = COUNTED[f.table];
        if (file.status === 'failed') {
          expect(file.error?.startsWith(place.shown), `${place.shown}: ${file.error}`).toBe(true);
          expect(after[table]).toBe(before[table]);
          return;
        }
        expect(file.rowsImported + file.rowsRejected).toBe(file.rowsRead);
        expect((await listRejectedRows(db, file.batchId, { limit: 1, offset: 0 })).total).toBe(file.rowsRejected);
        expect(after[table] - before[table]).toBe(file.rowsNew);
      }), { numRuns: 20, seed: 20261203, endOnFailure: true });
    } finally {
      await db.close();
    }
  }, 600_000);

  it('rejects a row holding a NUL byte instead of failing its whole file (found by the property above)', async () => {
    const dir = await writeTinyDataset();
    await writeFile(join(dir, 'complaints.csv'), 'ticket_id,received_at,channel,address,content\nT1,2026-01-03,12345,汾西路1号,ok\nT2,2026-01-03,12345,汾西路1号,a\u0000b\nT3,2026-01-04,patrol,汾西路2号,\n');
    await writeFile(join(dir, 'access_events', 'nul.csv'), 'event_at,door_id,credential_id\n2026-01-01T07:00:00,D\u00001,C1\n2026-01-01T08:00:00,D1,C1\n');
    const db = await engine.open();
    try {
      const report = await importDataset(db, dir);
      expect(report.failed).toEqual([]);
      for (const [file, line] of [['complaints.csv', 3], ['access_events/nul.csv', 2]] as const) {
        const f = report.files.find((r) => r.file === file);
        expect(f?.firstRejected.map((i) => [i.line, i.reason]), file).toEqual([[line, '此行含有空字符（NUL，0x00），不是有效的文本']]);
        const stored = await listRejectedRows(db, f?.batchId ?? -1, { limit: 5, offset: 0 });
        expect(stored.rows[0].raw, file).toContain('\u2400');
      }
      expect((await countRows(db)).complaints).toBe(2);
    } finally {
      await db.close();
    }
  });
});

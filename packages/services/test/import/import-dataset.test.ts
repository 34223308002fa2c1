import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRows, listRejectedRows, type Database } from '@sentinel/db';
import { describeEachEngine } from '../../../db/test/engines.ts';
import { importDataset, recomputeDailyConsumption } from '../../src/index.ts';
import { EXPECTED, writeTinyDataset } from './tiny-dataset.ts';

describeEachEngine('importDataset', (engine) => {
  let dir: string;
  beforeAll(async () => {
    dir = await writeTinyDataset();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const withDb = async (fn: (db: Database) => Promise<void>): Promise<void> => {
    const db = await engine.open();
    try {
      await fn(db);
    } finally {
      await db.close();
    }
  };

  it('accounts for every row: imported + rejected == read, with the expected rejections', () => withDb(async (db) => {
    const report = await importDataset(db, dir);
    expect(report.files.map((f) => f.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of report.files) {
      expect(f.status, f.file).toBe('imported');
      expect(f.rowsImported + f.rowsRejected, f.file).toBe(f.rowsRead);
      expect({ read: f.rowsRead, rejected: f.rowsRejected, new: f.rowsNew }, f.file).toEqual(EXPECTED[f.file]);
      const stored = await listRejectedRows(db, f.batchId, { limit: 100, offset: 0 });
      expect(stored.total, f.file).toBe(f.rowsRejected);
      for (const r of stored.rows) {
        expect(r.line, f.file).toBeGreaterThan(1);
        expect(r.reason.length).toBeGreaterThan(0);
      }
    }
    const counts = await countRows(db);
    expect(counts.houses).toBe(4);
    expect(counts.meters).toBe(8);
    expect(counts.readings).toBe(82);
    expect(counts.access_events).toBe(3);
    expect(counts.complaints).toBe(2);
    expect(counts.inspections).toBe(1);
    expect([counts.subdistricts, counts.neighbourhoods, counts.communities, counts.buildings]).toEqual([1, 2, 2, 3]);
    // Every meter with readings has its daily consumption.
    expect(counts.meter_daily_consumption).toBe(8);
    // 2026-01.csv brings the first readings (computed while loading), 2026-02.csv
    // adds to two meters (recomputed from the database afterwards).
    expect(report.consumption.inlineMeters).toBe(8);
    expect(report.consumption.meters).toBe(2);
  }));

  it('keeps the first value of a reading given twice and rejects the other value, naming both', () => withDb(async (db) => {
    const report = await importDataset(db, dir);
    const res = await db.query<{ value: number }>(`
      SELECT r.value FROM readings r JOIN meters m ON m.id = r.meter_ref
      WHERE m.meter_id = 'W001' AND r.read_at = '2026-01-10T00:00:00+08:00'`);
    expect(res.rows).toEqual([{ value: 103.15 }]);
    const feb = report.files.find((f) => f.file === 'readings/2026-02.csv');
    const reason = '表号 W001 在 2026-01-10 00:00:00 已有读数 103.15（readings/2026-01.csv 第11行），本行读数 999 与之不同：保留已有读数，本行未导入';
    expect(feb?.firstRejected).toEqual([{ file: 'readings/2026-02.csv', line: 2, column: 'value', reason, severity: 'error', raw: null }]);
    const stored = await listRejectedRows(db, feb?.batchId ?? -1, { limit: 10, offset: 0 });
    expect(stored.rows.map((r) => [r.file, r.line, r.column, r.reason])).toEqual([['readings/2026-02.csv', 2, 'value', reason]]);
  }));

  it('derives daily consumption from the readings', () => withDb(async (db) => {
    await importDataset(db, dir);
    const res = await db.query<{ meter_id: string; day: string; amount: number | null }>(`
      SELECT m.meter_id, d.day::text AS day, d.amount FROM meter_daily_consumption_days d
      JOIN meters m ON m.id = d.meter_ref WHERE m.meter_id = 'E002' AND d.amount IS NOT NULL ORDER BY d.day`);
    expect(res.rows.length).toBeGreaterThan(5);
    // 6.2 kWh per day between daily readings.
    for (const r of res.rows) expect(r.amount).toBeCloseTo(6.2, 6);
  }));

  it('computes the same consumption while loading as when recomputing from the database', () => withDb(async (db) => {
    await importDataset(db, dir);
    const snapshot = async (): Promise<unknown[]> => (await db.query(
      'SELECT meter_ref, start_day::text AS start_day, amounts, flags, coverage, reading_errors FROM meter_daily_consumption ORDER BY meter_ref',
    )).rows;
    const loaded = await snapshot();
    await db.exec('INSERT INTO consumption_dirty (meter_ref) SELECT id FROM meters');
    const again = await recomputeDailyConsumption(db);
    expect(again.meters).toBe(8);
    expect(await snapshot()).toEqual(loaded);
  }));

  it('changes nothing when the same files are imported again', () => withDb(async (db) => {
    await importDataset(db, dir);
    const before = await countRows(db);
    const again = await importDataset(db, dir);
    for (const f of again.files) {
      expect(f.status, f.file).toBe('unchanged');
      expect(f.rowsNew + f.rowsUpdated, f.file).toBe(0);
      expect(f.sameAsBatchId, f.file).not.toBeNull();
      expect(f.rowsImported + f.rowsRejected, f.file).toBe(f.rowsRead);
    }
    const after = await countRows(db);
    expect({ ...after, import_batches: 0 }).toEqual({ ...before, import_batches: 0 });
    expect(after.import_batches).toBe(before.import_batches + again.files.length);
    expect(again.consumption.meters).toBe(0);
  }));

  it('changes nothing when the same rows are re-read (--force): natural keys, ON CONFLICT', () => withDb(async (db) => {
    await importDataset(db, dir);
    const before = await countRows(db);
    const forced = await importDataset(db, dir, { force: true });
    for (const f of forced.files) {
      expect(f.status, f.file).toBe('unchanged');
      expect(f.rowsNew + f.rowsUpdated, f.file).toBe(0);
      expect({ read: f.rowsRead, rejected: f.rowsRejected, new: 0 }, f.file).toEqual({ ...EXPECTED[f.file], new: 0 });
    }
    const after = await countRows(db);
    expect(after.houses).toBe(before.houses);
    expect(after.readings).toBe(before.readings);
    expect(after.meter_daily_consumption).toBe(before.meter_daily_consumption);
    // A forced re-read records its own rejected rows under its own batches.
    expect(after.rejected_rows).toBe(before.rejected_rows * 2);
  }));
});

// --messy: encodings, header variants, xlsx, and exactly the announced bad rows.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { INSPECTION_RESULTS } from '@sentinel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_ROW_PLAN } from '../src/bad-rows.ts';
import type { DemoSummary } from '../src/generate.ts';
import { records } from './csv-check.ts';
import { makeDemo } from './fixtures.ts';

let dir = '';
let summary: DemoSummary;
beforeAll(async () => { ({ dir, summary } = await makeDemo({ houses: 250, days: 60, seed: 21, messy: true })); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('sentinel demo --messy', () => {
  it('announces exactly the catalogue of planted bad rows', () => {
    expect(summary.planted).toEqual(BAD_ROW_PLAN);
  });

  it('writes houses.csv in GB18030 with CRLF, odd header case and an unknown column', async () => {
    const bytes = await readFile(join(dir, 'houses.csv'));
    expect(bytes.toString('utf8')).toContain('\ufffd');
    const text = iconv.decode(bytes, 'gb18030');
    expect(text).toContain('岚汾路街道');
    expect(text).toContain('\r\n');
    const rows = records(text);
    expect(Object.keys(rows[0])).toContain('备注');
    const areaNaN = rows.filter((r) => r.area_m2 !== '' && Number.isNaN(Number(r.area_m2))).length;
    const negative = rows.filter((r) => Number(r.area_m2) < 0).length;
    const noAddress = rows.filter((r) => r.address === '').length;
    const ids = rows.map((r) => r.house_id);
    expect({ areaNaN, negative, noAddress, duplicates: ids.length - new Set(ids).size })
      .toEqual({ areaNaN: 3, negative: 2, noAddress: 2, duplicates: 2 });
    expect(rows.length).toBe(250 + 9);
  });

  it('plants the announced bad readings and nothing else', async () => {
    const meters = records(iconv.decode(await readFile(join(dir, 'meters.csv')), 'gb18030'));
    const known = new Set(meters.map((m) => m.meter_id));
    let unknown = 0; let nonNumeric = 0; let negative = 0; let badTime = 0;
    for (const f of await readdir(join(dir, 'readings'))) {
      for (const r of records(await readFile(join(dir, 'readings', f), 'utf8'))) {
        if (!known.has(r.meter_id)) unknown++;
        else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\+08:00)?$/.test(r.read_at) || Number.isNaN(Date.parse(r.read_at)) || r.read_at.startsWith('2026-02-30')) badTime++;
        else if (Number.isNaN(Number(r.value))) nonNumeric++;
        else if (Number(r.value) < 0) negative++;
      }
    }
    expect({ unknown, nonNumeric, negative, badTime }).toEqual({
      unknown: BAD_ROW_PLAN.readings.unknown_meter, nonNumeric: BAD_ROW_PLAN.readings.non_numeric,
      negative: BAD_ROW_PLAN.readings.negative_value, badTime: BAD_ROW_PLAN.readings.bad_timestamp,
    });
  });

  it('writes complaints.csv with a BOM and inspections as a workbook with real date cells', async () => {
    const bytes = await readFile(join(dir, 'complaints.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'inspections.xlsx'));
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toContain('inspected_at');
    let dates = 0; let badResult = 0; let badOccupants = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      if (row.getCell(2).value instanceof Date) dates++;
      if (!(INSPECTION_RESULTS as readonly string[]).includes(String(row.getCell(3).value))) badResult++;
      const occ = row.getCell(4).value;
      if (typeof occ === 'string') badOccupants++;
    });
    expect(dates).toBe(sheet.rowCount - 1);
    expect(badResult).toBe(2);
    expect(badOccupants).toBe(2);
  });
});

import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem } from '../src/index.ts';
import { drain, drainReadings, put, sh, tempDir } from './helpers.ts';

async function writeWorkbook(path: string, rows: ExcelJS.CellValue[][], dateCols: number[] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('抄表');
  for (const r of rows) ws.addRow(r);
  for (const c of dateCols) ws.getColumn(c).numFmt = 'yyyy-mm-dd hh:mm';
  wb.addWorksheet('其他').addRow(['ignored']);
  await wb.xlsx.writeFile(path);
}

describe('xlsx', () => {
  it('reads the first sheet; Excel dates and serial numbers are Shanghai wall-clock times', async () => {
    const file = join(tempDir(), 'readings.xlsx');
    // exceljs writes a Date by its UTC fields: Date.UTC(2026,2,1,8) is the cell "2026-03-01 08:00".
    await writeWorkbook(file, [
      [' Meter_ID ', 'READ_AT', 'value', 'estimated'],
      ['M1', new Date(Date.UTC(2026, 2, 1, 8, 30)), 12.5, true],
      ['M1', 46083.5, 13, '否'],            // serial 46083.5 = 2026-03-02 12:00
      ['M1', '2026-03-03 09:00', '14.25', null],
      ['M2', 'not a date', 1, null],
    ], [2]);
    const r = await drain(file, 'readings', { refs: { meterIds: new Set(['M1', 'M2']) } });
    expect(r.rows).toEqual([
      { meter_id: 'M1', read_at: sh(2026, 3, 1, 8, 30), value: 12.5, estimated: true },
      { meter_id: 'M1', read_at: sh(2026, 3, 2, 12), value: 13, estimated: false },
      { meter_id: 'M1', read_at: sh(2026, 3, 3, 9), value: 14.25, estimated: null },
    ]);
    expect(r.lines).toEqual([2, 3, 4]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ line: 5, column: 'read_at', severity: 'error', raw: 'M2,not a date,1' });

    const c = await drainReadings(file, ['M2', 'M1']);
    expect(c.meterIdx).toEqual([1, 1, 1]);
    expect(c.readAt).toEqual(r.rows.map((x) => x.read_at));
    expect(c.estimated).toEqual([1, 0, 2]);
    expect(c.rowsRead).toBe(4);
  });

  it('reads Excel date cells in a date column as Shanghai days', async () => {
    const file = join(tempDir(), 'meters.xlsx');
    await writeWorkbook(file, [
      ['meter_id', 'house_id', 'kind', 'unit', 'installed_at'],
      ['M1', 'H1', 'water', 'm3', new Date(Date.UTC(2024, 0, 5))],
      ['M2', 'H1', 'gas', 'm3', 45296],
    ], [5]);
    const r = await drain(file, 'meters');
    expect(r.rows.map((x) => x.installed_at)).toEqual([19727, 19727]);
  });

  it('turns a file that is not a workbook into a FileProblem', async () => {
    const file = put(tempDir(), 'houses.xlsx', 'house_id\nH1\n');
    await expect(drain(file, 'houses')).rejects.toBeInstanceOf(FileProblem);
  });
});

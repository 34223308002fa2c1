import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { isoToDay } from '@sentinel/domain';
import { ALERT_LIST_COLUMNS, REJECTED_ROW_COLUMNS, safeSheetName, toXlsx, toXlsxWorkbook } from '../src/index.ts';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('toXlsx', () => {
  it('round-trips Chinese headers, real dates, numbers and labels, with a frozen header and autofilter', async () => {
    const buffer = await toXlsx({
      sheetName: '预警列表',
      columns: ALERT_LIST_COLUMNS,
      rows: [
        { rank: 1, house_id: 'H001', address: '汾西路261弄12号301室', neighborhood: '上钢一', score: 0.93, level: 'red', onset_date: isoToDay('2026-09-30'), estimated_occupants: 8.5, reasons: '夜间用水为同户型 4.1 倍; 门禁刷卡人数 9' },
        { rank: 2, house_id: 'H002', address: '上南路1号', neighborhood: '上钢二', score: 0.41, level: 'yellow', onset_date: '2026-10-13', estimated_occupants: null, reasons: '' },
      ],
    });
    const ws = (await read(buffer)).getWorksheet('预警列表');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getRow(1).values).toEqual([undefined, '排名', '房屋编号', '地址', '居民区', '群租概率', '预警等级', '异常起始日', '估计居住人数', '预警原因']);
    const r2 = ws.getRow(2);
    expect(r2.getCell(1).value).toBe(1);
    expect(r2.getCell(5).value).toBe(0.93);
    expect(r2.getCell(5).numFmt).toBe('0.0%');
    expect(r2.getCell(6).value).toBe('红色');
    const onset = r2.getCell(7).value;
    expect(onset).toBeInstanceOf(Date);
    expect((onset as Date).toISOString().slice(0, 10)).toBe('2026-09-30');
    expect(r2.getCell(7).numFmt).toBe('yyyy-mm-dd');
    expect(r2.getCell(8).value).toBe(8.5);
    expect(((ws.getRow(3).getCell(7).value) as Date).toISOString().slice(0, 10)).toBe('2026-10-13');
    expect(ws.getRow(3).getCell(8).value).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('shows datetimes in Shanghai wall-clock time and booleans as 是/否', async () => {
    const buffer = await toXlsx({
      sheetName: 'x',
      columns: [{ key: 'at', header: '时间', format: 'datetime' }, { key: 'ok', header: '是否', format: 'boolean' }, { key: 'line', header: '行号', format: 'integer' }],
      rows: [{ at: Date.UTC(2026, 8, 30, 16, 30), ok: true, line: 12 }],
    });
    const ws = (await read(buffer)).worksheets[0];
    // 16:30 UTC is 00:30 the next day in Shanghai.
    expect((ws.getRow(2).getCell(1).value as Date).toISOString()).toBe('2026-10-01T00:30:00.000Z');
    expect(ws.getRow(2).getCell(2).value).toBe('是');
    expect(ws.getRow(2).getCell(3).value).toBe(12);
  });

  it('writes several sheets with safe, distinct names', async () => {
    const sheet = { sheetName: '导入/拒收[行]', columns: REJECTED_ROW_COLUMNS, rows: [{ file: 'houses.csv', line: 3, column: 'area_m2', reason: '不是有效的数字: "abc"', severity: 'error', raw: 'H1,,abc' }] };
    const wb = await read(await toXlsxWorkbook([sheet, sheet]));
    expect(wb.worksheets.map((w) => w.name)).toEqual([safeSheetName('导入/拒收[行]'), `${safeSheetName('导入/拒收[行]')}(2)`]);
    expect(wb.worksheets[0].getRow(2).getCell(5).value).toBe('错误（已拒收）');
  });
});

// Any list of the cockpit as an Excel workbook: Chinese headers, real dates
// and numbers (so staff can sort, filter and sum), header row frozen, an
// autofilter over the whole table.
import ExcelJS from 'exceljs';
import { dayStartUtcMs, isoToDay, SHANGHAI_OFFSET_MS, shanghaiDay } from '@sentinel/domain';

export const XLSX_FORMATS = ['text', 'integer', 'decimal', 'percent', 'date', 'datetime', 'boolean'] as const;
export type XlsxFormat = (typeof XLSX_FORMATS)[number];

export type XlsxCell = string | number | boolean | Date | null | undefined;
export type XlsxRow = Readonly<Record<string, XlsxCell>>;

export interface XlsxColumn {
  /** Property of each row. */
  readonly key: string;
  /** Chinese header. */
  readonly header: string;
  /** Width in characters; from the header when absent. */
  readonly width?: number;
  /**
   * How values are written. `date`: a Shanghai day number, `YYYY-MM-DD` or a
   * Date (its Shanghai calendar day). `datetime`: UTC ms or a Date, shown in
   * Shanghai wall-clock time (Excel cells have no time zone). `percent`: a
   * 0..1 rate. `boolean`: 是 / 否. Default `text` (numbers stay numbers).
   */
  readonly format?: XlsxFormat;
  /** Code → Chinese label (e.g. ALERT_LEVEL_LABELS), applied to text values. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface XlsxSheet {
  readonly sheetName: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly XlsxRow[];
}

const NUM_FMT: Partial<Record<XlsxFormat, string>> = {
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').trim().slice(0, 31);
  return cleaned.length > 0 ? cleaned : 'Sheet';
}

/** A Date whose UTC fields are the given Shanghai calendar day: Excel shows that day. */
const excelDate = (day: number): Date => new Date(dayStartUtcMs(day) + SHANGHAI_OFFSET_MS);

function toDay(value: XlsxCell): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const day = isoToDay(value);
    return Number.isNaN(day) ? null : day;
  }
  if (value instanceof Date) return shanghaiDay(value.getTime());
  return null;
}

function cellValue(value: XlsxCell, column: XlsxColumn): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (column.format ?? 'text') {
    case 'date': {
      const day = toDay(value);
      return day === null ? String(value) : excelDate(day);
    }
    case 'datetime': {
      const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Number.NaN;
      return Number.isFinite(ms) ? new Date(ms + SHANGHAI_OFFSET_MS) : String(value);
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? value : String(value);
    case 'text':
      if (typeof value === 'string') return column.labels?.[value] ?? value;
      if (typeof value === 'boolean') return value ? '是' : '否';
      return value;
  }
}

/** Characters of a header, counting a CJK character as two columns wide. */
const displayWidth = (text: string): number => Array.from(text).reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);

function addSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet, name: string): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width ?? Math.max(10, displayWidth(c.header) + 2),
    style: NUM_FMT[c.format ?? 'text'] ? { numFmt: NUM_FMT[c.format ?? 'text'] } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    const values: Record<string, ExcelJS.CellValue> = {};
    for (const c of sheet.columns) values[c.key] = cellValue(row[c.key], c);
    ws.addRow(values);
  }
  if (sheet.columns.length > 0) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  }
}

/** A workbook of several sheets (e.g. a bulletin's tables); duplicate names get a suffix. */
export async function toXlsxWorkbook(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentinel 群租哨兵';
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = safeSheetName(sheet.sheetName);
    for (let n = 2; used.has(name); n += 1) name = safeSheetName(`${sheet.sheetName.slice(0, 27)}(${n})`);
    used.add(name);
    addSheet(workbook, sheet, name);
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** One list as a one-sheet workbook. */
export function toXlsx(sheet: XlsxSheet): Promise<Buffer> {
  return toXlsxWorkbook([sheet]);
}

// `<table>.xlsx` -> batches of TextRecord: the first worksheet, streamed with
// exceljs's WorkbookReader (bounded memory), cells turned into the same text
// a CSV would hold so one validator serves both.
//
// Dates: exceljs gives a JS Date whose UTC fields are the cell's wall-clock
// time (Excel stores no zone). The contract says such values are Shanghai
// local time, so we write them back as offset-less text
// (`2026-03-01T08:00:00.000`) and the timestamp parser applies +08:00. A bare
// number in a date/timestamp column is an Excel serial day (a date cell that
// lost its format) and gets the same treatment.
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { FileProblem } from '../errors.ts';
import { fileSize, ioReason } from './csv-file.ts';
import type { ProgressFn } from './csv-records.ts';
import type { TextRecord } from './text-record.ts';

const EXCEL_EPOCH_OFFSET_DAYS = 25_569; // serial of 1970-01-01 (1900 date system)
const MAX_SERIAL = 2_958_465;           // 9999-12-31
const BATCH = 2048;

/** Wall-clock text of a Date whose UTC fields hold local time. */
function wallClockText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 23);
}

export function excelSerialText(serial: number): string | null {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return null;
  return wallClockText(new Date(Math.round((serial - EXCEL_EPOCH_OFFSET_DAYS) * 86_400_000)));
}

function cellText(value: ExcelJS.CellValue, temporal: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return (temporal ? excelSerialText(value) : null) ?? String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return wallClockText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue, temporal);
  if ('text' in value) return String(value.text).trim();
  return '';
}

function csvEscape(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * @param isTemporal whether a (lower-cased, trimmed) header name is a date or
 *   timestamp column, so numbers in it are read as Excel serial days.
 */
export async function* xlsxTextRecords(
  file: string, name: string, isTemporal: (header: string) => boolean, onProgress?: ProgressFn,
): AsyncGenerator<TextRecord[]> {
  const total = await fileSize(file, name);
  if (total === 0) throw new FileProblem(name, 0, null, '文件为空（0 字节），没有表头');
  const stream = createReadStream(file);
  let done = 0;
  stream.on('data', (chunk) => { done += chunk.length; });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  let temporalCols: boolean[] | null = null;
  let out: TextRecord[] = [];
  let first = true;
  try {
    for await (const sheet of reader) {
      // exceljs parks a worksheet stored before the shared strings in a temp
      // file and deletes it only once that sheet's rows are consumed and the
      // reader moves on: stopping at the first sheet left one file behind per
      // import. So later sheets are drained, not read, and the loop runs out.
      if (!first) {
        for await (const row of sheet) void row;
        continue;
      }
      first = false;
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
        const width = Math.max(0, values.length - 1);
        const fields = new Array<string>(width);
        for (let c = 1; c <= width; c++) fields[c - 1] = cellText(values[c], temporalCols?.[c - 1] ?? false);
        if (fields.every((f) => f === '')) continue;
        const raw = fields.map(csvEscape).join(',');
        if (temporalCols === null) temporalCols = fields.map((h) => isTemporal(h.trim().toLowerCase()));
        // Excel leaves trailing empty cells out of a row; they are empty, not missing.
        while (fields.length < temporalCols.length) fields.push('');
        out.push({ line: row.number, fields, raw, reject: null, warning: null });
        if (out.length >= BATCH) {
          onProgress?.(done, total);
          yield out;
          out = [];
        }
      }
    }
  } catch (err) {
    if (err instanceof FileProblem) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileProblem(name, 0, null, code ? ioReason(err) : `无法读取 Excel 文件（${(err as Error).message}）`);
  } finally {
    stream.destroy();
  }
  onProgress?.(total, total);
  if (out.length > 0) yield out;
}

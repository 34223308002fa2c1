// Arbitraries for the hostile-input suites (ingest readers here, the whole
// import in packages/services): files an outside probe or a broken export
// produces — random bytes, broken quotes, GBK and UTF-8 lines mixed, huge
// fields, formula-looking cells, impossible or implausible dates, NUL bytes —
// shaped as CSV or XLSX files of one dataset table. Each file is described by
// a value (so fast-check can shrink it) and written by `writeHostileFile`.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { writeFile } from 'node:fs/promises';

export type HostileTable = 'readings' | 'access_events' | 'complaints';

export const HEADERS: Record<HostileTable, string[]> = {
  readings: ['meter_id', 'read_at', 'value', 'estimated'],
  access_events: ['event_at', 'door_id', 'credential_id', 'house_id', 'method'],
  complaints: ['ticket_id', 'received_at', 'channel', 'address', 'house_id', 'category', 'content'],
};

/** Ids the test dataset knows (so some rows get past the reference checks). */
export const KNOWN = { meters: ['W001', 'E001', 'W002'], houses: ['H001', 'H002'] };

const DATES = [
  '2026-03-01 08:00', '2026-03-01T08:00:00+08:00', '2026/3/1', '1900-01-01', '2030-06-01', '2099-12-31 23:59',
  '2026-02-30', '2026-13-01 25:61', '0000-00-00', 'NaN', '-1', '45000', '2026-03-01T08:00:00Z', '1970-01-01T00:00:00+14:00',
];
const FORMULAS = ['=cmd|\' /C calc\'!A0', '=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1:A9)', '=1/0', '\t=1'];
const NUMBERS = ['0', '1', '12.5', '-3', '1e308', '1e309', 'Infinity', '0x10', '1,5', '９９', '.5', '5.', '99999999999999999999'];
const WORDS = ['W001', 'E001', 'H001', 'H002', 'card', 'face', '12345', 'patrol', 'true', '是', 'N', '汾西路261弄12号301室', '群租'];
const BREAKERS = ['"', '""', '"a"b', 'a"b', '\n', '\r\n', '\r', ',', '\u0000', '\uFEFF', '\uFFFD', '𠮷', '\u202E'];

/** One cell's text before quoting. Huge fields (up to 1.2 MB) are rare so a run stays fast. */
const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...KNOWN.meters, ...KNOWN.houses) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', '汾', '"', ','), fc.constantFrom(70_000, 1_200_000)).map(([c, n]) => c.repeat(n)) },
);

/** A cell as written: bare, quoted properly, or with a quote left open. */
const cell = fc.tuple(cellText, fc.constantFrom('bare', 'bare', 'quoted', 'open')).map(([text, how]) =>
  how === 'bare' ? text : how === 'quoted' ? `"${text.replaceAll('"', '""')}"` : `"${text}`);

export interface HostileLine {
  cells: string[];
  /** Encoded as GB18030 instead of UTF-8 (a concatenated export). */
  gbk: boolean;
  eol: '\n' | '\r\n' | '';
}

const line: fc.Arbitrary<HostileLine> = fc.record({
  cells: fc.array(cell, { minLength: 0, maxLength: 8 }),
  gbk: fc.boolean(),
  eol: fc.constantFrom<HostileLine['eol']>('\n', '\n', '\r\n', ''),
});

export type HostileFile =
  | { kind: 'csv'; table: HostileTable; header: 'good' | 'shuffled' | 'junk'; bom: boolean; lines: HostileLine[] }
  | { kind: 'bytes'; table: HostileTable; bytes: Uint8Array }
  | { kind: 'xlsx'; table: HostileTable; rows: (string | number | boolean | null | Date)[][] };

const table = fc.constantFrom<HostileTable>('readings', 'access_events', 'complaints');

const xlsxValue = fc.oneof(
  cellText.map((s) => s.slice(0, 32_000)), // Excel's own cell limit is 32,767 characters
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(-2_208_988_800_000), max: new Date(4_102_444_800_000) }),
);

export const hostileFile: fc.Arbitrary<HostileFile> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    kind: fc.constant('csv' as const), table, header: fc.constantFrom('good' as const, 'good' as const, 'shuffled' as const, 'junk' as const),
    bom: fc.boolean(), lines: fc.array(line, { maxLength: 25 }),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bytes' as const), table, bytes: fc.uint8Array({ maxLength: 4096 }) }) },
  { weight: 2, arbitrary: fc.record({
    kind: fc.constant('xlsx' as const), table, rows: fc.array(fc.array(xlsxValue, { maxLength: 8 }), { maxLength: 15 }),
  }) },
);

/** The file name to give it: `.xlsx` for workbooks, `.csv` otherwise. */
export const extensionOf = (f: HostileFile): string => (f.kind === 'xlsx' ? 'xlsx' : 'csv');

export async function writeHostileFile(path: string, f: HostileFile): Promise<void> {
  if (f.kind === 'bytes') return writeFile(path, f.bytes);
  const header = HEADERS[f.table];
  if (f.kind === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(header);
    for (const r of f.rows) ws.addRow(r);
    await wb.xlsx.writeFile(path);
    return;
  }
  const head = f.header === 'good' ? header : f.header === 'shuffled' ? [...header].reverse() : ['名称', 'x', '"'];
  const parts: Buffer[] = [Buffer.from(`${f.bom ? '\uFEFF' : ''}${head.join(',')}\n`)];
  for (const l of f.lines) {
    const text = l.cells.join(',') + l.eol;
    parts.push(l.gbk ? iconv.encode(text, 'gb18030') : Buffer.from(text));
  }
  await writeFile(path, Buffer.concat(parts));
}

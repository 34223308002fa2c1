// inspections.xlsx for --messy: the committee's spreadsheet, with Excel date cells.
import { INSPECTION_HEADER } from './inspections.ts';
import { excelLocalDate, writeXlsx, type XlsxCell } from './xlsx.ts';

function parseCsvLine(line: string): string[] {
  // Inspection rows never hold quotes or commas in their fields except notes, which use Chinese punctuation.
  return line.replace(/\n$/, '').split(',');
}

function toCells(fields: string[]): XlsxCell[] {
  const [houseId, at, result, occupants, partitioned, notes] = fields;
  return [
    houseId, excelLocalDate(at), result,
    occupants === '' ? null : Number(occupants),
    partitioned === '' ? null : partitioned === 'true',
    notes === '' ? null : notes,
  ];
}

/** Writes the workbook (bad rows spread through it) and returns its size in bytes. */
export async function inspectionsToXlsx(path: string, csvLines: string[], bad: XlsxCell[][], stamp: Date): Promise<number> {
  const rows: XlsxCell[][] = csvLines.map((l) => toCells(parseCsvLine(l)));
  bad.forEach((b, k) => {
    const cells = [...b];
    if (typeof cells[1] === 'string') cells[1] = excelLocalDate(cells[1]);
    rows.splice(Math.min(rows.length, Math.floor(((k + 1) * rows.length) / (bad.length + 1))), 0, cells);
  });
  return writeXlsx(path, '核查记录', INSPECTION_HEADER, rows, [1], stamp);
}

// Writes a small table as an .xlsx workbook, as staff export from Excel:
// timestamps become real Excel date cells. Excel dates carry no time zone, so
// the wall-clock time in Shanghai is stored (exceljs writes a Date's UTC
// fields): a reader must take the cell as local Asia/Shanghai time.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | boolean | Date | null;

/** Wall-clock Shanghai `YYYY-MM-DDTHH:MM:SS` as the Date exceljs stores as that Excel date-time. */
export function excelLocalDate(isoLocal: string): Date {
  return new Date(`${isoLocal.slice(0, 19)}Z`);
}

/**
 * The zip writer stamps every entry with the current time; the demo must be
 * byte-identical for a seed, so the DOS time/date fields of every central
 * directory entry and its local header are set to one fixed value.
 */
function fixZipTimestamps(zip: Buffer, dosTime: number, dosDate: number): void {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return;
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries && zip.readUInt32LE(p) === 0x02014b50; k++) {
    zip.writeUInt16LE(dosTime, p + 12);
    zip.writeUInt16LE(dosDate, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(dosTime, local + 10);
      zip.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}

/** Writes the workbook; `stamp` (a fixed date, e.g. the window's end) is used for its created/modified times. */
export async function writeXlsx(path: string, sheetName: string, header: string[], rows: XlsxCell[][], dateColumns: number[], stamp: Date): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.creator = 'sentinel demo';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  for (const c of dateColumns) sheet.getColumn(c + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
  const zip = Buffer.from(await workbook.xlsx.writeBuffer());
  const dosDate = ((stamp.getUTCFullYear() - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();
  fixZipTimestamps(zip, 0, dosDate);
  await writeFile(path, zip);
  return zip.length;
}

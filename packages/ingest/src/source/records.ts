// Picks the record source for a file by its extension: `.xlsx` workbooks or
// CSV (any other name is read as CSV, as exports often carry `.txt`).
import { extname } from 'node:path';
import { isTemporal } from '../tables/columns.ts';
import type { AnySpec } from '../tables/specs.ts';
import { csvTextRecords, type ProgressFn } from './csv-records.ts';
import type { TextRecord } from './text-record.ts';
import { xlsxTextRecords } from './xlsx-records.ts';

export function isXlsx(file: string): boolean {
  return extname(file).toLowerCase() === '.xlsx';
}

export function textRecords(file: string, name: string, spec: AnySpec, onProgress?: ProgressFn): AsyncGenerator<TextRecord[]> {
  if (!isXlsx(file)) return csvTextRecords(file, name, onProgress);
  const temporal = new Set(Object.entries(spec.columns).filter(([, def]) => isTemporal(def)).map(([c]) => c));
  return xlsxTextRecords(file, name, (h) => temporal.has(h), onProgress);
}

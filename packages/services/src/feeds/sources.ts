// The inbox layout: one folder per source under SENTINEL_INBOX, named after
// the table it feeds (a suffix tells sources of one table apart):
//   houses/  meters/  readings-water/  readings-electricity/  readings-gas/
//   access/  access-<vendor>/  complaints/  inspections/
// Files are imported in dependency order (houses before meters before
// readings …), each folder's files by name (dates in names sort by day).
import type { TableName } from '@sentinel/ingest';

const PREFIXES: ReadonlyArray<[string, TableName]> = [
  ['houses', 'houses'], ['meters', 'meters'], ['readings', 'readings'], ['access', 'access_events'],
  ['complaints', 'complaints'], ['inspections', 'inspections'],
];

/** The folders a new inbox gets. */
export const DEFAULT_SOURCES = ['houses', 'meters', 'readings-water', 'readings-electricity', 'readings-gas', 'access', 'complaints', 'inspections'] as const;

/** The table a source folder feeds, or null for a folder that is not a source (archive/, notes …). */
export function tableOfSource(folder: string): TableName | null {
  for (const [prefix, table] of PREFIXES) if (folder === prefix || folder.startsWith(`${prefix}-`)) return table;
  return null;
}

/** Dependency order of the tables, then the folder name. */
export function sourceOrder(a: string, b: string): number {
  const rank = (f: string) => PREFIXES.findIndex(([, t]) => t === tableOfSource(f));
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A file to import: CSV or XLSX, not hidden, not still being written (upload as .part/.tmp, then rename). */
export function isFeedFile(name: string): boolean {
  return !name.startsWith('.') && /\.(csv|xlsx)$/i.test(name);
}

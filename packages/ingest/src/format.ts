// One wording for every problem the user sees, wherever it is printed
// (import, detect, the rejected-rows table): `houses.csv 第12行 列 area_m2：面积必须大于0（"-3"）`.
import { basename, dirname } from 'node:path';
import type { RowIssue } from './types.ts';

/** `file 第N行 列 C`, leaving out what is unknown (line 0 = whole file). */
export function formatLocation(file: string, line: number, column: string | null): string {
  let s = file;
  if (line > 0) s += ` 第${line}行`;
  if (column !== null) s += ` 列 ${column}`;
  return s;
}

/** One line, e.g. `houses.csv 第12行 列 area_m2：面积必须大于0（"-3"）`; warnings are marked 警告. */
export function formatIssue(issue: RowIssue): string {
  const mark = issue.severity === 'warning' ? '（警告）' : '';
  return `${formatLocation(issue.file, issue.line, issue.column)}${mark}：${issue.reason}`;
}

const FOLDER_TABLES = new Set(['readings', 'access_events']);

/**
 * How a file is named in messages: relative to the dataset, i.e. `houses.csv`
 * or `readings/2026-01.csv` (several files share a folder there, so the folder
 * is kept to tell which table the file belongs to).
 */
export function displayName(file: string): string {
  const parent = basename(dirname(file));
  return FOLDER_TABLES.has(parent) ? `${parent}/${basename(file)}` : basename(file);
}

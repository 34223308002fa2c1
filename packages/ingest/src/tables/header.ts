// Matches a file's header row to a table spec: names trimmed and compared
// case-insensitively, columns in any order. Unknown columns are kept as one
// warning each; a missing required column or a repeated one is a FileProblem.
import { FileProblem } from '../errors.ts';
import type { RowIssue } from '../types.ts';
import type { AnySpec } from './specs.ts';

export interface HeaderMap {
  /** Spec column names, in spec order. */
  columns: string[];
  /** File field index of columns[i], or -1 when the file lacks that (optional) column. */
  index: Int32Array;
  /** Number of fields in the header row. */
  width: number;
  /** One warning per unknown column (line 0). */
  warnings: RowIssue[];
}

export function normaliseHeaderName(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().toLowerCase();
}

export function resolveHeader(spec: AnySpec, fields: readonly string[], file: string, line: number): HeaderMap {
  // Not echoed: a NUL cannot be stored in the batch's error text either.
  if (fields.some((f) => f.includes('\u0000'))) throw new FileProblem(file, line, null, '表头含有空字符（NUL，0x00），文件可能不是 CSV 表格');
  const columns = Object.keys(spec.columns);
  const index = new Int32Array(columns.length).fill(-1);
  const warnings: RowIssue[] = [];
  const byName = new Map(columns.map((c, i) => [c, i]));
  fields.forEach((raw, fieldIdx) => {
    const name = normaliseHeaderName(raw);
    const col = byName.get(name);
    if (col === undefined) {
      const shown = raw.trim() === '' ? `（第${fieldIdx + 1}列，无列名）` : raw.trim();
      warnings.push({ file, line: 0, column: shown, reason: '未知列，已忽略', severity: 'warning', raw: null });
      return;
    }
    if (index[col] >= 0) {
      throw new FileProblem(file, line, name, `列名重复：第${index[col] + 1}列和第${fieldIdx + 1}列都是 ${name}`);
    }
    index[col] = fieldIdx;
  });
  const missing = columns.filter((c, i) => index[i] < 0 && spec.columns[c].required);
  if (missing.length > 0) {
    const list = missing.map((c) => `${c}（${spec.columns[c].label}）`).join('、');
    throw new FileProblem(file, line, missing[0], `缺少必填列 ${list}；表头为：${fields.join(',')}`);
  }
  return { columns, index, width: fields.length, warnings };
}

// One text record -> one typed row, or exactly one error issue. Applies the
// column types, required fields, the table's unique key and its references
// to other tables. Shared by every reader so the wording never drifts.
import type { TextRecord } from '../source/text-record.ts';
import type { RowIssue } from '../types.ts';
import type { ColumnDef } from './columns.ts';
import { CellError, convertCell, quoted, requiredReason, type CellValue } from './convert.ts';
import { inWindow, outOfWindowReason, type DateWindow } from './date-window.ts';
import type { HeaderMap } from './header.ts';
import type { AnySpec, RefRule } from './specs.ts';

/** Anything with `has` (a Set of ids, or a Map keyed by id). */
export interface IdLookup { has(id: string): boolean }

export interface RefLookups {
  houseIds?: IdLookup;
  meterIds?: IdLookup;
}

export interface RowSink {
  rows: Record<string, CellValue>[];
  lines: number[];
  issues: RowIssue[];
  rowsRead: number;
}

export const NUL_REASON = '此行含有空字符（NUL，0x00），不是有效的文本';

const REF_TARGET: Record<RefRule['set'], { table: string; noun: string }> = {
  houseIds: { table: 'houses', noun: '房屋' },
  meterIds: { table: 'meters', noun: '表' },
};

export class RowBuilder {
  private readonly defs: ColumnDef[];
  private readonly keySeen: Map<string, number> | null;
  private readonly keyCol: number;

  constructor(
    private readonly spec: AnySpec,
    private readonly header: HeaderMap,
    private readonly file: string,
    private readonly refs: RefLookups,
    /** Plausible dates of the table's timestamp columns. */
    private readonly window: DateWindow,
  ) {
    this.defs = header.columns.map((c) => spec.columns[c]);
    this.keyCol = spec.key === null ? -1 : header.columns.indexOf(spec.key);
    this.keySeen = spec.key === null ? null : new Map();
  }

  private reject(sink: RowSink, rec: TextRecord, column: string | null, reason: string): void {
    sink.issues.push({ file: this.file, line: rec.line, column, reason, severity: 'error', raw: rec.raw });
  }

  /** Validates one data record into `sink` (as a row, or as one error issue). */
  add(rec: TextRecord, sink: RowSink): void {
    sink.rowsRead++;
    if (rec.reject !== null) return this.reject(sink, rec, null, rec.reject);
    // PostgreSQL text cannot hold a NUL character: the row is refused here, not by the database (which would fail the whole file).
    if (rec.raw.includes('\u0000')) return this.reject(sink, rec, null, NUL_REASON);
    const { width, index, columns } = this.header;
    const n = rec.fields.length;
    if (n < width) {
      return this.reject(sink, rec, null, `字段数不足：表头有 ${width} 列，此行只有 ${n} 列（文件可能被截断，或行内换行未加引号）`);
    }
    if (n > width && rec.fields.slice(width).some((f) => f !== '')) {
      return this.reject(sink, rec, null, `字段数过多：表头有 ${width} 列，此行有 ${n} 列（可能有未加引号的逗号）`);
    }

    const row: Record<string, CellValue> = {};
    let firstCol: string | null = null;
    let firstReason = '';
    const others: string[] = [];
    for (let i = 0; i < columns.length; i++) {
      const def = this.defs[i];
      const text = index[i] >= 0 ? rec.fields[index[i]] : '';
      let v = convertCell(def, text);
      if (v === null && def.required) v = new CellError(requiredReason(def));
      if (typeof v === 'number' && def.type.kind === 'timestamp' && !inWindow(this.window, v)) v = new CellError(outOfWindowReason(def, text, this.window));
      if (v instanceof CellError) {
        if (firstCol === null) { firstCol = columns[i]; firstReason = v.reason; } else others.push(columns[i]);
        continue;
      }
      row[columns[i]] = v;
    }
    if (firstCol !== null) {
      const more = others.length > 0 ? `；另有 ${others.length} 列有问题：${others.join('、')}` : '';
      return this.reject(sink, rec, firstCol, firstReason + more);
    }

    const warnings: RowIssue[] = [];
    for (const ref of this.spec.refs) {
      const lookup = this.refs[ref.set];
      const id = row[ref.column];
      if (!lookup || typeof id !== 'string' || lookup.has(id)) continue;
      const { table, noun } = REF_TARGET[ref.set];
      const label = this.spec.columns[ref.column].label;
      if (ref.onUnknown === 'reject') {
        return this.reject(sink, rec, ref.column, `未知的${label}：${table} 中没有这个${noun}${quoted(id)}`);
      }
      row[ref.column] = null;
      warnings.push({
        file: this.file, line: rec.line, column: ref.column, severity: 'warning', raw: null,
        reason: `${label}在 ${table} 中不存在，已置空（按登记范围外处理）${quoted(id)}`,
      });
    }

    if (this.keySeen !== null) {
      const key = row[columns[this.keyCol]] as string;
      const first = this.keySeen.get(key);
      if (first !== undefined) {
        const label = this.defs[this.keyCol].label;
        return this.reject(sink, rec, columns[this.keyCol], `${label}重复：与第${first}行相同，保留第${first}行${quoted(key)}`);
      }
      this.keySeen.set(key, rec.line);
    }

    if (rec.warning !== null) {
      sink.issues.push({ file: this.file, line: rec.line, column: null, reason: rec.warning, severity: 'warning', raw: null });
    }
    for (const w of warnings) sink.issues.push(w);
    sink.rows.push(row);
    sink.lines.push(rec.line);
  }
}

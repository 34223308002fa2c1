// Cell text -> typed value, or the reason it is not one. The reasons are the
// user-facing wording (Chinese first) and are shared by every reader.
import { shanghaiDay } from '@sentinel/domain';
import { parseBooleanBytes, parseDecimalBytes, parseTimestampBytes } from '../values/ascii.ts';
import type { ColumnDef, ColumnType } from './columns.ts';

export type CellValue = string | number | boolean | null;

/** Why a cell was refused; a class so a converter can return it next to a value without wrapping. */
export class CellError {
  constructor(readonly reason: string) {}
}

/** `（"value"）` as appended to every reason; long values are cut so a line stays a line. */
export function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `（"${shown.replace(/[\r\n]+/g, '⏎')}"）`;
}

export const requiredReason = (def: ColumnDef): string => `${def.label}为必填项，不能为空`;

const BOOLEAN_HINT = '应为 true/false、1/0、是/否、Y/N';
const TIMESTAMP_HINT = '应为 ISO 8601 格式，如 2026-03-01T08:00:00+08:00 或 2026-03-01 08:00';

/** The reason a non-empty text is invalid for a column type (used by every path that rejects a value). */
export function invalidReason(def: ColumnDef, text: string, value?: number): string {
  const t: ColumnType = def.type;
  switch (t.kind) {
    case 'decimal':
      if (value === undefined || Number.isNaN(value)) return `${def.label}不是有效的数字${quoted(text)}`;
      if (t.bound === 'positive') return `${def.label}必须大于0${quoted(text)}`;
      if (t.bound === 'nonnegative') return `${def.label}不能为负数${quoted(text)}`;
      return `${def.label}超出范围 ${t.range?.[0]}～${t.range?.[1]}${quoted(text)}`;
    case 'integer':
      return `${def.label}必须是非负整数${quoted(text)}`;
    case 'boolean':
      return `${def.label}不是有效的是/否值，${BOOLEAN_HINT}${quoted(text)}`;
    case 'enum':
      return `${def.label}的取值无效，应为 ${t.values.join('、')} 之一${quoted(text)}`;
    case 'date':
      return `${def.label}不是有效的日期，应为 YYYY-MM-DD${quoted(text)}`;
    case 'timestamp':
      return `${def.label}不是有效的时间，${TIMESTAMP_HINT}${quoted(text)}`;
    case 'string':
      return `${def.label}无效${quoted(text)}`;
  }
}

// Temporal and numeric texts are ASCII; a scratch buffer lets the byte parsers serve strings too.
const scratch = Buffer.alloc(256);

function asciiInto(text: string): number {
  if (text.length > scratch.length) return -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    scratch[i] = c;
  }
  return text.length;
}

export function parseDecimalText(text: string): number {
  const n = asciiInto(text);
  return n < 0 ? Number.NaN : parseDecimalBytes(scratch, 0, n);
}

export function parseTimestampText(text: string): number {
  const n = asciiInto(text);
  return n < 0 ? Number.NaN : parseTimestampBytes(scratch, 0, n);
}

/** true / false / null (not a boolean). */
export function parseBooleanText(text: string): boolean | null {
  if (text === '是') return true;
  if (text === '否') return false;
  const n = asciiInto(text);
  const v = n < 0 ? -1 : parseBooleanBytes(scratch, 0, n);
  return v < 0 ? null : v === 1;
}

/** Range check of a decimal already parsed; true when acceptable. */
export function decimalInBounds(t: Extract<ColumnType, { kind: 'decimal' }>, v: number): boolean {
  if (!Number.isFinite(v)) return false;
  if (t.bound === 'positive' && !(v > 0)) return false;
  if (t.bound === 'nonnegative' && !(v >= 0)) return false;
  if (t.range && (v < t.range[0] || v > t.range[1])) return false;
  return true;
}

/**
 * Converts one trimmed cell. Empty -> null (the caller decides whether the
 * column is required). Enum values are matched case-insensitively and returned
 * in their canonical spelling (`KWH` -> `kWh`).
 */
export function convertCell(def: ColumnDef, text: string): CellValue | CellError {
  if (text === '') return null;
  const t = def.type;
  switch (t.kind) {
    case 'string':
      return text;
    case 'decimal': {
      const v = parseDecimalText(text);
      return decimalInBounds(t, v) ? v : new CellError(invalidReason(def, text, v));
    }
    case 'integer': {
      const v = parseDecimalText(text);
      return Number.isInteger(v) && v >= 0 ? v : new CellError(invalidReason(def, text));
    }
    case 'boolean': {
      const v = parseBooleanText(text);
      return v === null ? new CellError(invalidReason(def, text)) : v;
    }
    case 'enum': {
      const lower = text.toLowerCase();
      for (const value of t.values) if (value.toLowerCase() === lower) return value;
      return new CellError(invalidReason(def, text));
    }
    case 'date': {
      const ms = parseTimestampText(text);
      return Number.isNaN(ms) ? new CellError(invalidReason(def, text)) : shanghaiDay(ms);
    }
    case 'timestamp': {
      const ms = parseTimestampText(text);
      return Number.isNaN(ms) ? new CellError(invalidReason(def, text)) : ms;
    }
  }
}

// The common shape every file format is reduced to before validation: one
// record with its cells as trimmed text, where it started, and its raw text
// (kept for the rejected-rows table).
import { CsvError, type CsvRecord } from '../csv/scanner.ts';
import {
  decodeBytes, fallbackWarning, isGarbled, recordCharset, UNDECODABLE_REASON, usesGb18030, type EncodingState,
} from '../encoding/detect.ts';

export interface TextRecord {
  /** 1-based physical line (CSV) or row number (XLSX) where the record starts. */
  line: number;
  fields: string[];
  raw: string;
  /** Set when the record cannot be read at all; it is rejected with this reason. */
  reject: string | null;
  /** Set when the record was read but something about it deserves a note (e.g. another charset). */
  warning: string | null;
}

export const UNTERMINATED_QUOTE_REASON = '引号未闭合：带引号的字段到文件结尾（或 1 MB 内）都没有结束，文件可能被截断';
export const TEXT_AFTER_QUOTE_REASON = '引号使用错误：字段的结束引号后还有其他字符';
export const TOO_LONG_REASON = '此行超过 1 MB，不是有效的数据行，已跳过（文件的其他行照常导入）';

const CSV_ERROR_REASONS: Record<Exclude<CsvError, typeof CsvError.None>, string> = {
  [CsvError.UnterminatedQuote]: UNTERMINATED_QUOTE_REASON,
  [CsvError.TextAfterQuote]: TEXT_AFTER_QUOTE_REASON,
  [CsvError.TooLong]: TOO_LONG_REASON,
};

/** Blank lines (an empty unquoted single field) are not data rows. */
export function isBlankRecord(r: CsvRecord): boolean {
  return r.error === CsvError.None && r.fieldCount === 1 && r.starts[0] === r.ends[0] && r.end - r.start === 0;
}

/** Decodes a scanned CSV record in its charset (see encoding/detect.ts). */
export function decodeRecord(r: CsvRecord, encoding: EncodingState): TextRecord {
  const cs = recordCharset(r.buf, r.start, r.end, r.nonAscii, encoding);
  const raw = decodeBytes(r.buf, r.start, r.end, cs);
  // An over-long line's raw text is only its first bytes (possibly cut inside a character).
  if (r.error === CsvError.TooLong) return { line: r.line, fields: [], raw: `${raw}…`, reject: TOO_LONG_REASON, warning: null };
  if (usesGb18030(cs) && isGarbled(raw)) {
    return { line: r.line, fields: [], raw, reject: UNDECODABLE_REASON, warning: null };
  }
  if (r.error !== CsvError.None) return { line: r.line, fields: [], raw, reject: CSV_ERROR_REASONS[r.error], warning: null };
  const fields = new Array<string>(r.fieldCount);
  for (let i = 0; i < r.fieldCount; i++) {
    let text = decodeBytes(r.buf, r.starts[i], r.ends[i], cs);
    if (r.escaped[i]) text = text.replaceAll('""', '"');
    fields[i] = text.trim();
  }
  return { line: r.line, fields, raw, reject: null, warning: fallbackWarning(cs) };
}
